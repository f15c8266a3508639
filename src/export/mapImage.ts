/** The map as a PNG at 2× resolution, with title, legend, data version, date and credits. */
import { captureMap } from '../map/captureMap';
import { t } from '../i18n/messages';
import { arcControl } from '../domain/mercator';
import { NAME_STYLE, placeNames, type CityName } from '../domain/cityLabels';

/** A city symbol as drawn on the map: [lon, lat], radius in CSS pixels, fill colour, selection ring. */
export interface MapSymbol { readonly lonLat: readonly [number, number]; readonly radius: number; readonly colour: string; readonly ring: boolean }

export interface MapImageSpec {
  readonly symbols: readonly MapSymbol[];
  /** Links between adopters of a shared solution, drawn under the symbols. */
  readonly arcs?: readonly { readonly from: readonly [number, number]; readonly to: readonly [number, number] }[];
  readonly title: string;
  readonly subtitle: string;
  readonly legendTitle: string;
  readonly legend: readonly { readonly label: string; readonly colour: string }[];
  readonly footer: readonly string[];
  /** The city names drawn at a zoom, as the map names them (none below the labelling zoom). */
  readonly names?: (zoom: number) => readonly CityName[];
}

const SCALE = 2;

export async function mapImage(spec: MapImageSpec): Promise<Blob> {
  const { canvas: map, project, zoom } = await captureMap(SCALE);
  drawArcs(map.getContext('2d')!, spec.arcs ?? [], project);
  drawSymbols(map.getContext('2d')!, spec.symbols, project);
  drawNames(map.getContext('2d')!, spec.names?.(zoom) ?? [], project);
  const header = 64 * SCALE;
  const footer = (spec.footer.length * 16 + 16) * SCALE;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + header + footer;
  const ctx = out.getContext('2d')!;
  const font = (px: number, weight = 400) => `${weight} ${px * SCALE}px system-ui, "DejaVu Sans", Arial, sans-serif`;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = '#1b1b1b';
  ctx.textBaseline = 'top';
  ctx.font = font(22, 700);
  ctx.fillText(spec.title, 16 * SCALE, 10 * SCALE, out.width - 32 * SCALE);
  ctx.font = font(14);
  ctx.fillText(spec.subtitle, 16 * SCALE, 40 * SCALE, out.width - 32 * SCALE);
  ctx.drawImage(map, 0, header);
  // Legend box over the lower left of the map.
  const rows = spec.legend.length + 1;
  const lw = 300 * SCALE;
  const lh = (rows * 18 + 12) * SCALE;
  const lx = 10 * SCALE;
  const ly = header + map.height - lh - 10 * SCALE;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(lx, ly, lw, lh);
  ctx.strokeStyle = '#888';
  ctx.strokeRect(lx, ly, lw, lh);
  ctx.fillStyle = '#1b1b1b';
  ctx.font = font(13, 700);
  ctx.fillText(spec.legendTitle, lx + 8 * SCALE, ly + 6 * SCALE, lw - 16 * SCALE);
  ctx.font = font(12);
  spec.legend.forEach((item, i) => {
    const y = ly + (24 + i * 18) * SCALE;
    ctx.fillStyle = item.colour;
    ctx.beginPath();
    ctx.arc(lx + 14 * SCALE, y + 6 * SCALE, 5 * SCALE, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#444';
    ctx.stroke();
    ctx.fillStyle = '#1b1b1b';
    ctx.fillText(item.label, lx + 26 * SCALE, y, lw - 34 * SCALE);
  });
  ctx.font = font(12);
  spec.footer.forEach((line, i) => ctx.fillText(line, 16 * SCALE, header + map.height + (8 + i * 16) * SCALE, out.width - 32 * SCALE));
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error(t('share.encodeFailed')))), 'image/png'));
}

/** A curved line from the earlier to the later adopter, with a dot at the later end for direction. */
function drawArcs(ctx: CanvasRenderingContext2D, arcs: NonNullable<MapImageSpec['arcs']>, project: (lonLat: readonly [number, number]) => [number, number]): void {
  for (const a of arcs) {
    const [x0, y0] = project(a.from);
    const [x1, y1] = project(a.to);
    const [mx, my] = arcControl([x0, y0], [x1, y1]);
    const g = ctx.createLinearGradient(x0, y0, x1, y1);
    g.addColorStop(0, '#440154');
    g.addColorStop(1, '#35B779');
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.quadraticCurveTo(mx, my, x1, y1);
    ctx.strokeStyle = g;
    ctx.lineWidth = 3 * SCALE;
    ctx.stroke();
  }
}

/** The names as the map draws them, centred above the symbols. */
function drawNames(ctx: CanvasRenderingContext2D, names: readonly CityName[], project: (lonLat: readonly [number, number]) => [number, number]): void {
  ctx.font = `${NAME_STYLE.weight} ${NAME_STYLE.size * SCALE}px ${NAME_STYLE.fontFamily}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = NAME_STYLE.haloWidth * SCALE;
  for (const l of placeNames(names, project, ctx.canvas.width, ctx.canvas.height, SCALE)) {
    ctx.globalAlpha = NAME_STYLE.haloOpacity;
    ctx.strokeStyle = NAME_STYLE.halo;
    ctx.strokeText(l.name, l.x, l.y);
    ctx.globalAlpha = 1;
    ctx.fillStyle = NAME_STYLE.fill;
    ctx.fillText(l.name, l.x, l.y);
  }
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
}

function drawSymbols(ctx: CanvasRenderingContext2D, symbols: readonly MapSymbol[], project: (lonLat: readonly [number, number]) => [number, number]): void {
  for (const s of [...symbols].sort((a, b) => b.radius - a.radius)) {
    const [x, y] = project(s.lonLat);
    ctx.beginPath();
    ctx.arc(x, y, s.radius * SCALE, 0, Math.PI * 2);
    ctx.fillStyle = s.colour;
    ctx.globalAlpha = 0.92;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = SCALE;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    if (s.ring) {
      ctx.beginPath();
      ctx.arc(x, y, (s.radius + 5) * SCALE, 0, Math.PI * 2);
      ctx.lineWidth = 3 * SCALE;
      ctx.strokeStyle = '#000000';
      ctx.stroke();
    }
  }
}
