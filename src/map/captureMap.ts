/**
 * Reads the map's pixels at a given pixel ratio: the map is redrawn at that ratio and the
 * canvas is copied during the 'render' event, while the WebGL drawing buffer is still valid.
 */
import { currentMap } from './mapRegistry';

export async function captureMap(pixelRatio = 2): Promise<HTMLCanvasElement> {
  const map = currentMap();
  if (!map) throw new Error('The map is not available (no WebGL), so no map image can be made.');
  const previous = map.getPixelRatio();
  map.setPixelRatio(pixelRatio);
  try {
    return await new Promise<HTMLCanvasElement>((resolve) => {
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
  } finally {
    map.setPixelRatio(previous);
  }
}
