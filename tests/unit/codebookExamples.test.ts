/**
 * The codebook's examples are rows of the shipped corpus that carry the code they illustrate, so
 * the codebook cannot drift from the data (a recoded row must lose its place as an example).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../src/domain/atlasSchema';
import { readAtlas } from './readAtlas';

const atlas = readAtlas();
const cityName = new Map(atlas.cities.map((c) => [c.id, c.name]));
const codebook = readFileSync('geodata/codebook.md', 'utf8');

/** Which initiative field each example table of the codebook illustrates. */
const SECTIONS: readonly [heading: string, values: (i: Initiative) => readonly string[]][] = [
  ['## Governance / delivery model', (i) => (i.governance.value ? [i.governance.value] : [])],
  ['## Service types', (i) => i.serviceTypes.value],
  ['## Data and platform aspects', (i) => i.dataAspects.value],
  ['## Participation depth', (i) => (i.participation.value ? [i.participation.value] : [])],
  ['## Scale', (i) => (i.scale.value ? [i.scale.value] : [])],
];

/** Rows `| \`key\` | label | use when | example |` of the first table after a heading. */
function examples(heading: string): { key: string; example: string }[] {
  const start = codebook.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const section = codebook.slice(start, codebook.indexOf('\n## ', start + 1));
  return section.split('\n').filter((l) => l.startsWith('| `')).map((l) => {
    const cells = l.split('|').map((c) => c.trim());
    return { key: cells[1]!.replace(/`/g, ''), example: cells[4]! };
  });
}

describe('codebook examples', () => {
  for (const [heading, valuesOf] of SECTIONS) {
    it(`${heading.slice(3)}: every example is a corpus row coded with its key`, () => {
      const wrong: string[] = [];
      for (const { key, example } of examples(heading)) {
        if (example.startsWith('(none')) continue;
        const m = /^(.*?)(?: \(([^()]+)\))?$/.exec(example)!;
        const [title, city] = [m[1]!, m[2]];
        const rows = atlas.initiatives.filter((i) => i.title === title && (!city || cityName.get(i.cityId) === city));
        if (rows.length === 0) wrong.push(`${key}: "${example}" is not a row of the corpus`);
        else if (!rows.some((i) => valuesOf(i).includes(key))) wrong.push(`${key}: "${example}" is coded ${rows.map((i) => valuesOf(i).join(';') || '(empty)').join(' / ')}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});

describe('decision-rule examples', () => {
  it('every ✓ example of a decision rule is a corpus row with the code the rule gives it', () => {
    const items = codebook.split('\n').reduce<string[]>((acc, line) => {
      if (line.startsWith('✓') || line.startsWith('✗')) acc.push(line);
      else if (acc.length && line.trim() && !line.startsWith('**') && /^[✓✗]/.test(acc.at(-1)!)) acc[acc.length - 1] += ` ${line}`;
      return acc;
    }, []).filter((l) => l.startsWith('✓'));
    expect(items.length).toBeGreaterThanOrEqual(10);
    const wrong: string[] = [];
    for (const item of items) {
      const m = /^✓ (.+?) \(([^()]+)\):/.exec(item);
      if (!m) { wrong.push(`cannot read "${item.slice(0, 60)}"`); continue; }
      const rows = atlas.initiatives.filter((i) => i.title === m[1] && cityName.get(i.cityId) === m[2]);
      const key = /→ `(\w+)`/.exec(item)?.[1];
      const codes = (i: Initiative) => [i.governance.value, i.participation.value, i.scale.value].filter(Boolean);
      if (rows.length === 0) wrong.push(`"${m[1]} (${m[2]})" is not a row of the corpus`);
      else if (key && !rows.some((i) => codes(i).includes(key as never))) wrong.push(`"${m[1]}" is not coded ${key}`);
    }
    expect(wrong).toEqual([]);
  });
});
