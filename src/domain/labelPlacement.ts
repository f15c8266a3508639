/**
 * Label collision: which names to draw so that none overlaps another. Greedy by priority (the
 * larger city first), in Web Mercator pixels at the map's zoom; overlap does not depend on where
 * the map is centred, so no camera is needed and the rule is testable on its own.
 * (deck.gl's CollisionFilterExtension drew no label at all in MapLibre's interleaved mode here.)
 */
export interface LabelItem {
  readonly id: string;
  readonly lonLat: readonly [number, number];
  readonly text: string;
  readonly priority: number;
  /** Vertical offset of the label's centre from the point, in pixels (negative = above). */
  readonly offsetY: number;
}

export interface LabelMetrics { readonly charWidth: number; readonly height: number; readonly padding: number }
export const DEFAULT_METRICS: LabelMetrics = { charWidth: 7.2, height: 14, padding: 2 };

/** Web Mercator world pixel coordinates at a zoom (512-pixel tiles, as MapLibre). */
export function worldPixel(lonLat: readonly [number, number], zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom;
  const x = ((lonLat[0] + 180) / 360) * scale;
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lonLat[1])) * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
  return [x, y];
}

export function placeLabels(items: readonly LabelItem[], zoom: number, m: LabelMetrics = DEFAULT_METRICS): Set<string> {
  const placed: [number, number, number, number][] = [];
  const keep = new Set<string>();
  const ordered = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const it of ordered) {
    const [x, y] = worldPixel(it.lonLat, zoom);
    const w = it.text.length * m.charWidth / 2 + m.padding;
    const h = m.height / 2 + m.padding;
    const box: [number, number, number, number] = [x - w, y + it.offsetY - h, x + w, y + it.offsetY + h];
    if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
    placed.push(box);
    keep.add(it.id);
  }
  return keep;
}

/**
 * Remembers the labels placed for the last few sets of candidates. A filter change often leaves
 * the labelled (large) cities as they were, or returns to a recent set (a box ticked and
 * unticked): the same list comes back, so nothing is placed again and the label layer, which
 * compares its data by reference, uploads nothing.
 */
export class RecentPlacements<T extends { readonly id: string }> {
  private readonly lists = new Map<string, readonly T[]>();
  constructor(private readonly size = 16) {}

  /** The labels of `candidates` at `step` (a zoom step, say), made by `place` when this set is new. */
  get(step: string, candidates: readonly T[], place: (candidates: readonly T[]) => readonly T[]): readonly T[] {
    const key = `${step}\u0000${candidates.map((c) => c.id).join('\u0000')}`;
    let list = this.lists.get(key);
    if (list) this.lists.delete(key); // re-inserted below as the most recent
    else list = place(candidates);
    this.lists.set(key, list);
    if (this.lists.size > this.size) this.lists.delete(this.lists.keys().next().value!);
    return list;
  }
}
