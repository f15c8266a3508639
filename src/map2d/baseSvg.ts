/**
 * The 2D map's base (sea, regions, outlines) as SVG text: drawn by the 2D map's PNG export under
 * its symbols, and the bottom layer of the vector export (src/export/mapSvg.ts).
 */
import { baseLayers, SEA, type BaseMapInput } from './baseLayers';

/** Text and attribute values escaped: names and titles can come from anyone. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}
/** A coordinate or size to a tenth of a pixel. */
export const svgNumber = (v: number) => (Math.round(v * 10) / 10).toString();

/** The base map alone (sea, regions, outlines) at the size of the view: what the 2D map's PNG draws its symbols on. */
export function baseSvg(base: BaseMapInput): string {
  const { width, height } = base.view;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${svgNumber(width)}" height="${svgNumber(height)}" viewBox="0 0 ${svgNumber(width)} ${svgNumber(height)}">${regionsGroup(base)}</svg>`;
}

export function regionsGroup(base: BaseMapInput): string {
  const paths = baseLayers(base).map((p) =>
    `<path d="${p.d}" fill="${escapeXml(p.fill ?? 'none')}"${p.stroke ? ` stroke="${escapeXml(p.stroke)}" stroke-width="${p.width ?? 1}"` : ''}${p.region ? ` data-region="${escapeXml(p.region)}"` : ''}/>`);
  return `<g id="regions"><rect width="${svgNumber(base.view.width)}" height="${svgNumber(base.view.height)}" fill="${SEA}"/>${paths.join('')}</g>`;
}
