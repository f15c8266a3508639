import { useEffect, useRef, useState } from 'react';
import maplibregl, { type GeoJSONSource, type Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { City } from '../domain/atlasSchema';
import type { Rgb } from '../domain/palettes';
import { DEFAULT_CAMERA, type Camera, type PatternLevel } from '../domain/viewState';
import { loadPlaces } from '../data/placesStore';
import { t, formatNumber } from '../i18n/messages';
import { baseStyle, CHOROPLETH_FILL, CHOROPLETH_LAYERS, LAND, NUTS_SOURCES } from './mapStyle';
import { buildLayers, placesBinary, type PlacesBinary } from './cityLayers';
import { loadBand } from './geometry';
import { hasWebGL } from './webgl';
import { setCurrentMap } from './mapRegistry';

export interface Choropleth { readonly level: PatternLevel; readonly classByCode: ReadonlyMap<string, number> }

export interface MapViewProps {
  readonly cities: readonly City[];
  readonly matchedIds: ReadonlySet<string>;
  readonly colourOf: (c: City) => Rgb;
  readonly colourKey: string;
  readonly highlighted: readonly City[];
  readonly showPlaces: boolean;
  readonly showRegions: boolean;
  readonly camera?: Camera | undefined;
  readonly choropleth?: Choropleth | undefined;
  readonly visible: boolean;
  readonly onCamera: (c: Camera) => void;
  readonly onSelect: (id: string) => void;
  readonly onRegionClick: (code: string) => void;
}

const HIGH_BAND_ZOOM = 5;

export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const layersRef = useRef<Layer[]>([]);
  const dataRef = useRef<Record<string, FeatureCollection>>({});
  const propsRef = useRef(props);
  useEffect(() => { propsRef.current = props; });
  const [failed, setFailed] = useState(() => !hasWebGL());
  const [ready, setReady] = useState(false);
  const [zoom, setZoom] = useState(props.camera?.zoom ?? DEFAULT_CAMERA.zoom);
  const [places, setPlaces] = useState<PlacesBinary | undefined>();
  const [hover, setHover] = useState<{ x: number; y: number; city: City } | undefined>();

  useEffect(() => {
    if (failed || !container.current) return;
    const cam = propsRef.current.camera ?? DEFAULT_CAMERA;
    let map: MlMap;
    try {
      map = new maplibregl.Map({ container: container.current, style: baseStyle(), center: [cam.lon, cam.lat], zoom: cam.zoom, minZoom: 1.5, maxZoom: 12, attributionControl: false, dragRotate: false, pitchWithRotate: false });
    } catch {
      // MapLibre throws when it cannot get a WebGL context; report it after this effect.
      queueMicrotask(() => setFailed(true));
      return;
    }
    mapRef.current = map;
    map.getCanvas().setAttribute('aria-label', t('map.label'));
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    const overlay = new MapboxOverlay({ interleaved: true, layers: [] });
    overlayRef.current = overlay;
    map.addControl(overlay);
    // data-map-idle (read by tests and benchmarks) goes to 0 whenever new data is handed to the map,
    // and back to 1 only on MapLibre's next 'idle', i.e. once that data has been drawn.
    const setSource = (name: string, fc: FeatureCollection) => {
      container.current?.setAttribute('data-map-idle', '0');
      dataRef.current[name] = fc;
      (map.getSource(name) as GeoJSONSource | undefined)?.setData(fc);
    };
    let highRequested = false;
    const ensureHigh = () => {
      if (highRequested) return;
      highRequested = true;
      loadBand('high').then((b) => { if (b.nuts3) setSource('nuts3', b.nuts3); }, () => { highRequested = false; });
    };
    const low = loadBand('low');
    map.on('load', () => {
      low.then((b) => {
        for (const name of ['context', 'nuts0', 'nuts1', 'nuts2']) if (b[name]) setSource(name, b[name]);
        setReady(true);
      }, () => setFailed(true));
      if (map.getZoom() >= HIGH_BAND_ZOOM) ensureHigh();
    });
    map.on('zoomend', () => { if (map.getZoom() >= HIGH_BAND_ZOOM) ensureHigh(); });
    map.on('moveend', () => {
      const c = map.getCenter();
      setZoom(map.getZoom());
      propsRef.current.onCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on('idle', () => { container.current?.setAttribute('data-map-idle', '1'); });
    map.on('movestart', () => { container.current?.setAttribute('data-map-idle', '0'); });
    map.on('webglcontextlost', () => setFailed(true));
    map.on('click', (e) => {
      const ch = propsRef.current.choropleth;
      if (!ch) return;
      const picked = overlay.pickObject({ x: e.point.x, y: e.point.y, layerIds: ['cities'] });
      if (picked) return;
      const f = map.queryRenderedFeatures(e.point, { layers: [`nuts${ch.level}-fill`] })[0];
      const code = f?.properties?.id;
      if (typeof code === 'string') propsRef.current.onRegionClick(code);
    });
    (window as { __atlasMap?: MlMap }).__atlasMap = map;
    setCurrentMap({ map, overlay, layers: () => layersRef.current });
    return () => { setCurrentMap(undefined); map.remove(); mapRef.current = null; overlayRef.current = null; };
  }, [failed]);

  useEffect(() => { if (props.visible) mapRef.current?.resize(); }, [props.visible]);

  useEffect(() => {
    if (!props.showPlaces || places) return;
    loadPlaces().then((p) => setPlaces(placesBinary(p)), () => undefined);
  }, [props.showPlaces, places]);

  const { cities, matchedIds, colourOf, colourKey, highlighted, showPlaces, onSelect } = props;
  useEffect(() => {
    layersRef.current = buildLayers({
        cities, isMatched: (id) => matchedIds.has(id), matchKey: matchedIds, colourOf, colourKey, highlighted,
        places: showPlaces ? places : undefined, zoom,
        onHover: (info: PickingInfo<City>) => setHover(info.object ? { x: info.x, y: info.y, city: info.object } : undefined),
        onClick: (info: PickingInfo<City>) => { if (info.object) onSelect(info.object.id); },
    });
    if (overlayRef.current) {
      container.current?.setAttribute('data-map-idle', '0');
      overlayRef.current.setProps({ layers: layersRef.current });
      mapRef.current?.triggerRepaint();
    }
  }, [cities, matchedIds, colourOf, colourKey, highlighted, showPlaces, places, zoom, onSelect]);

  const { choropleth, showRegions } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    for (const src of NUTS_SOURCES) map.removeFeatureState({ source: src });
    for (const layer of CHOROPLETH_LAYERS) map.setPaintProperty(layer, 'fill-color', choropleth ? CHOROPLETH_FILL : LAND);
    for (const level of [1, 2] as const) map.setLayoutProperty(`nuts${level}-fill`, 'visibility', choropleth?.level === level ? 'visible' : 'none');
    if (choropleth) {
      const fc = dataRef.current[`nuts${choropleth.level}`];
      for (const f of fc?.features ?? []) {
        const id = String(f.properties?.id ?? '');
        map.setFeatureState({ source: `nuts${choropleth.level}`, id }, { cls: choropleth.classByCode.get(id) ?? -1 });
      }
    }
    for (const l of ['nuts1-line', 'nuts2-line', 'nuts3-line']) map.setLayoutProperty(l, 'visibility', showRegions ? 'visible' : 'none');
  }, [choropleth, showRegions, ready]);

  if (failed) return <div className="map-fallback" role="alert">{t('map.noWebgl')}</div>;
  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-map-ready={ready ? '1' : '0'} data-places={places && props.showPlaces ? '1' : '0'} />
      {hover && (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          <strong>{hover.city.name}</strong>
          <span>{hover.city.population !== undefined ? formatNumber(hover.city.population) : t('map.notKnown')}</span>
        </div>
      )}
    </div>
  );
}
