/**
 * deck.gl layers. Data arrays are built once; filtering and recolouring change only the colour
 * attributes (updateTriggers): a city that does not match gets alpha 0 and is not pickable, so
 * nothing is rebuilt per frame or per filter. (deck.gl's DataFilterExtension did not hide anything
 * under the SwiftShader WebGL of the browser tests, so the colour attribute does the hiding.)
 */
import { ArcLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Layer, LayerData, PickingInfo } from '@deck.gl/core';
import type { City, PlacesData } from '../domain/atlasSchema';
import type { CityGeometry, CityStyle } from '../domain/cityLayerData';
import { cityRadius } from './symbolSize';
import { FOCUS_COLOUR, hexToRgb } from '../domain/palettes';
import { atLeast, CITY_LABEL_ZOOM, labelledCities, labelOffsetY, minLabelPopulation, NAME_STYLE, PLACE_LABEL_STEPS } from '../domain/cityLabels';

const FONT_FAMILY = NAME_STYLE.fontFamily;
const radiusOf = cityRadius;
/** The page's focus colour, so that the map's focus looks like the rest. */
export const FOCUS_RGB = [...hexToRgb(FOCUS_COLOUR), 255] as const;

export interface PlaceLabel { readonly name: string; readonly position: [number, number]; readonly population: number }
export interface PlacesBinary { readonly length: number; readonly positions: Float32Array; readonly labels: readonly PlaceLabel[] }

export function placesBinary(p: PlacesData): PlacesBinary {
  const n = p.name.length;
  const positions = new Float32Array(n * 2);
  const large: PlaceLabel[] = [];
  for (let i = 0; i < n; i++) {
    const lon = p.lon[i]! / p.meta.coordScale;
    const lat = p.lat[i]! / p.meta.coordScale;
    positions[i * 2] = lon;
    positions[i * 2 + 1] = lat;
    if ((p.population[i] ?? 0) >= minLabelPopulation(PLACE_LABEL_STEPS, Infinity)) large.push({ name: p.name[i]!, position: [lon, lat], population: p.population[i]! });
  }
  return { length: n, positions, labels: large };
}

export interface LayerInputs {
  readonly cities: readonly City[];
  /** From the data provider (src/domain/cityLayerData.ts), in the order of `cities`. */
  readonly geometry: CityGeometry;
  readonly style: CityStyle;
  readonly isMatched: (id: string) => boolean;
  readonly highlighted: readonly City[];
  readonly places?: PlacesBinary | undefined;
  readonly zoom: number;
  /** Links a source names between adopters of a shared solution, earlier to later. */
  readonly arcs?: readonly { readonly from: City; readonly to: City }[] | undefined;
  /** The item the keyboard walk has reached: ringed in the focus colour of the page. */
  readonly ring?: { readonly lonLat: readonly [number, number]; readonly radius: number } | undefined;
  readonly onHover: (info: PickingInfo<City>) => void;
  readonly onClick: (info: PickingInfo<City>) => void;
}

/**
 * Binary data objects made once per input: deck.gl compares `data` by reference, so a new object
 * literal on every render would re-upload all 62k places (and every city position) each time.
 */
const placesDataCache = new WeakMap<PlacesBinary, LayerData<unknown>>();
function placesData(p: PlacesBinary): LayerData<unknown> {
  let d = placesDataCache.get(p);
  if (!d) { d = { length: p.length, attributes: { getPosition: { value: p.positions, size: 2 } } }; placesDataCache.set(p, d); }
  return d;
}
const cityDataCache = new WeakMap<CityStyle, { geometry: CityGeometry; data: LayerData<unknown> }>();
function cityData(geometry: CityGeometry, style: CityStyle): LayerData<unknown> {
  const hit = cityDataCache.get(style);
  if (hit && hit.geometry === geometry) return hit.data;
  // Colours are 0-255 bytes, read as 0-1 (normalized); without it deck.gl converts them on every update.
  const fill = { value: style.fill, size: 4, normalized: true };
  const line = { value: style.line, size: 4, normalized: true };
  const data: LayerData<unknown> = {
    length: geometry.length,
    attributes: {
      getPosition: { value: geometry.positions, size: 2 },
      getRadius: { value: geometry.radii, size: 1 },
      getFillColor: fill,
      getLineColor: line,
    },
  };
  cityDataCache.set(style, { geometry, data });
  return data;
}

/**
 * Every character the labels can need, once per list: with 'auto', deck.gl rebuilds its font
 * atlas whenever the shown labels bring a new character (each step of the timeline did).
 */
