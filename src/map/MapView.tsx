import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { cityGeometry, cityStyle } from '../domain/cityLayerData';
import { cityRadius } from './symbolSize';
import { announceFirstView } from '../state/firstView';
import type { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { City } from '../domain/atlasSchema';
import type { Rgb } from '../domain/palettes';
import { DEFAULT_CAMERA, type Camera, type PatternLevel } from '../domain/viewState';
import { loadPlaces } from '../data/placesStore';
import { t, formatNumber } from '../i18n/messages';
import { CHOROPLETH_FILL, CHOROPLETH_LAYERS, LAND, NUTS_SOURCES } from './mapStyle';
import { createAtlasMap, type AtlasMap } from './createAtlasMap';
import { buildLayers, placesBinary, type PlacesBinary } from './cityLayers';
import { loadBand } from './geometry';
import { hasWebGL } from './webgl';
import { setCurrentMap } from './mapRegistry';
import { useMapWalk } from './useMapWalk';
import type { MapWalk } from '../state/useWalkItems';

export interface Choropleth { readonly level: PatternLevel; readonly classByCode: ReadonlyMap<string, number> }

export interface MapViewProps {
  readonly cities: readonly City[];
  readonly matchedIds: ReadonlySet<string>;
  readonly colourOf: (c: City) => Rgb;
  readonly highlighted: readonly City[];
  readonly showPlaces: boolean;
  readonly showRegions: boolean;
  readonly camera?: Camera | undefined;
  readonly choropleth?: Choropleth | undefined;
  readonly arcs?: readonly { readonly from: City; readonly to: City }[] | undefined;
  readonly visible: boolean;
  readonly onCamera: (c: Camera) => void;
  readonly onSelect: (id: string) => void;
  readonly onRegionClick: (code: string) => void;
  /** What the keyboard walks over (cities, or the choropleth's regions) and what it says. */
  readonly walk: MapWalk;
}

export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const overlayRef = useRef<MapboxOverlay | null>(null);
  const layersRef = useRef<Layer[]>([]);
  const liveRef = useRef<AtlasMap | null>(null);
  const propsRef = useRef(props);
  useEffect(() => { propsRef.current = props; });
  const [failed, setFailed] = useState(() => !hasWebGL());
  const [ready, setReady] = useState(false);
  const [zoom, setZoom] = useState(props.camera?.zoom ?? DEFAULT_CAMERA.zoom);
  const [places, setPlaces] = useState<PlacesBinary | undefined>();
  const [hover, setHover] = useState<{ x: number; y: number; city: City } | undefined>();
  const { focused, announcement, onKeyDown } = useMapWalk(props.walk, () => mapRef.current,
    (kind, id) => (kind === 'cities' ? propsRef.current.onSelect(id) : propsRef.current.onRegionClick(id)));
  const helpId = useId();

  useEffect(() => {
    if (failed || !container.current) return;
    let live: AtlasMap | undefined;
    let cancelled = false;
    const el = container.current;
    const setIdle = (idle: boolean) => {
      el.setAttribute('data-map-idle', idle ? '1' : '0');
      // The first view is on screen once the style has loaded and the map has gone idle with its data.
      if (idle && el.getAttribute('data-map-ready') === '1') announceFirstView();
    };
    loadBand('low').then((low) => {
      if (cancelled) return;
      try {
        live = createAtlasMap(el, low, propsRef.current.camera ?? DEFAULT_CAMERA, {
          onIdleChange: setIdle,
          onMoveEnd: (c) => { setZoom(c.zoom); propsRef.current.onCamera(c); },
          onContextLost: () => setFailed(true),
          onClick: (point) => {
            const ch = propsRef.current.choropleth;
            if (!ch || !live || live.overlay.pickObject({ ...point, layerIds: ['cities'] })) return;
            const code = live.map.queryRenderedFeatures([point.x, point.y], { layers: [`nuts${ch.level}-fill`] })[0]?.properties?.id;
            if (typeof code === 'string') propsRef.current.onRegionClick(code);
          },
        });
      } catch {
        setFailed(true); // MapLibre throws when it cannot get a WebGL context
        announceFirstView();
        return;
      }
      performance.mark('atlas:map-created');
      const { map, overlay } = live;
      liveRef.current = live;
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
    }, () => setFailed(true));
    return () => {
      cancelled = true;
      setCurrentMap(undefined);
      live?.map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
  }, [failed, helpId]);
  // Named in the language of the moment.
  useEffect(() => { mapRef.current?.getCanvas().setAttribute('aria-label', t('map.label')); });

  useEffect(() => { if (props.visible) mapRef.current?.resize(); }, [props.visible]);

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

  const { cities, matchedIds, colourOf, highlighted, showPlaces, onSelect, arcs } = props;
  // A focused city is ringed around its symbol; a region around its anchor.
  const walkKind = props.walk.kind;
  const ring = useMemo(() => (focused ? { lonLat: focused.lonLat, radius: walkKind === 'cities' ? cityRadius({ population: focused.rank }) + 6 : 14 } : undefined), [focused, walkKind]);
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
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !ready) return;
    for (const src of NUTS_SOURCES) map.removeFeatureState({ source: src });
    for (const layer of CHOROPLETH_LAYERS) map.setPaintProperty(layer, 'fill-color', choropleth ? CHOROPLETH_FILL : LAND);
    for (const level of [1, 2] as const) map.setLayoutProperty(`nuts${level}-fill`, 'visibility', choropleth?.level === level ? 'visible' : 'none');
    if (choropleth) {
      if (choropleth.level > 0) liveRef.current?.ensureLevel(choropleth.level as 1 | 2);
      const fc = liveRef.current?.data[`nuts${choropleth.level}`];
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
