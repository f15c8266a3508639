/**
 * The URL is the single source of shareable state: one pure parse, one pure serialize, both
 * driven by the parameter table in urlParams.ts. Only non-default values are written; codes,
 * never display names. Each parameter parses to valid, invalid (ignored, with a reason) or
 * missing. Old links are upgraded by MIGRATIONS.
 */
import { URL_PARAMS, type ParseContext } from './urlParams';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';
import { t } from '../i18n/messages';

export type { ParseContext } from './urlParams';

/** Version written as `v`. A link without `v` is read as version 1, the first one. */
export const URL_VERSION = 2;
const VERSION_KEY = 'v';

/** A migration rewrites the parameters of links written by URL version `from` (or older). */
export interface Migration { readonly from: number; readonly migrate: (p: URLSearchParams) => URLSearchParams }

function renameKeys(names: Readonly<Record<string, string>>): (p: URLSearchParams) => URLSearchParams {
  return (p) => {
    const q = new URLSearchParams();
    for (const [k, v] of p) q.append(names[k] ?? k, v);
    return q;
  };
}

export const MIGRATIONS: readonly Migration[] = [
  // Version 2 gave the regional-pattern parameters readable names.
  { from: 1, migrate: renameKeys({ pl: 'level', pm: 'measure', pk: 'classes', pc: 'category', pv: 'catvalue', pt: 'typology' }) },
];

export interface Ignored { readonly param: string; readonly reason: string }
export interface ParseResult { readonly state: ViewState; readonly ignored: readonly Ignored[] }

/** Every key a link may carry. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set([VERSION_KEY, ...URL_PARAMS.map((p) => p.key)]);

function applyMigrations(params: URLSearchParams, migrations: readonly Migration[], ignored: Ignored[]): URLSearchParams {
  const raw = params.get(VERSION_KEY);
  let version = raw === null ? 1 : Number(raw);
  if (!Number.isInteger(version) || version < 0 || version > URL_VERSION) {
    if (raw !== null) ignored.push({ param: VERSION_KEY, reason: t('link.version', { version: raw.slice(0, 20) }) });
    version = URL_VERSION;
  }
  let p = params;
  for (const m of [...migrations].sort((a, b) => a.from - b.from)) if (m.from >= version) p = m.migrate(p);
  return p;
}

export function parseUrlState(search: string, ctx: ParseContext = {}, migrations: readonly Migration[] = MIGRATIONS): ParseResult {
  const ignored: Ignored[] = [];
  let params: URLSearchParams;
  try {
    params = applyMigrations(new URLSearchParams(search), migrations, ignored);
  } catch {
    return { state: DEFAULT_VIEW_STATE, ignored: [{ param: '(all)', reason: t('link.unreadable') }] };
  }
  let state = DEFAULT_VIEW_STATE;
  for (const p of URL_PARAMS) {
    const raw = params.get(p.key);
    if (raw === null) continue;
    const r = p.read(state, raw, ctx);
    state = r.state;
    if (r.problem) ignored.push({ param: p.key, reason: r.problem });
  }
  for (const key of new Set(params.keys())) if (!KNOWN_KEYS.has(key)) ignored.push({ param: key, reason: t('link.unknownParam') });
  return { state, ignored };
}

/** Serialise only what differs from the defaults, in the table's order. */
export function serializeUrlState(s: ViewState): string {
  const p = new URLSearchParams();
  for (const param of URL_PARAMS) {
    const text = param.write(s);
    if (text !== undefined) p.set(param.key, text);
  }
  const str = p.toString();
  return str ? `${VERSION_KEY}=${URL_VERSION}&${str}` : '';
}