const charCache = new WeakMap<readonly object[], string>();
function charactersOf<T extends object>(items: readonly T[], text: (t: T) => string): string {
  let chars = charCache.get(items);
  if (chars === undefined) {
    const set = new Set<string>();
    for (const it of items) for (const ch of text(it)) set.add(ch);
    chars = [...set].sort().join('');
    charCache.set(items, chars);
  }
  return chars;
}

export function buildLayers(x: LayerInputs): Layer[] {
  const layers: Layer[] = [];
  if (x.places) {
    layers.push(new ScatterplotLayer({
      id: 'places',
      data: placesData(x.places),
      getRadius: 1.6, radiusUnits: 'pixels', getFillColor: [90, 90, 90, 130], pickable: false,
    }));
    // Fewer, larger places are named at small scales so that labels do not pile up.
    const minPop = minLabelPopulation(PLACE_LABEL_STEPS, x.zoom);
    layers.push(new TextLayer({
      id: `place-labels-${minPop}`,
      data: atLeast(x.places.labels, minPop, (p) => p.population),
      getText: (p: { name: string }) => p.name, getPosition: (p: { position: [number, number] }) => p.position,
      getSize: 11, getColor: [70, 70, 70, 255], getPixelOffset: [0, -9], characterSet: charactersOf(x.places.labels, (p) => p.name),
      fontFamily: FONT_FAMILY, fontSettings: { sdf: true }, outlineWidth: 2, outlineColor: [255, 255, 255, 230],
    }));
  }
  if (x.arcs && x.arcs.length > 0) layers.push(new ArcLayer<{ from: City; to: City }>({
    id: 'spread-arcs',
    data: x.arcs,
    getSourcePosition: (a) => a.from.lonLat, getTargetPosition: (a) => a.to.lonLat,
    // Dark at the earlier adopter, light at the later one: the direction reads without arrowheads.
    getSourceColor: [68, 1, 84, 230], getTargetColor: [53, 183, 121, 230], getWidth: 3, widthUnits: 'pixels', getHeight: 0.5,
  }));
  // Binary attributes from the data provider: hidden cities are transparent, picks on them ignored.
  const cityAt = (info: PickingInfo) => (info.index >= 0 && x.style.shown[info.index] === 1 ? x.cities[info.index] : undefined);
  const withCity = (f: (info: PickingInfo<City>) => void) => (info: PickingInfo) => f({ ...info, object: cityAt(info) } as PickingInfo<City>);
  layers.push(new ScatterplotLayer({
    id: 'cities',
    data: cityData(x.geometry, x.style),
    radiusUnits: 'pixels', stroked: true, lineWidthUnits: 'pixels', getLineWidth: 1,
    pickable: true,
    onHover: withCity(x.onHover), onClick: withCity(x.onClick),
  }));
  // Layers that draw nothing are left out entirely: each layer type costs a shader compile on first use.
  if (x.highlighted.length > 0) layers.push(new ScatterplotLayer<City>({
    id: 'highlight',
    data: x.highlighted,
    getPosition: (c) => c.lonLat,
    getRadius: (c) => radiusOf(c) + 5, radiusUnits: 'pixels',
    filled: false, stroked: true, getLineColor: [0, 0, 0, 255], lineWidthUnits: 'pixels', getLineWidth: 3,
  }));
  // A white halo under an orange ring: visible on land, sea and any city colour.
  if (x.ring) for (const [id, colour, width] of [['walk-halo', [255, 255, 255, 255], 7], ['walk-ring', FOCUS_RGB, 3]] as const) {
    layers.push(new ScatterplotLayer({
      id, data: [x.ring], getPosition: (r: { lonLat: [number, number] }) => r.lonLat, getRadius: (r: { radius: number }) => r.radius, radiusUnits: 'pixels',
      filled: false, stroked: true, getLineColor: [...colour], lineWidthUnits: 'pixels', getLineWidth: width,
    }));
  }
  if (x.zoom >= CITY_LABEL_ZOOM) layers.push(new TextLayer<City>({
    id: 'city-labels',
    data: labelledCities(x.cities, x.isMatched, x.zoom, radiusOf),
    getText: (c) => c.name, getPosition: (c) => c.lonLat,
    getSize: NAME_STYLE.size,
    getColor: [...hexToRgb(NAME_STYLE.fill), 255], getPixelOffset: (c) => [0, labelOffsetY(radiusOf(c))], characterSet: charactersOf(x.cities, (c) => c.name),
    fontFamily: FONT_FAMILY, fontWeight: NAME_STYLE.weight, fontSettings: { sdf: true }, outlineWidth: NAME_STYLE.haloWidth,
    outlineColor: [...hexToRgb(NAME_STYLE.halo), Math.round(NAME_STYLE.haloOpacity * 255)],
  }));
  return layers;
}
