import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withUrlReference } from '../../scripts/lib/urlReference';
import { KNOWN_KEYS } from '../../src/domain/urlState';

describe('README URL reference', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('is in sync with the URL parameter table (run "npm run docs:url" after changing it)', () => {
    expect(withUrlReference(readme)).toBe(readme);
  });
  it('documents every key a link may carry', () => {
    for (const key of KNOWN_KEYS) if (key !== 'v') expect(readme).toContain(`| \`${key}\` |`);
  });
});
