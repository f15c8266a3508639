/**
 * Writes artefacts atomically: every file goes to a temporary name in the output folder first,
 * then all are renamed into place. A failure before the renames leaves earlier artefacts untouched;
 * files whose content is unchanged are not rewritten.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './inputError';

export interface Artefact { readonly name: string; readonly content: string }
export interface WriteResult { readonly written: string[]; readonly unchanged: string[] }

export function checkWritable(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
    accessSync(outDir, constants.W_OK);
    const probe = join(outDir, `.write-probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (e) {
    throw new InputError([{ file: outDir, line: 0, field: '--out', expected: `a writable output folder (${(e as Error).message})` }]);
  }
}

export function writeArtefactsAtomically(outDir: string, artefacts: readonly Artefact[]): WriteResult {
  checkWritable(outDir);
  const staged: { tmp: string; final: string; name: string }[] = [];
  const unchanged: string[] = [];
  try {
    for (const a of artefacts) {
      const final = join(outDir, a.name);
      if (existsSync(final) && readFileSync(final, 'utf8') === a.content) { unchanged.push(a.name); continue; }
      const tmp = join(outDir, `.${a.name}.${process.pid}.tmp`);
      writeFileSync(tmp, a.content);
      staged.push({ tmp, final, name: a.name });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.final);
  return { written: staged.map((s) => s.name), unchanged };
}
