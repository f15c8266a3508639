/** Loads the zoom-band TopoJSON artefacts and turns each object into GeoJSON, once, when first needed. */
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Band = 'low' | 'high';

/** From this zoom on, the detailed band with NUTS 3 is loaded. */
export const HIGH_BAND_ZOOM = 5;

const cache = new Map<Band, Promise<Record<string, FeatureCollection>>>();
const settled = new Map<Band, Record<string, FeatureCollection>>();

/** A band already loaded, at once: the 2D map's first render draws it instead of waiting a render. */
export function bandNow(band: Band): Record<string, FeatureCollection> | undefined {
  return settled.get(band);
}

export function loadBand(band: Band): Promise<Record<string, FeatureCollection>> {
  let p = cache.get(band);
  if (!p) {
    p = fetch(new URL(`data/nuts-${band}.topo.json`, document.baseURI))
      .then((r) => { if (!r.ok) throw new Error(`nuts-${band}.topo.json: ${r.status}`); return r.json() as Promise<Topology>; })
      .then((topo) => {
        if (topo.type !== 'Topology' || typeof topo.objects !== 'object') throw new Error(`nuts-${band}.topo.json is not a TopoJSON topology`);
        // Each object becomes GeoJSON when first read: the first view needs only NUTS 0 and the context.
        const out: Record<string, FeatureCollection> = {};
        for (const [name, obj] of Object.entries(topo.objects)) {
          let fc: FeatureCollection | undefined;
          Object.defineProperty(out, name, { enumerable: true, get: () => (fc ??= feature(topo, obj as GeometryCollection) as FeatureCollection) });
        }
        settled.set(band, out);
        return out;
      });
    p.catch(() => cache.delete(band));
    cache.set(band, p);
  }
  return p;
}
