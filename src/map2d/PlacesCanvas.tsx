/**
 * The 62,000 context places on a canvas under the city symbols: as SVG they would be 62,000 DOM
 * nodes. Their Web Mercator positions are computed once; a camera change only scales and shifts.
 */
import { useEffect, useRef, useState } from 'react';
import { loadPlaces } from '../data/placesStore';
import { mercatorUnit, worldTransform, type Viewport } from '../domain/mercator';
import type { Camera } from '../domain/viewState';

let unitsOnce: Promise<Float64Array> | undefined;
function placeUnits(): Promise<Float64Array> {
  unitsOnce ??= loadPlaces().then((p) => {
    const out = new Float64Array(p.name.length * 2);
    for (let i = 0; i < p.name.length; i++) {
      const [x, y] = mercatorUnit([p.lon[i]! / p.meta.coordScale, p.lat[i]! / p.meta.coordScale]);
      out[i * 2] = x;
      out[i * 2 + 1] = y;
    }
    return out;
  }).catch((e: unknown) => { unitsOnce = undefined; throw e; });
  return unitsOnce;
}

export function PlacesCanvas({ camera, view }: { readonly camera: Camera; readonly view: Viewport }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [units, setUnits] = useState<Float64Array>();
  useEffect(() => { placeUnits().then(setUnits, () => undefined); }, []);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas || !units) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(view.width * ratio);
    canvas.height = Math.round(view.height * ratio);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    ctx.fillStyle = 'rgba(90,90,90,0.51)';
    const { size, ox, oy } = worldTransform(camera, view);
    for (let i = 0; i < units.length; i += 2) {
      const x = ox + units[i]! * size;
      const y = oy + units[i + 1]! * size;
      if (x >= -2 && y >= -2 && x <= view.width + 2 && y <= view.height + 2) ctx.fillRect(x - 1.6, y - 1.6, 3.2, 3.2);
    }
  }, [units, camera, view]);
  return <canvas ref={ref} className="map2d-layer map2d-places" style={{ width: view.width, height: view.height }} data-places={units ? '1' : '0'} aria-hidden="true" />;
}
