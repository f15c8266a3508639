/** Writes a cities table and a 200,000-row initiatives table into a folder, for the large-input test and benchmark. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LARGE_ROWS = 200_000;

export function writeLargeTables(rows = LARGE_ROWS): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
  copyFileSync('tests/fixtures/cases-small/cities.csv', join(dir, 'cities.csv'));
  const header = 'initiative_id,city_id,title,title_en,start_year,end_year,service_types,service_types_basis,governance,governance_basis,data_aspects,data_aspects_basis,participation,participation_basis,scale,scale_basis,inference_note,summary,sources';
  const cities = ['es-barcelona', 'cz-pisek', 'pl-lodz'];
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    const c = cities[i % 3]!;
    lines.push(`${c}-row-${i},${c},Initiative ${i},,${1990 + (i % 36)},,participation;health,documented,in_house,inferred,open_data,documented,consult,documented,pilot,documented,Generated row,"Generated test row ${i}, with a comma.",https://example.org/${i}`);
  }
  writeFileSync(join(dir, 'initiatives.csv'), lines.join('\n') + '\n');
  return dir;
}
