/**
 * Display preferences of this browser (not part of a shared link): read and written defensively,
 * since storage can be full, disabled or blocked in a locked-down virtual desktop.
 */
export function readPreference(key: string): string | null {
  try { return window.localStorage.getItem(key); } catch { return null; }
}

export function writePreference(key: string, value: string): void {
  try { window.localStorage.setItem(key, value); } catch { /* the preference lasts for this page only */ }
}
