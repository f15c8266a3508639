/**
 * Display preferences of this browser (not part of a shared link): read and written defensively,
 * since storage can be full, disabled or blocked in a locked-down virtual desktop.
 */
/** The browser's storage, or undefined where reading it throws (blocked or disabled). */
export function safeStorage(): Storage | undefined {
  try { return window.localStorage; } catch { return undefined; }
}

export function readPreference(key: string): string | null {
  try { return safeStorage()?.getItem(key) ?? null; } catch { return null; }
}

export function writePreference(key: string, value: string): void {
  try { safeStorage()?.setItem(key, value); } catch { /* the preference lasts for this page only */ }
}
