/**
 * deck.gl layers. Data arrays are built once; filtering and recolouring change only the
 * filter-value and colour attributes (updateTriggers), so nothing is rebuilt per frame or per filter.
 */
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { City, PlacesData } from '../domain/atlasSchema';
import type { Rgb } from '../domain/palettes';
import { radiusScale } from './symbolSize';

export const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif';
const radiusOf = (c: City) => radiusScale(c.population ?? 0);

export interface PlaceLabel { readonly name: string; readonly position: [number, number]; readonly population: number }
/** Population thresholds for place labels by zoom; each list is built once so layers keep the same data. */
export const LABEL_THRESHOLDS = [250_000, 50_000, 10_000] as const;
export interface PlacesBinary { readonly length: number; readonly positions: Float32Array; readonly labels: ReadonlyMap<number, readonly PlaceLabel[]> }

export function placesBinary(p: PlacesData): PlacesBinary {
  const n = p.name.length;
  const positions = new Float32Array(n * 2);
  const large: PlaceLabel[] = [];
  for (let i = 0; i < n; i++) {
    const lon = p.lon[i]! / p.meta.coordScale;
    const lat = p.lat[i]! / p.meta.coordScale;
    positions[i * 2] = lon;
    positions[i * 2 + 1] = lat;
    if ((p.population[i] ?? 0) >= 10_000) large.push({ name: p.name[i]!, position: [lon, lat], population: p.population[i]! });
  }
  const labels = new Map(LABEL_THRESHOLDS.map((t) => [t, large.filter((p) => p.population >= t)]));
  return { length: n, positions, labels };
}

export interface LayerInputs {
  readonly cities: readonly City[];
  readonly isMatched: (id: string) => boolean;
  readonly matchKey: unknown;
  readonly colourOf: (c: City) => Rgb;
  readonly colourKey: unknown;
  readonly highlighted: readonly City[];
  readonly places?: PlacesBinary | undefined;
  readonly zoom: number;
  readonly onHover: (info: PickingInfo<City>) => void;
  readonly onClick: (info: PickingInfo<City>) => void;
}

const filterExt = [new DataFilterExtension({ filterSize: 1 })];
/** Fewer, larger cities are named at small scales so that labels do not pile up. */
export function cityLabelMinPopulation(zoom: number): number {
  return zoom < 5 ? 250_000 : zoom < 6 ? 60_000 : 0;
}
const labelCache = new WeakMap<readonly City[], Map<number, City[]>>();
function labelledCities(cities: readonly City[], minPop: number): City[] {
  let byPop = labelCache.get(cities);
  if (!byPop) { byPop = new Map(); labelCache.set(cities, byPop); }
  let list = byPop.get(minPop);
  if (!list) { list = cities.filter((c) => (c.population ?? 0) >= minPop); byPop.set(minPop, list); }
  return list;
}
/** City names appear from this zoom on; below it the symbols alone are legible. */
export const CITY_LABEL_ZOOM = 4.2;

export function buildLayers(x: LayerInputs): Layer[] {
  const layers: Layer[] = [];
  if (x.places) {
    layers.push(new ScatterplotLayer({
      id: 'places',
      data: { length: x.places.length, attributes: { getPosition: { value: x.places.positions, size: 2 } } },
      getRadius: 1.6, radiusUnits: 'pixels', getFillColor: [90, 90, 90, 130], pickable: false,
    }));
    const minPop = x.zoom >= 7 ? 10_000 : x.zoom >= 5.5 ? 50_000 : 250_000;
    layers.push(new TextLayer({
      id: `place-labels-${minPop}`,
      data: x.places.labels.get(minPop) ?? [],
      getText: (p: { name: string }) => p.name, getPosition: (p: { position: [number, number] }) => p.position,
      getSize: 11, getColor: [70, 70, 70, 255], getPixelOffset: [0, -9], characterSet: 'auto',
      fontFamily: FONT_FAMILY, fontSettings: { sdf: true }, outlineWidth: 2, outlineColor: [255, 255, 255, 230],
    }));
  }
  layers.push(new ScatterplotLayer<City, DataFilterExtensionProps<City>>({
    id: 'cities',
    data: x.cities,
    getPosition: (c) => c.lonLat,
    getRadius: radiusOf, radiusUnits: 'pixels',
    getFillColor: (c) => [...x.colourOf(c), 235],
    stroked: true, getLineColor: [255, 255, 255, 255], lineWidthUnits: 'pixels', getLineWidth: 1,
    pickable: true, autoHighlight: true, highlightColor: [0, 0, 0, 60],
    getFilterValue: (c: City) => (x.isMatched(c.id) ? 1 : 0), filterRange: [0.5, 1],
    extensions: filterExt,
    updateTriggers: { getFillColor: x.colourKey, getFilterValue: x.matchKey },
    onHover: x.onHover, onClick: x.onClick,
  }));
  // Layers that draw nothing are left out entirely: each layer type costs a shader compile on first use.
  if (x.highlighted.length > 0) layers.push(new ScatterplotLayer<City>({
    id: 'highlight',
    data: x.highlighted,
    getPosition: (c) => c.lonLat,
    getRadius: (c) => radiusOf(c) + 5, radiusUnits: 'pixels',
    filled: false, stroked: true, getLineColor: [0, 0, 0, 255], lineWidthUnits: 'pixels', getLineWidth: 3,
  }));
  if (x.zoom >= CITY_LABEL_ZOOM) layers.push(new TextLayer<City, DataFilterExtensionProps<City>>({
    id: 'city-labels',
    data: labelledCities(x.cities, cityLabelMinPopulation(x.zoom)),
    getText: (c) => c.name, getPosition: (c) => c.lonLat,
    getSize: 12, getColor: [20, 20, 20, 255], getPixelOffset: (c) => [0, -radiusOf(c) - 9], characterSet: 'auto',
    fontFamily: FONT_FAMILY, fontWeight: 600, fontSettings: { sdf: true }, outlineWidth: 3, outlineColor: [255, 255, 255, 235],
    getFilterValue: (c: City) => (x.isMatched(c.id) ? 1 : 0), filterRange: [0.5, 1], extensions: filterExt,
    updateTriggers: { getFilterValue: x.matchKey },
  }));
  return layers;
}
