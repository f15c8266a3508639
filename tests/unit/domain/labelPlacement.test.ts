import { describe, expect, it } from 'vitest';
import { placeLabels, worldPixel } from '../../../src/domain/labelPlacement';

const wien = { id: 'wien', lonLat: [16.37, 48.21] as const, text: 'Wien', priority: 6.3, offsetY: -20 };
const bratislava = { id: 'bratislava', lonLat: [17.11, 48.15] as const, text: 'Bratislava', priority: 5.7, offsetY: -16 };
const graz = { id: 'graz', lonLat: [15.44, 47.07] as const, text: 'Graz', priority: 5.5, offsetY: -16 };

describe('label collision', () => {
  it('projects like MapLibre: the world is 512 px wide at zoom 0, Greenwich in the middle', () => {
    expect(worldPixel([0, 0], 0)).toEqual([256, 256]);
    expect(worldPixel([180, 0], 1)[0]).toBe(1024);
    expect(worldPixel([0, 60], 0)[1]).toBeLessThan(256);
  });
  it('drops the smaller city where two names would overlap, keeps both when zoomed in far enough', () => {
    // 55 km apart: at zoom 5 about 40 px, closer than "Bratislava" is half wide (~38 px) plus "Wien" (~16 px).
    expect([...placeLabels([bratislava, wien, graz], 5)].sort()).toEqual(['graz', 'wien']);
    expect([...placeLabels([bratislava, wien, graz], 7)].sort()).toEqual(['bratislava', 'graz', 'wien']);
  });
  it('is decided by priority, not by input order', () => {
    expect(placeLabels([wien, bratislava], 5)).toEqual(placeLabels([bratislava, wien], 5));
    expect([...placeLabels([{ ...bratislava, priority: 9 }, wien], 5)]).toEqual(['bratislava']);
  });
});
