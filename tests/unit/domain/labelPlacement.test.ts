import { describe, expect, it } from 'vitest';
import { placeLabels, RecentPlacements, worldPixel } from '../../../src/domain/labelPlacement';

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

describe('recent placements', () => {
  const place = (items: readonly { id: string }[]) => items.filter((c) => c.id !== 'b');
  const [a, b, c] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('gives the same list for the same candidates at the same step, placing them once', () => {
    const recent = new RecentPlacements<{ id: string }>();
    let calls = 0;
    const counted = (items: readonly { id: string }[]) => { calls++; return place(items); };
    const first = recent.get('5', [a, b, c], counted);
    expect(first).toEqual([a, c]);
    expect(recent.get('5', [{ ...a }, b, c], counted)).toBe(first);
    expect(calls).toBe(1);
    expect(recent.get('5.25', [a, b, c], counted)).not.toBe(first);
    expect(recent.get('5', [a, c], counted)).toEqual([a, c]);
    expect(calls).toBe(3);
  });

  it('forgets the least recently used set beyond its size', () => {
    const recent = new RecentPlacements<{ id: string }>(2);
    const ab = recent.get('5', [a, b], place);
    const bc = recent.get('5', [b, c], place);
    expect(recent.get('5', [a, b], place)).toBe(ab); // now the most recent
    recent.get('5', [c], place); // drops [b, c]
    expect(recent.get('5', [a, b], place)).toBe(ab);
    expect(recent.get('5', [b, c], place)).not.toBe(bc);
  });
});
