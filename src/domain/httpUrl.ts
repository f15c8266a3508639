/** Links in the atlas: a module of its own, so that the app does not load the case tables' input schema for it. */

/** Only http(s) URLs are accepted: no javascript:, data: or relative links. */
export function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}
