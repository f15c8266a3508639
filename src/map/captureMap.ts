/**
 * Reads the base map's pixels at a given pixel ratio. MapLibre is redrawn at that ratio with the
 * deck.gl layers taken off (deck.gl's interleaved mode keeps drawing at the screen's ratio), and
 * the canvas is copied during the 'render' event, while the WebGL drawing buffer is still valid.
 * The caller draws the city symbols on top at the same ratio (see export/mapImage.ts).
 * Where the 2D map is the map, its base is drawn from the same SVG as the vector export.
 */
import { currentBase, currentMap } from './mapRegistry';
import { t } from '../i18n/messages';
import { baseSvg } from '../map2d/baseSvg';
import { projector } from '../domain/mercator';

/** The base map's pixels, where a place lies on them, and the map's zoom (which names it shows). */
type Capture = { canvas: HTMLCanvasElement; project: (lonLat: readonly [number, number]) => [number, number]; zoom: number };

export async function captureMap(pixelRatio = 2): Promise<Capture> {
  const live = currentMap();
  if (!live) return captureBase(pixelRatio);
  const { map, overlay } = live;
  const previous = map.getPixelRatio();
  // Hide the deck.gl layers with clones (new instances inherit state; re-adding old ones would not).
  const layers = live.layers();
  map.setPixelRatio(pixelRatio);
  overlay.setProps({ layers: layers.map((l) => l.clone({ visible: false })) });
  try {
    const canvas = await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const src = map.getCanvas();
        const out = document.createElement('canvas');
        out.width = src.width;
        out.height = src.height;
        out.getContext('2d')!.drawImage(src, 0, 0);
        resolve(out);
      });
      map.triggerRepaint();
    });
    const project = (lonLat: readonly [number, number]): [number, number] => {
      const p = map.project([lonLat[0], lonLat[1]]);
      return [p.x * pixelRatio, p.y * pixelRatio];
    };
    return { canvas, project, zoom: map.getZoom() };
  } finally {
    map.setPixelRatio(previous);
    overlay.setProps({ layers: layers.map((l) => l.clone({ visible: l.props.visible })) });
  }
}

/** Without a WebGL map, the 2D map's base (its SVG) drawn on a canvas at that pixel ratio. */
async function captureBase(pixelRatio: number): Promise<Capture> {
  const base = await currentBase()?.();
  if (!base) throw new Error(t('share.noMap'));
  const url = URL.createObjectURL(new Blob([baseSvg(base)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(base.view.width * pixelRatio);
    canvas.height = Math.round(base.view.height * pixelRatio);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    const p = projector(base.camera, base.view);
    return { canvas, project: (lonLat) => { const [x, y] = p(lonLat); return [x * pixelRatio, y * pixelRatio]; }, zoom: base.camera.zoom };
  } finally {
    URL.revokeObjectURL(url);
  }
}
