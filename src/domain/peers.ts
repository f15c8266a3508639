/**
 * Peer finder: places most similar by territorial context. The measure (shown in the UI):
 *   d = |log10(pop A) - log10(pop B)|          (population, one order of magnitude = 1)
 *     + 0.5 × |urban-rural A - urban-rural B|   (urban 0, intermediate 1, rural 2)
 *     + 0.5 × [coastal differs] + 0.5 × [border differs] + 1 × [capital differs]
 *     + 0.5 × [UN M49 sub-region differs]
 * Smaller is more similar; unknown values count as a difference of 0.5.
 */
import type { City, PlacesData, Region } from './atlasSchema';
import { COUNTRY_BY_CODE } from './countries';
import type { UrbanRural, MacroRegion } from './vocabularies';

export interface PeerProfile {
  readonly id: string;
  readonly population?: number;
  readonly urbanRural?: UrbanRural;
  readonly coastal?: boolean;
  readonly border?: boolean;
  readonly capital: boolean;
  readonly macroRegion?: MacroRegion;
}

export const PEER_WEIGHTS = { population: 1, urbanRural: 0.5, coastal: 0.5, border: 0.5, capital: 1, macroRegion: 0.5 } as const;
const UNKNOWN = 0.5;
const UR_RANK: Record<UrbanRural, number> = { urban: 0, intermediate: 1, rural: 2 };

function diffBool(a: boolean | undefined, b: boolean | undefined): number {
  return a === undefined || b === undefined ? UNKNOWN : a === b ? 0 : 1;
}

export function peerDistance(a: PeerProfile, b: PeerProfile): number {
  const w = PEER_WEIGHTS;
  const pop = a.population && b.population ? Math.abs(Math.log10(a.population) - Math.log10(b.population)) : UNKNOWN;
  const ur = a.urbanRural && b.urbanRural ? Math.abs(UR_RANK[a.urbanRural] - UR_RANK[b.urbanRural]) : UNKNOWN;
  const mr = a.macroRegion && b.macroRegion ? (a.macroRegion === b.macroRegion ? 0 : 1) : UNKNOWN;
  return w.population * pop + w.urbanRural * ur + w.coastal * diffBool(a.coastal, b.coastal) +
    w.border * diffBool(a.border, b.border) + w.capital * (a.capital === b.capital ? 0 : 1) + w.macroRegion * mr;
}

export interface Peer<T extends PeerProfile> { readonly item: T; readonly distance: number }

/** The `n` most similar candidates to `target` (never the target itself), most similar first. */
export function nearestPeers<T extends PeerProfile>(target: PeerProfile, candidates: readonly T[], n = 10): Peer<T>[] {
  const top: Peer<T>[] = [];
  for (const c of candidates) {
    if (c.id === target.id) continue;
    const d = peerDistance(target, c);
    if (top.length < n || d < top[top.length - 1]!.distance) {
      top.push({ item: c, distance: d });
      top.sort((x, y) => x.distance - y.distance || (x.item.id < y.item.id ? -1 : 1));
      if (top.length > n) top.pop();
    }
  }
  return top;
}

export const cityProfile = (c: City): PeerProfile & { readonly city: City } => ({
  id: c.id, capital: c.capital, coastal: c.coastal, border: c.border, city: c, macroRegion: c.macroRegion,
  ...(c.population !== undefined ? { population: c.population } : {}),
  ...(c.urbanRural ? { urbanRural: c.urbanRural } : {}),
});

export type PlaceProfile = PeerProfile & { readonly name: string; readonly country: string; readonly lonLat: readonly [number, number] };

/** Profiles of all context places, with the typologies of the NUTS 3 region each lies in. */
export function placeProfiles(p: PlacesData, regionByCode: ReadonlyMap<string, Region>): PlaceProfile[] {
  return p.name.map((name, i) => {
    const region = regionByCode.get(p.nuts3[i] ?? '');
    const country = p.country[i] ?? '';
    const macroRegion = COUNTRY_BY_CODE.get(country)?.macroRegion;
    return {
      id: `place-${i}`, name, country, population: p.population[i] ?? 0, capital: p.capital[i] === 1,
      lonLat: [(p.lon[i] ?? 0) / p.meta.coordScale, (p.lat[i] ?? 0) / p.meta.coordScale] as const,
      ...(region?.urbanRural ? { urbanRural: region.urbanRural } : {}),
      ...(region ? { coastal: !!region.coastal, border: !!region.border } : {}),
      ...(macroRegion ? { macroRegion } : {}),
    };
  });
}

/** Whether a gazetteer place is the city itself: same country, within about 3 km. */
export function isSamePlace(city: City, place: PlaceProfile): boolean {
  return place.country === city.country && Math.abs(place.lonLat[1] - city.lonLat[1]) < 0.03 &&
    Math.abs(place.lonLat[0] - city.lonLat[0]) < 0.03 / Math.cos((city.lonLat[1] * Math.PI) / 180);
}
