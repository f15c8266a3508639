import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';

const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && e.name !== 'en.ts' ? [readFileSync(join(dir, e.name), 'utf8')] : []);

describe('message catalogue', () => {
  it('has no key that the app never shows', () => {
    const code = sources('src').join('\n');
    // Keys built from a prefix and a value, e.g. t(`category.${c}`) or `vocab.${vocab}.${option}`.
    const prefixes = [...code.matchAll(/`([a-zA-Z.]+)\.\$\{/g)].map((m) => `${m[1]}.`);
    const unused = Object.keys(en).filter((k) => !code.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
