/**
 * The 2D map: regions as SVG paths (d3-geo over MapLibre's Web Mercator camera), the context
 * places on a canvas, the case cities as SVG circles in the same colours and sizes as the WebGL
 * map. It paints the first view before MapLibre and deck.gl are even parsed, and it is the map
 * where WebGL is missing or drawn in software. Pan by dragging, zoom with the wheel or the
 * buttons, walk with the keyboard; a click on a city opens its card, on a region filters to it.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Rgb } from '../domain/palettes';
import type { Camera } from '../domain/viewState';
import { arcControl, inView, panBy, projector, zoomAround, type Viewport } from '../domain/mercator';
import { FILL_ALPHA } from '../domain/cityLayerData';
import { FOCUS_COLOUR } from '../domain/palettes';
import { cityRadius } from '../map/symbolSize';
import { cityNames, NAME_STYLE, placeNames } from '../domain/cityLabels';
import { bandNow, HIGH_BAND_ZOOM, loadBand } from '../map/geometry';
import { baseLayers, SEA, type BaseMapInput } from './baseLayers';
import { PlacesCanvas } from './PlacesCanvas';
import { useMapWalk, walkRingRadius, type WalkCamera } from '../map/useMapWalk';
import { setCurrentBase } from '../map/mapRegistry';
import type { MapContentProps } from '../map/mapContent';
import { t } from '../i18n/messages';

export interface SvgMapProps extends MapContentProps {
  readonly camera: Camera;
  /** Once, when the regions and cities are first on screen. */
  readonly onDrawn: () => void;
}

type Bands = Readonly<Record<string, FeatureCollection>>;
const DRAG_THRESHOLD = 4;
const ZERO: Viewport = { width: 0, height: 0 };
const rgb = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

