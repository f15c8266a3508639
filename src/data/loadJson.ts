/** Fetches a same-origin JSON artefact with download progress and validates it with its schema. */
import type { ZodType } from 'zod';

export class DataLoadError extends Error {
  constructor(readonly file: string, readonly detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'DataLoadError';
  }
}

export async function loadJson<T>(file: string, schema: ZodType<T>, onProgress?: (share: number) => void): Promise<T> {
  const url = new URL(`data/${file}`, document.baseURI).toString();
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new DataLoadError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataLoadError(file, `the server answered ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  let text: string;
  if (res.body && total > 0 && onProgress) {
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
    text = new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
  } else {
    text = await res.text();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataLoadError(file, 'is not valid JSON (truncated or replaced by another file?)');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataLoadError(file, `does not match the atlas schema (${issue?.path.join('.') || 'root'}: ${issue?.message})`);
  }
  return parsed.data;
}
