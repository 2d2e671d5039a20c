/** Sessions side by side: deltas, medians, best/worst by better-direction, missing never 0. */
import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../lib/metrics/catalog';
import type { SessionRow, StoredValue } from '../../lib/store/rows';
import { compareSessions, metricsOf, relChange, shopMedians } from '../../lib/view-model/compare';

const v = (value: number | null, source: 'observed' | 'derived' = 'observed'): StoredValue => ({ value, unit: 'count', source, text: String(value), at: 0 });
const s = (id: string, latest: Partial<Record<MetricId, number | null>>): SessionRow => ({
  id,
  shopId: 'compass:x',
  platform: 'compass',
  key: id,
  title: id,
  start: 0,
  end: null,
  timeText: null,
  live: false,
  t: 0,
  firstSeen: 0,
  lastSeen: 0,
  latest: Object.fromEntries(Object.entries(latest).map(([m, x]) => [m, v(x as number | null)])),
});

describe('compareSessions', () => {
  const a = s('a', { gmv: 1000, refundAmount: 50, viewers: 100, adSpend: 10 });
  const b = s('b', { gmv: 2000, refundAmount: 20, viewers: null, adSpend: 30 });
  const c = s('c', { gmv: 500, refundAmount: 80, adSpend: 20 });
  const rows = compareSessions([a, b, c], shopMedians([a, b, c]));
  const row = (m: MetricId) => rows.find((r) => r.metric === m)!;

  it('marks best and worst by the metric’s direction: higher GMV, lower refunds', () => {
    expect(row('gmv').cells.map((x) => [x.best, x.worst])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
    expect(row('refundAmount').cells.map((x) => [x.best, x.worst])).toEqual([
      [false, false],
      [true, false],
      [false, true],
    ]);
  });

  it('never ranks a neutral metric (paid spend is neither good nor bad)', () => {
    expect(row('adSpend').cells.every((x) => !x.best && !x.worst)).toBe(true);
  });

  it('leaves a missing value out: not 0, no delta, no rank; one known value ranks nothing', () => {
    const viewers = row('viewers');
    expect(viewers.cells[1]!.value).toBeNull();
    expect(viewers.cells[1]!.vsFirst).toBeNull();
    expect(viewers.cells.every((x) => !x.best && !x.worst)).toBe(true);
    expect(viewers.cells[2]!.stored).toBeNull();
  });

  it('gives the change against the first session and against the shop median', () => {
    expect(row('gmv').cells[0]!.vsFirst).toBeNull();
    expect(row('gmv').cells[1]!.vsFirst).toBe(1);
    expect(row('gmv').cells[2]!.vsFirst).toBe(-0.5);
    expect(row('gmv').median).toBe(1000);
    expect(row('gmv').cells[1]!.vsMedian).toBe(1);
  });

  it('lists metrics any session holds, in catalogue order', () => {
    expect(metricsOf([a, b, c])).toEqual(['viewers', 'gmv', 'refundAmount', 'adSpend']);
  });

  it('ties share the mark; all equal ranks nothing', () => {
    const r = compareSessions([s('x', { gmv: 5 }), s('y', { gmv: 5 }), s('z', { gmv: 1 })], {})[0]!;
    expect(r.cells.map((x) => x.best)).toEqual([true, true, false]);
    const eq = compareSessions([s('x', { gmv: 5 }), s('y', { gmv: 5 })], {})[0]!;
    expect(eq.cells.some((x) => x.best || x.worst)).toBe(false);
  });

  it('relChange: null for unknowns and a zero base', () => {
    expect(relChange(null, 1)).toBeNull();
    expect(relChange(1, 0)).toBeNull();
    expect(relChange(-50, -100)).toBe(0.5);
  });
});