export default function SvgMap(props: SvgMapProps) {
  const box = useRef<HTMLDivElement>(null);
  const [measured, setView] = useState<Viewport>();
  const view = measured ?? ZERO;
  // The camera is the state's (the link's): a pan or zoom dispatches, and the map follows.
  const camera = props.camera;
  const [low, setLow] = useState<Bands | undefined>(() => bandNow('low'));
  const [high, setHigh] = useState<Bands | undefined>(() => bandNow('high'));
  const [drag, setDrag] = useState<{ dx: number; dy: number }>();
  const helpId = useId();
  const live = useRef({ camera, view, onCamera: props.onCamera, onDrawn: props.onDrawn, base: undefined as BaseMapInput | undefined });

  const commit = (next: Camera) => live.current.onCamera(next);

  useLayoutEffect(() => {
    const el = box.current!;
    // A hidden map (another view in front) keeps its last size, so the exports still draw it.
    const measure = () => setView((v) => {
      const [width, height] = [el.clientWidth, el.clientHeight];
      return v && (width === 0 || (v.width === width && v.height === height)) ? v : { width, height };
    });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  useEffect(() => { if (!low) loadBand('low').then(setLow, () => undefined); }, [low]);
  const wantsHigh = camera.zoom >= HIGH_BAND_ZOOM;
  useEffect(() => { if (wantsHigh && !high) loadBand('high').then(setHigh, () => undefined); }, [wantsHigh, high]);

  const { choropleth, showRegions } = props;
  const base = useMemo(() => (low && view.width > 0 ? baseLayers({ low, high, camera, view, choropleth, showRegions }) : undefined),
    [low, high, camera, view, choropleth, showRegions]);
  // Handlers and the exports read the map as it is now.
  useEffect(() => {
    live.current = { camera, view, onCamera: props.onCamera, onDrawn: props.onDrawn, base: low ? { low, high, camera, view, choropleth, showRegions } : undefined };
  });
  // The exports (PNG, SVG) draw this map's base while it is on screen.
  useEffect(() => setCurrentBase(async () => { const b = live.current.base; if (!b) throw new Error(t('share.noMap')); return b; }), []);

  const drawn = base !== undefined;
  // The first view is on screen after the frame that shows the map has been painted; or, where
  // another view hides the map (a link to the table), after the first frame.
  const hidden = measured !== undefined && measured.width === 0;
  useEffect(() => {
    if (!drawn && !hidden) return;
    requestAnimationFrame(() => setTimeout(() => live.current.onDrawn(), 0));
  }, [drawn, hidden]);

  // The wheel zooms around the pointer; wheel events are coalesced into one step per frame.
  useEffect(() => {
    const el = box.current!;
    let pending = 0;
    let at: [number, number] = [0, 0];
    let frame = 0;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      at = [e.clientX - r.left, e.clientY - r.top];
      pending += -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002);
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const dz = Math.max(-1, Math.min(1, pending));
        pending = 0;
        const { camera: c, view: v, onCamera } = live.current;
        const next = zoomAround(c, v, at, dz);
        if (next !== c) onCamera(next);
      });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => { el.removeEventListener('wheel', onWheel); cancelAnimationFrame(frame); };
  }, []);

  const pointer = useRef<{ id: number; x: number; y: number; moved: boolean } | undefined>(undefined);
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || (e.target as Element).closest('button')) return;
    pointer.current = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const p = pointer.current;
    if (!p || p.id !== e.pointerId) return;
    const dx = e.clientX - p.x;
    const dy = e.clientY - p.y;
    if (!p.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!p.moved) { p.moved = true; box.current?.setPointerCapture(e.pointerId); }
    setDrag({ dx, dy });
  };
  const onPointerUp = (e: PointerEvent) => {
    const p = pointer.current;
    pointer.current = undefined;
    if (!p || p.id !== e.pointerId) return;
    if (p.moved) {
      setDrag(undefined);
      commit(panBy(camera, view, e.clientX - p.x, e.clientY - p.y));
      return;
    }
    const target = e.target as Element;
    const city = target.closest('[data-city]')?.getAttribute('data-city');
    if (city) { props.onSelect(city); return; }
    const region = target.closest('[data-region]')?.getAttribute('data-region');
    if (region) props.onRegionClick(region);
  };

  const walkCam: WalkCamera = {
    centre: () => [live.current.camera.lon, live.current.camera.lat],
    zoomBy: (d) => commit(zoomAround(live.current.camera, live.current.view, [live.current.view.width / 2, live.current.view.height / 2], d)),
    contains: (p) => inView(live.current.camera, live.current.view, p),
    centreOn: (p) => commit({ ...live.current.camera, lon: p[0], lat: p[1] }),
  };
  const { focused, announcement, onKeyDown } = useMapWalk(props.walk, () => walkCam,
    (kind, id) => (kind === 'cities' ? props.onSelect(id) : props.onRegionClick(id)));

  const project = useMemo(() => projector(camera, view), [camera, view]);
  const { cities, shownIds, colourOf, highlighted, arcs } = props;
  const circles = useMemo(() => {
    const out: { id: string; name: string; x: number; y: number; r: number; fill: string }[] = [];
    for (const c of cities) {
      if (!shownIds.has(c.id)) continue;
      const [x, y] = project(c.lonLat);
      const r = cityRadius(c);
      if (x < -r || y < -r || x > view.width + r || y > view.height + r) continue;
      out.push({ id: c.id, name: c.name, x, y, r, fill: rgb(colourOf(c)) });
    }
    return out;
  }, [cities, shownIds, colourOf, project, view]);
  // The same cities are named as on the WebGL map, above their symbols, from the same zoom on.
  const labels = useMemo(() => placeNames(cityNames(cities, (id) => shownIds.has(id), camera.zoom, cityRadius), project, view.width, view.height),
    [cities, shownIds, camera.zoom, project, view]);
  const ring = focused ? { at: project(focused.lonLat), r: walkRingRadius(focused, props.walk.kind) } : undefined;
  const shift = drag ? `translate(${drag.dx}px, ${drag.dy}px)` : undefined;

  return (
    <div ref={box} className="map2d" data-renderer="2d" data-drawn={drawn ? '1' : '0'} data-walk-focus={focused?.id ?? ''}
      role="application" tabIndex={0} aria-label={t('map.label')} aria-describedby={helpId} onKeyDown={onKeyDown}
      onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => { pointer.current = undefined; setDrag(undefined); }}>
      <div className="map2d-pan" style={{ transform: shift }}>
        <svg className="map2d-layer" width={view.width} height={view.height} aria-hidden="true">
          <rect width={view.width} height={view.height} fill={SEA} />
          {base?.map((p) => (
            <path key={p.key} d={p.d} fill={p.fill ?? 'none'} stroke={p.stroke} strokeWidth={p.width} data-region={p.region} />
          ))}
        </svg>
        {props.showPlaces && <PlacesCanvas camera={camera} view={view} />}
        <svg className="map2d-layer map2d-top" width={view.width} height={view.height} aria-hidden="true">
          <defs>
            <linearGradient id="map2d-arc" gradientUnits="objectBoundingBox"><stop offset="0" stopColor="rgb(68,1,84)" /><stop offset="1" stopColor="rgb(53,183,121)" /></linearGradient>
          </defs>
          {arcs?.map((a) => {
            const [x0, y0] = project(a.from.lonLat);
            const [x1, y1] = project(a.to.lonLat);
            const [mx, my] = arcControl([x0, y0], [x1, y1]);
            return <path key={`${a.from.id}-${a.to.id}`} d={`M${x0},${y0}Q${mx},${my} ${x1},${y1}`} fill="none" stroke="url(#map2d-arc)" strokeWidth={3} strokeOpacity={0.9} />;
          })}
          {circles.map((c) => (
            <circle key={c.id} data-city={c.id} cx={c.x} cy={c.y} r={c.r} fill={c.fill} fillOpacity={FILL_ALPHA / 255} stroke="#fff" strokeWidth={1}><title>{c.name}</title></circle>
          ))}
          {highlighted.map((c) => { const [x, y] = project(c.lonLat); return <circle key={`hl-${c.id}`} cx={x} cy={y} r={cityRadius(c) + 5} fill="none" stroke="#000" strokeWidth={3} />; })}
          {ring && <>
            <circle cx={ring.at[0]} cy={ring.at[1]} r={ring.r} fill="none" stroke="#fff" strokeWidth={7} />
            <circle cx={ring.at[0]} cy={ring.at[1]} r={ring.r} fill="none" stroke={FOCUS_COLOUR} strokeWidth={3} />
          </>}
          <g className="map2d-labels" fontFamily={NAME_STYLE.fontFamily} fontSize={NAME_STYLE.size} fontWeight={NAME_STYLE.weight} fill={NAME_STYLE.fill}
            stroke={NAME_STYLE.halo} strokeOpacity={NAME_STYLE.haloOpacity} strokeWidth={NAME_STYLE.haloWidth} strokeLinejoin="round" paintOrder="stroke">
            {labels.map((l) => <text key={l.id} x={l.x} y={l.y} textAnchor="middle" dominantBaseline="central">{l.name}</text>)}
          </g>
        </svg>
      </div>
      <div className="map2d-zoom">
        <button type="button" tabIndex={-1} aria-label={t('map.zoomIn')} title={t('map.zoomIn')} onClick={() => walkCam.zoomBy(1)}>+</button>
        <button type="button" tabIndex={-1} aria-label={t('map.zoomOut')} title={t('map.zoomOut')} onClick={() => walkCam.zoomBy(-1)}>−</button>
      </div>
      <p id={helpId} className="visually-hidden">{t(props.walk.kind === 'cities' ? 'map.keyHelp' : 'map.keyHelpRegions')}</p>
      <p className="visually-hidden map-announce" role="status">{announcement}</p>
    </div>
  );
}
