/** Trend data preparation (the canvas itself is tested in Chromium, tests/e2e/panel.e2e.ts). */
import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../lib/store/queries';
import { dateTick, pointColumns, trendColumns, trendSummary, yRange } from '../../lib/view-model/trend';

const p = (t: number, value: number | null): HistoryPoint => ({ sessionId: String(t), t, value, unit: 'cny', source: 'observed' });

describe('trend data', () => {
  it('x in seconds, strictly increasing; missing values are gaps (null), not 0', () => {
    const [xs, ys] = trendColumns([p(1_000_000, 5), p(1_000_000, 7), p(2_000_000, null)]);
    expect(xs).toEqual([1000, 1001, 2000]);
    expect(ys).toEqual([5, 7, null]);
  });

  it('minute points become the same columns', () => {
    expect(pointColumns([{ t: 60_000, value: 3 }])).toEqual([[60], [3]]);
  });

  it('summary: latest against the median of the earlier sessions', () => {
    const s = trendSummary([10, null, 20, 30, 40]);
    expect(s).toMatchObject({ n: 5, known: 4, latest: 40, median: 25, min: 10, max: 40 });
    expect(s.latestVsMedian).toBe(1); // 40 vs median(10, 20, 30) = 20
    expect(trendSummary([null, null])).toMatchObject({ latest: null, median: null, latestVsMedian: null });
  });

  it('y range holds the values and the band, never below 0 for non-negative data', () => {
    const [lo, hi] = yRange([0.1, 0.12], { low: 0.15, high: 0.25 });
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(lo).toBeLessThanOrEqual(0.1);
    expect(hi).toBeGreaterThanOrEqual(0.25);
    expect(yRange([])).toEqual([0, 1]);
  });

  it('date ticks name the year once the history spans more than ~200 days', () => {
    const t = Date.parse('2025-07-28T22:00:00+08:00') / 1000;
    expect(dateTick(t, 30 * 86_400)).toBe('07-28');
    expect(dateTick(t, 400 * 86_400)).toBe('2025-07');
  });
});
