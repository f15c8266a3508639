/**
 * Writes artefacts atomically: every file, and every folder of files (the vector tiles), goes to a
 * temporary name in the output folder first, then all are renamed into place, folders before files
 * so that no atlas.json names tiles that are not there yet. A failure before the renames leaves
 * earlier artefacts untouched; artefacts whose content is unchanged are not rewritten.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from './inputError';

export interface FileArtefact { readonly name: string; readonly content: string | Uint8Array }
/** A folder written whole: files by path inside it ("6/33/22.pbf"); a folder left over from an earlier build is replaced, not merged. */
export interface FolderArtefact { readonly name: string; readonly files: ReadonlyMap<string, Uint8Array> }
export type Artefact = FileArtefact | FolderArtefact;
export interface WriteResult { readonly written: string[]; readonly unchanged: string[] }

export const isFolder = (a: Artefact): a is FolderArtefact => 'files' in a;
export const artefactBytes = (a: Artefact) => (isFolder(a) ? [...a.files.values()].reduce((n, b) => n + b.length, 0) : Buffer.byteLength(a.content));

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

/** Paths of the files under `dir`, relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

function sameFolder(dir: string, files: ReadonlyMap<string, Uint8Array>): boolean {
  if (!existsSync(dir)) return false;
  const present = listFiles(dir);
  if (present.length !== files.size) return false;
  return present.every((p) => { const want = files.get(p); return want !== undefined && Buffer.from(want).equals(readFileSync(join(dir, p))); });
}

function writeFolder(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  const made = new Set<string>();
  for (const [path, bytes] of files) {
    const file = join(dir, path);
    const parent = dirname(file);
    if (!made.has(parent)) { mkdirSync(parent, { recursive: true }); made.add(parent); }
    writeFileSync(file, bytes);
  }
}

export function writeArtefactsAtomically(outDir: string, artefacts: readonly Artefact[]): WriteResult {
  checkWritable(outDir);
  const staged: { tmp: string; final: string; name: string; folder: boolean }[] = [];
  const unchanged: string[] = [];
  try {
    for (const a of artefacts) {
      const final = join(outDir, a.name);
      const tmp = join(outDir, `.${a.name}.${process.pid}.tmp`);
      if (isFolder(a)) {
        if (sameFolder(final, a.files)) { unchanged.push(a.name); continue; }
        rmSync(tmp, { recursive: true, force: true });
        staged.push({ tmp, final, name: a.name, folder: true });
        writeFolder(tmp, a.files);
      } else {
        if (existsSync(final) && Buffer.from(a.content).equals(readFileSync(final))) { unchanged.push(a.name); continue; }
        staged.push({ tmp, final, name: a.name, folder: false });
        writeFileSync(tmp, a.content);
      }
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { recursive: true, force: true });
    throw e;
  }
  for (const s of staged.filter((x) => x.folder)) {
    // A folder cannot be renamed over another: the old one steps aside first and goes after.
    const old = `${s.tmp}.old`;
    if (existsSync(s.final)) renameSync(s.final, old);
    renameSync(s.tmp, s.final);
    rmSync(old, { recursive: true, force: true });
  }
  for (const s of staged.filter((x) => !x.folder)) renameSync(s.tmp, s.final);
  return { written: staged.map((s) => s.name), unchanged };
}
