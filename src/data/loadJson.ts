/** Fetches same-origin JSON artefacts with download progress; validates small ones with their schema. */
import type { ZodType } from 'zod';

export class DataLoadError extends Error {
  constructor(readonly file: string, readonly detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

/** The bytes of data/`file`, reporting the share received when the server states the length. */
export async function fetchBytes(file: string, onProgress?: (share: number) => void, cache: RequestCache = 'default'): Promise<Uint8Array> {
  const url = new URL(`data/${file}`, document.baseURI).toString();
  let res: Response;
  try {
    res = await fetch(url, { cache });
  } catch (e) {
    throw new DataLoadError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(file, `the server answered ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  if (!(res.body && total > 0 && onProgress)) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(Math.min(1, received / total));
  }
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

export function parseJson(file: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DataLoadError(file, 'is not valid JSON (truncated or replaced by another file?)');
  }
}

export function validate<T>(file: string, json: unknown, schema: ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError(file, `does not match the atlas schema (${issue?.path.join('.') || 'root'}: ${issue?.message})`);
  }
  return parsed.data;
}

export async function loadJson<T>(file: string, schema: ZodType<T>, onProgress?: (share: number) => void): Promise<T> {
  return validate(file, parseJson(file, await fetchBytes(file, onProgress)), schema);
}
