/**
 * Loads the low geometry band (countries, NUTS 1 and 2) as GeoJSON, once: the keyboard walk of the
 * regional patterns reads each region's anchor from it. The map itself draws vector tiles.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const FILE = 'nuts-low.topo.json';
let cache: Promise<Record<string, FeatureCollection>> | undefined;

export function loadLowBand(): Promise<Record<string, FeatureCollection>> {
  if (!cache) {
    const p = fetch(new URL(`data/${FILE}`, document.baseURI))
      .then((r) => { if (!r.ok) throw new Error(`${FILE}: ${r.status}`); return r.json() as Promise<Topology>; })
      .then((topo) => {
        if (topo.type !== 'Topology' || typeof topo.objects !== 'object') throw new Error(`${FILE} is not a TopoJSON topology`);
        const out: Record<string, FeatureCollection> = {};
        for (const [name, obj] of Object.entries(topo.objects)) out[name] = feature(topo, obj as GeometryCollection) as FeatureCollection;
        return out;
      });
    p.catch(() => { cache = undefined; });
    cache = p;
  }
  return cache;
}
