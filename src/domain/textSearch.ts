/**
 * Accent- and case-insensitive text matching: "lodz" finds "Łódź", "zurich" finds "Zürich".
 * Letters that Unicode does not decompose (ł, ø, đ, ß, æ, œ, ı) are mapped explicitly.
 */
const SPECIAL: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd', ħ: 'h' };

export function foldText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđßæœıþðħ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
}

/** True when every whitespace-separated term of the query occurs in the folded haystack. */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  return terms.every((t) => foldedHaystack.includes(t));
}
