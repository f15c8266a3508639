/**
 * The map as one tab stop that a keyboard can walk: arrow keys to the nearest item in that
 * direction, Home/End to the largest/smallest, +/- to zoom, Enter to open (or filter to) the
 * focused item. Each step is announced through a live region.
 */
import { useState, type KeyboardEvent } from 'react';
import { extremeItem, nearestInDirection, type Direction } from '../domain/mapWalk';
import type { MapWalk, MapWalkItem } from '../state/useWalkItems';
import { t } from '../i18n/messages';
import { cityRadius } from './symbolSize';

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** What the walk needs of a map, whichever renderer draws it (MapLibre, or the 2D map). */
export interface WalkCamera {
  centre(): readonly [number, number];
  zoomBy(delta: 1 | -1): void;
  contains(lonLat: readonly [number, number]): boolean;
  centreOn(lonLat: readonly [number, number]): void;
}

export function useMapWalk(walk: MapWalk, map: () => WalkCamera | null, onActivate: (kind: MapWalk['kind'], id: string) => void) {
  // The focus belongs to one kind of walk: switching between cities and regions starts afresh.
  const [focus, setFocus] = useState<{ kind: MapWalk['kind']; id: string }>();
  const [announcement, setAnnouncement] = useState('');
  const focused = focus?.kind === walk.kind ? walk.items.find((i) => i.id === focus.id) : undefined;

  const onKeyDown = (e: KeyboardEvent) => {
    const m = map();
    if (!m || e.altKey || e.ctrlKey || e.metaKey) return;
    let next: MapWalkItem | undefined;
    const direction = ARROWS[e.key];
    if (direction) {
      next = nearestInDirection(walk.items, focused?.lonLat ?? m.centre(), direction);
      if (!next) setAnnouncement(t('map.walkEnd'));
    } else if (e.key === 'Home' || e.key === 'End') {
      next = extremeItem(walk.items, e.key === 'Home' ? 'largest' : 'smallest');
    } else if (e.key === '+' || e.key === '=') {
      m.zoomBy(1);
    } else if (e.key === '-' || e.key === '_') {
      m.zoomBy(-1);
    } else if (e.key === 'Enter' && focused) {
      onActivate(walk.kind, focused.id);
    } else {
      return;
    }
    // The walk's keys are the map's alone (a presentation also listens to the arrows on the window).
    e.preventDefault();
    e.stopPropagation();
    if (!next) return;
    setFocus({ kind: walk.kind, id: next.id });
    setAnnouncement(next.announce());
    if (!m.contains(next.lonLat)) m.centreOn(next.lonLat);
  };
  return { focused, announcement, onKeyDown };
}

/** The focus ring's radius: around a city's symbol, or a fixed ring around a region's anchor. */
export function walkRingRadius(focused: MapWalkItem, kind: MapWalk['kind']): number {
  return kind === 'cities' ? cityRadius({ population: focused.rank }) + 6 : 14;
}
