/**
 * The codebook's examples are rows of the shipped corpus that carry the code they illustrate, so
 * the codebook cannot drift from the data (a recoded row must lose its place as an example).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasSchema, type Initiative } from '../../src/domain/atlasSchema';

const atlas = atlasSchema.parse(JSON.parse(readFileSync('public/data/atlas.json', 'utf8')));
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
