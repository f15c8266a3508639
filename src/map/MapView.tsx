import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { cityGeometry, cityStyle } from '../domain/cityLayerData';
import { cityRadius } from './symbolSize';
import type { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { AtlasMeta, City } from '../domain/atlasSchema';
import { DEFAULT_CAMERA, type Camera } from '../domain/viewState';
import type { MapContentProps } from './mapContent';
import { loadPlaces } from '../data/placesStore';
import { t, formatNumber } from '../i18n/messages';
import { CHOROPLETH_FILL, CHOROPLETH_LAYERS, LAND, REGION_SOURCE } from './mapStyle';
import { createAtlasMap, type AtlasMap } from './createAtlasMap';
import { buildLayers, placesBinary, type PlacesBinary } from './cityLayers';
import { HIGH_BAND_ZOOM, loadBand } from './geometry';
import { hasWebGL } from './webgl';
import { setCurrentBase, setCurrentMap } from './mapRegistry';
import { useMapWalk, walkRingRadius, type WalkCamera } from './useMapWalk';


export interface MapViewProps extends MapContentProps {
  /** The vector tiles the build cut (atlas meta): region outlines, and municipalities when given. */
  readonly tilesets: AtlasMeta['tilesets'];
  readonly camera?: Camera | undefined;
  /** The map has drawn its data and gone idle: it can take over from the 2D first view. */
  readonly onReady: () => void;
  /** The map could not start, or lost its WebGL context. */
  readonly onFailed: () => void;
}

/** The walk's view of the MapLibre camera. */
function walkCamera(m: MlMap): WalkCamera {
  return {
    centre: () => { const c = m.getCenter(); return [c.lng, c.lat]; },
    zoomBy: (d) => (d > 0 ? m.zoomIn() : m.zoomOut()),
    contains: (p) => m.getBounds().contains([p[0], p[1]]),
    centreOn: (p) => m.easeTo({ center: [p[0], p[1]] }),
  };
}

export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const layersRef = useRef<Layer[]>([]);
  const propsRef = useRef(props);
  useEffect(() => { propsRef.current = props; });
  const [failed, setFailed] = useState(() => !hasWebGL());
  const [ready, setReady] = useState(false);
  const [zoom, setZoom] = useState(props.camera?.zoom ?? DEFAULT_CAMERA.zoom);
  const [places, setPlaces] = useState<PlacesBinary | undefined>();
  const [hover, setHover] = useState<{ x: number; y: number; city: City } | undefined>();
  const { focused, announcement, onKeyDown } = useMapWalk(props.walk, () => (mapRef.current ? walkCamera(mapRef.current) : null),
    (kind, id) => (kind === 'cities' ? propsRef.current.onSelect(id) : propsRef.current.onRegionClick(id)));
  const helpId = useId();

  useEffect(() => {
    if (failed || !container.current) return;
    const el = container.current;
    const setIdle = (idle: boolean) => {
      // Once the style has loaded and the map has gone idle with its data, it takes over from the
      // 2D map, before it says it is idle (a test reading pixels then reads this map's).
      if (idle && el.getAttribute('data-map-ready') === '1') propsRef.current.onReady();
      el.setAttribute('data-map-idle', idle ? '1' : '0');
    };
    let live: AtlasMap;
    try {
      live = createAtlasMap(el, propsRef.current.tilesets, propsRef.current.camera ?? DEFAULT_CAMERA, {
        onIdleChange: setIdle,
        onMoveEnd: (c) => { setZoom(c.zoom); propsRef.current.onCamera(c); },
        onContextLost: () => setFailed(true),
        onClick: (point) => {
          const ch = propsRef.current.choropleth;
          if (!ch || live.overlay.pickObject({ ...point, layerIds: ['cities'] })) return;
          const code = live.map.queryRenderedFeatures([point.x, point.y], { layers: [`nuts${ch.level}-fill`] })[0]?.properties?.id;
          if (typeof code === 'string') propsRef.current.onRegionClick(code);
        },
      });
    } catch {
      // MapLibre throws when it cannot get a WebGL context; the 2D map stays, after this effect.
      queueMicrotask(() => setFailed(true));
      return;
    }
    performance.mark('atlas:map-created');
    const { map, overlay } = live;
    mapRef.current = map;
    overlayRef.current = overlay;
    // The canvas is the map's one tab stop; the walk's keys are described to screen readers.
    const canvas = map.getCanvas();
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-describedby', helpId);
    overlay.setProps({ layers: layersRef.current });
    map.once('load', () => { performance.mark('atlas:map-style-loaded'); setReady(true); });
    setCurrentMap({ map, overlay, layers: () => layersRef.current });
    // The SVG export draws the base map from the geometry bands at this map's camera.
    const unregisterBase = setCurrentBase(async () => {
      const c = map.getCenter();
      const view = map.getCanvas();
      return {
        low: await loadBand('low'), high: map.getZoom() >= HIGH_BAND_ZOOM ? await loadBand('high') : undefined,
        camera: { lon: c.lng, lat: c.lat, zoom: map.getZoom() },
        // The canvas keeps its size while another view hides the map.
        view: { width: view.width / map.getPixelRatio(), height: view.height / map.getPixelRatio() },
        choropleth: propsRef.current.choropleth, showRegions: propsRef.current.showRegions,
      };
    });
    return () => {
      unregisterBase();
      setCurrentMap(undefined);
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, [failed, helpId]);
  // Named in the language of the moment.
  useEffect(() => { mapRef.current?.getCanvas().setAttribute('aria-label', t('map.label')); });

  // A map hidden behind another view is resized when it shows again (MapLibre sees no resize while hidden).
  useEffect(() => {
    const el = container.current;
    if (!el) return undefined;
    const ro = new ResizeObserver(() => { if (el.clientWidth > 0) mapRef.current?.resize(); });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The camera follows the state when it changes from outside the map (back/forward, "go to city").
  const { camera } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !camera) return;
    const c = map.getCenter();
    if (Math.abs(c.lng - camera.lon) > 1e-4 || Math.abs(c.lat - camera.lat) > 1e-4 || Math.abs(map.getZoom() - camera.zoom) > 1e-3) {
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    }
  }, [camera, ready]);

  useEffect(() => {
    if (!props.showPlaces || places) return;
    loadPlaces().then((p) => setPlaces(placesBinary(p)), () => undefined);
  }, [props.showPlaces, places]);

  const { cities, shownIds: matchedIds, colourOf, highlighted, showPlaces, onSelect, arcs } = props;
  // A focused city is ringed around its symbol; a region around its anchor.
  const walkKind = props.walk.kind;
  const ring = useMemo(() => (focused ? { lonLat: focused.lonLat, radius: walkRingRadius(focused, walkKind) } : undefined), [focused, walkKind]);
  const geometry = useMemo(() => cityGeometry(cities, cityRadius), [cities]);
  const style = useMemo(() => cityStyle(cities, (id) => matchedIds.has(id), colourOf), [cities, matchedIds, colourOf]);
  useEffect(() => {
    layersRef.current = buildLayers({
        cities, geometry, style, isMatched: (id) => matchedIds.has(id), highlighted,
        places: showPlaces ? places : undefined, zoom, arcs, ring,
        onHover: (info: PickingInfo<City>) => setHover(info.object ? { x: info.x, y: info.y, city: info.object } : undefined),
        onClick: (info: PickingInfo<City>) => { if (info.object) onSelect(info.object.id); },
    });
    if (overlayRef.current) {
      container.current?.setAttribute('data-map-idle', '0');
      overlayRef.current.setProps({ layers: layersRef.current });
      mapRef.current?.triggerRepaint();
    }
  }, [cities, geometry, style, matchedIds, highlighted, showPlaces, places, zoom, onSelect, arcs, ring]);

  const { choropleth, showRegions } = props;
  const colouredRef = useRef<Set<string>>(new Set());
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    for (const layer of CHOROPLETH_LAYERS) map.setPaintProperty(layer, 'fill-color', choropleth ? CHOROPLETH_FILL : LAND);
    for (const level of [1, 2] as const) map.setLayoutProperty(`nuts${level}-fill`, 'visibility', choropleth?.level === level ? 'visible' : 'none');
    // Regions coloured before and not now lose their class one by one: a layer-wide
    // removeFeatureState followed by new states in the same frame left some regions uncoloured.
    const sourceLayer = choropleth ? `nuts${choropleth.level}` : '';
    for (const key of colouredRef.current) {
      const [layer, id] = key.split('/') as [string, string];
      if (layer !== sourceLayer || !choropleth?.classByCode.has(id)) map.removeFeatureState({ source: REGION_SOURCE, sourceLayer: layer, id }, 'cls');
    }
    colouredRef.current = new Set();
    if (choropleth) {
      // Every region of the level is in classByCode (-1 where the value is 0); the state waits for tiles not yet loaded.
      for (const [id, cls] of choropleth.classByCode) {
        map.setFeatureState({ source: REGION_SOURCE, sourceLayer, id }, { cls });
        colouredRef.current.add(`${sourceLayer}/${id}`);
      }
    }
    for (const l of ['nuts1-line', 'nuts2-line', 'nuts3-line']) map.setLayoutProperty(l, 'visibility', showRegions ? 'visible' : 'none');
  }, [choropleth, showRegions, ready]);

  const onFailed = props.onFailed;
  useEffect(() => { if (failed) onFailed(); }, [failed, onFailed]);
  if (failed) return null;
  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-map-ready={ready ? '1' : '0'} data-places={places && props.showPlaces ? '1' : '0'}
        data-walk-focus={focused?.id ?? ''} onKeyDown={onKeyDown} />
      <p id={helpId} className="visually-hidden">{t(walkKind === 'cities' ? 'map.keyHelp' : 'map.keyHelpRegions')}</p>
      <p className="visually-hidden map-announce" role="status">{announcement}</p>
      {hover && (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          <strong>{hover.city.name}</strong>
          <span>{hover.city.population !== undefined ? formatNumber(hover.city.population) : t('map.notKnown')}</span>
        </div>
      )}
    </div>
  );
}
