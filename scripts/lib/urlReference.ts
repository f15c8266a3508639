/** The README's URL reference, generated from the URL parameter table (npm run docs:url). */
import { URL_PARAMS } from '../../src/domain/urlParams';
import { MIGRATIONS, URL_VERSION } from '../../src/domain/urlState';

export const URL_REFERENCE_START = '<!-- url-reference:start: generated from src/domain/urlParams.ts by `npm run docs:url`; do not edit -->';
export const URL_REFERENCE_END = '<!-- url-reference:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function urlReferenceMarkdown(): string {
  const rows = URL_PARAMS.map((p) => `| \`${p.key}\` | ${cell(p.description)} | ${cell(p.format)} | ${p.defaultText ? `\`${p.defaultText}\`` : '(none)'} |`);
  return [
    `A link writes only what differs from the default view, after \`v=${URL_VERSION}\` (the link version).`,
    'A parameter that cannot be read is ignored and the atlas says so; the rest of the link still applies.',
    `Links of older versions are upgraded (${MIGRATIONS.length} migration${MIGRATIONS.length === 1 ? '' : 's'}; a link without \`v\` is read as version 1).`,
    '',
    '| key | what it holds | values | default |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The README with its URL reference section replaced by the generated one. */
export function withUrlReference(readme: string): string {
  const start = readme.indexOf(URL_REFERENCE_START);
  const end = readme.indexOf(URL_REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${URL_REFERENCE_START}" ... "${URL_REFERENCE_END}" section`);
  return `${readme.slice(0, start + URL_REFERENCE_START.length)}\n${urlReferenceMarkdown()}\n${readme.slice(end)}`;
}
