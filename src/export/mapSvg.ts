/**
 * The map as a vector graphic (SVG) for publications: the regions as the 2D map draws them, the
 * symbols, arcs, title, legend and every credit line, in one self-contained file (no scripts, no
 * links, no fonts to fetch). All text is escaped: city names and titles can come from anyone.
 */
import type { BaseMapInput } from '../map2d/baseLayers';
import { escapeXml, svgNumber as n, regionsGroup } from '../map2d/baseSvg';
import { arcControl, projector } from '../domain/mercator';
import { NAME_STYLE, placeNames } from '../domain/cityLabels';
import type { MapImageSpec } from './mapImage';

const FONT = 'system-ui, &quot;Segoe UI&quot;, Roboto, &quot;DejaVu Sans&quot;, Arial, sans-serif';
const HEADER = 64;

export function mapSvg(spec: MapImageSpec, base: BaseMapInput): string {
  const { width, height } = base.view;
  const project = projector(base.camera, base.view);
  const footerTop = HEADER + height;
  const total = footerTop + spec.footer.length * 16 + 16;
  const text = (x: number, y: number, s: string, size: number, weight = 400) =>
    `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${weight !== 400 ? ` font-weight="${weight}"` : ''}>${escapeXml(s)}</text>`;
  const arcs = (spec.arcs ?? []).map((a, i) => {
    const [x0, y0] = project(a.from);
    const [x1, y1] = project(a.to);
    const [mx, my] = arcControl([x0, y0], [x1, y1]);
    // Dark at the earlier adopter, light at the later one, as on the map.
    return `<linearGradient id="arc${i}" gradientUnits="userSpaceOnUse" x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}"><stop offset="0" stop-color="#440154"/><stop offset="1" stop-color="#35B779"/></linearGradient>`
      + `<path d="M${n(x0)},${n(y0)}Q${n(mx)},${n(my)} ${n(x1)},${n(y1)}" fill="none" stroke="url(#arc${i})" stroke-width="3"/>`;
  });
  // Larger symbols first, so that smaller ones stay visible on top.
  const symbols = [...spec.symbols].sort((a, b) => b.radius - a.radius).map((s) => {
    const [x, y] = project(s.lonLat);
    if (x < -s.radius || y < -s.radius || x > width + s.radius || y > height + s.radius) return '';
    return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(s.radius)}" fill="${escapeXml(s.colour)}" fill-opacity="0.92" stroke="#ffffff" stroke-width="1"/>`
      + (s.ring ? `<circle cx="${n(x)}" cy="${n(y)}" r="${n(s.radius + 5)}" fill="none" stroke="#000000" stroke-width="3"/>` : '');
  });
  // City names as the map shows them at its zoom, with a white halo, in the map font's weight.
  const names = placeNames(spec.names?.(base.camera.zoom) ?? [], project, width, height).map((l) =>
    `<text x="${n(l.x)}" y="${n(l.y)}" text-anchor="middle" dominant-baseline="central">${escapeXml(l.name)}</text>`);
  const s = NAME_STYLE;
  const nameStyle = `font-size="${s.size}" font-weight="${s.weight}" fill="${s.fill}" stroke="${s.halo}" stroke-opacity="${s.haloOpacity}" stroke-width="${s.haloWidth}" stroke-linejoin="round" paint-order="stroke"`;
  const lh = (spec.legend.length + 1) * 18 + 12;
  const lx = 10;
  const ly = HEADER + height - lh - 10;
  const legend = [
    `<rect x="${lx}" y="${n(ly)}" width="300" height="${lh}" fill="#ffffff" fill-opacity="0.94" stroke="#888888"/>`,
    text(lx + 8, ly + 18, spec.legendTitle, 13, 700),
    ...spec.legend.map((item, i) => {
      const y = ly + 24 + i * 18;
      return `<circle cx="${lx + 14}" cy="${n(y + 6)}" r="5" fill="${escapeXml(item.colour)}" stroke="#444444"/>${text(lx + 26, y + 11, item.label, 12)}`;
    }),
  ];
  const footer = spec.footer.map((line, i) => text(16, footerTop + 20 + i * 16, line, 12));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(total)}" viewBox="0 0 ${n(width)} ${n(total)}" font-family="${FONT}" fill="#1b1b1b">`,
    `<title>${escapeXml(spec.title)}</title><desc>${escapeXml(spec.subtitle)}</desc>`,
    `<defs><clipPath id="map-clip"><rect width="${n(width)}" height="${n(height)}"/></clipPath></defs>`,
    `<rect width="${n(width)}" height="${n(total)}" fill="#ffffff"/>`,
    `<g id="header">${text(16, 32, spec.title, 22, 700)}${text(16, 56, spec.subtitle, 14)}</g>`,
    `<g id="map" transform="translate(0,${HEADER})" clip-path="url(#map-clip)">${regionsGroup(base)}<g id="arcs">${arcs.join('')}</g><g id="cities">${symbols.join('')}</g><g id="names" ${nameStyle}>${names.join('')}</g></g>`,
    `<g id="legend">${legend.join('')}</g>`,
    `<g id="credits">${footer.join('')}</g>`,
    `</svg>`,
  ].join('\n');
}
