/** Saves a Blob as a file through a temporary same-origin object URL. */
export function download(name: string, data: Blob | string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** UTF-8 with a byte-order mark, so spreadsheet programs read diacritics correctly. */
export const UTF8_BOM = '\uFEFF';
