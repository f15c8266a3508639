import { describe, expect, it } from 'vitest';
import { extremeItem, nearestInDirection, regionAnchor } from '../../../src/domain/mapWalk';

// A small map around Berlin (13.4, 52.5): cities placed by hand.
const berlin = { id: 'de-berlin', lonLat: [13.4, 52.5] as const, rank: 3_600_000 };
const hamburg = { id: 'de-hamburg', lonLat: [10.0, 53.55] as const, rank: 1_900_000 }; // west-north-west
const leipzig = { id: 'de-leipzig', lonLat: [12.37, 51.34] as const, rank: 600_000 }; // south, a little west
const szczecin = { id: 'pl-szczecin', lonLat: [14.55, 53.43] as const, rank: 400_000 }; // north-east, more north than east? (1.15 E, 0.93 N)
const poznan = { id: 'pl-poznan', lonLat: [16.93, 52.41] as const, rank: 530_000 }; // east
const unknown = { id: 'de-x', lonLat: [13.5, 50.0] as const }; // far south, no population
const cities = [berlin, hamburg, leipzig, szczecin, poznan, unknown];

describe('nearestInDirection', () => {
  it('goes to the closest city within 45° of the arrow', () => {
    expect(nearestInDirection(cities, berlin.lonLat, 'left')?.id).toBe('de-hamburg');
    expect(nearestInDirection(cities, berlin.lonLat, 'down')?.id).toBe('de-leipzig');
    // Szczecin is 1.15° east and 0.93° north (about 1.5 in Mercator units): north of 45°, so "up".
    expect(nearestInDirection(cities, berlin.lonLat, 'up')?.id).toBe('pl-szczecin');
    expect(nearestInDirection(cities, berlin.lonLat, 'right')?.id).toBe('pl-poznan');
  });

  it('gives nothing when no city lies that way, and never the city it starts from', () => {
    expect(nearestInDirection(cities, hamburg.lonLat, 'left')).toBeUndefined();
    expect(nearestInDirection([berlin], berlin.lonLat, 'up')).toBeUndefined();
  });

  it('breaks a tie in distance by id', () => {
    const a = { id: 'b', lonLat: [2, 1] as const };
    const b = { id: 'a', lonLat: [2, -1] as const };
    expect(nearestInDirection([a, b], [0, 0], 'right')?.id).toBe('a');
  });
});

describe('extremeItem', () => {
  it('Home is the largest, End the smallest known population', () => {
    expect(extremeItem(cities, 'largest')?.id).toBe('de-berlin');
    expect(extremeItem(cities, 'smallest')?.id).toBe('pl-szczecin');
    expect(extremeItem([unknown], 'largest')).toBeUndefined();
  });
});

describe('regionAnchor', () => {
  it('is the centroid of the largest polygon', () => {
    const square = (x: number, y: number, s: number) => [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]];
    expect(regionAnchor({ type: 'Polygon', coordinates: square(0, 0, 2) })).toEqual([1, 1]);
    expect(regionAnchor({ type: 'MultiPolygon', coordinates: [square(10, 10, 1), square(0, 0, 4)] })).toEqual([2, 2]);
    expect(regionAnchor({ type: 'Point', coordinates: [0, 0] })).toBeUndefined();
  });
});
