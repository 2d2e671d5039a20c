import { describe, expect, it } from 'vitest';
import { segmentStats, valueAt } from '../../lib/items/segments';
import type { PointRow } from '../../lib/store/rows';

const pts = (metric: PointRow['metric'], xs: Array<[number, number]>): PointRow[] => xs.map(([t, value], i) => ({ id: i, sessionId: 's', metric, t, value }));

describe('segments on the minute curve', () => {
  const gmv = pts('gmv', [
    [0, 100],
    [60_000, 400],
    [120_000, 1000],
  ]);
  const online = pts('currentOnline', [
    [0, 200],
    [30_000, 400],
  ]);
  const clicks = pts('productClicks', [
    [0, 10],
    [90_000, 70],
  ]);

  it('value at a time is the last point at or before it', () => {
    expect([valueAt(gmv, -1), valueAt(gmv, 0), valueAt(gmv, 59_999), valueAt(gmv, 60_000), valueAt(gmv, 1e9)]).toEqual([null, 100, 100, 400, 1000]);
  });

  it('GMV and clicks as end minus start; online as the time-weighted mean', () => {
    const s = segmentStats({ start: 0, end: 120_000, lastSeen: 120_000 }, { gmv, currentOnline: online, productClicks: clicks });
    expect(s).toEqual({ seconds: 120, gmv: 900, clicks: 60, avgOnline: (200 * 30 + 400 * 90) / 120, open: false });
  });

  it('an open segment is measured to its last sighting; an unknown start gives no figure', () => {
    const s = segmentStats({ start: 60_000, end: null, lastSeen: 120_000 }, { gmv });
    expect(s).toMatchObject({ seconds: 60, gmv: 600, clicks: null, avgOnline: null, open: true });
    expect(segmentStats({ start: -10, end: 60_000, lastSeen: 60_000 }, { gmv }).gmv).toBeNull();
  });

  it('a total that went down (a correction) gives no GMV figure rather than a negative one', () => {
    const fixed = pts('gmv', [
      [0, 500],
      [60_000, 450],
    ]);
    expect(segmentStats({ start: 0, end: 60_000, lastSeen: 60_000 }, { gmv: fixed }).gmv).toBeNull();
  });

  it('a GMV share is exact to the fen (no floating-point tail)', () => {
    const g = pts('gmv', [
      [0, 3193.6],
      [60_000, 5183.6],
    ]);
    expect(segmentStats({ start: 0, end: 60_000, lastSeen: 60_000 }, { gmv: g }).gmv).toBe(1990);
  });

  it('clicks fall back to people who clicked when click counts are not on the curve', () => {
    const uv = pts('productClicksUv', [
      [0, 5],
      [60_000, 25],
    ]);
    expect(segmentStats({ start: 0, end: 60_000, lastSeen: 60_000 }, { productClicksUv: uv }).clicks).toBe(20);
  });
});
