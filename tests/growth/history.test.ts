import { describe, expect, it } from 'vitest';
import type { MetricId } from '../../lib/metrics/catalog';
import { explainValue, recentValue, score100, sortSessions, type MetricValue } from '../../lib/growth';
import { iso, shop } from './fixtures';

describe('history helpers', () => {
  it('sorts by start; undated sessions count as oldest, in input order', () => {
    const keys = sortSessions([
      { key: 'b', start: iso(2), metrics: {} },
      { key: 'x', metrics: {} },
      { key: 'a', start: iso(1), metrics: {} },
      { key: 'y', start: 'not a date', metrics: {} },
    ]).map((s) => s.key);
    expect(keys).toEqual(['x', 'y', 'a', 'b']);
  });

  it('recentValue: median of the latest known values; derived and bounds are flagged', () => {
    const h = shop(5, (i) => ({ gmv: [1, 2, null, 4, 9][i] ?? null }));
    expect(recentValue(h, 'gmv')).toEqual({ value: { value: 4, source: 'observed' }, n: 3, values: [2, 4, 9] });
    const d = shop(3, (i) => ({ followRate: i === 2 ? { value: 0.02, source: 'derived' } : 0.01 }));
    expect(recentValue(d, 'followRate').value.source).toBe('derived');
    const b = shop(2, (i) => ({ viewers: i ? { value: 100000, qualifier: 'atLeast' } : 50000 }));
    expect(recentValue(b, 'viewers').value).toMatchObject({ value: 75000, qualifier: 'approx' });
    expect(
      recentValue(
        shop(1, () => ({ viewers: { value: 100000, qualifier: 'atLeast' } })),
        'viewers',
      ).value.qualifier,
    ).toBe('atLeast');
    expect(recentValue({ sessions: [] }, 'gmv')).toEqual({ value: { value: null, source: 'observed' }, n: 0, values: [] });
  });

  it.each([
    [4.86, 97.2],
    [5, 100],
    [92, 92],
    [undefined, undefined],
    [NaN, undefined],
  ])('score100(%s) = %s', (x, y) => {
    expect(score100(x)).toBe(y);
  });
});

describe('explainValue', () => {
  it.each<[MetricId, MetricValue | number | null, string, string]>([
    ['impressionToViewRate', 0.1234, '12.3%', '12.3%'],
    ['refundRate', { value: 0.0001, qualifier: 'below' }, '<0.01%', '<0.01%'],
    ['avgWatchSeconds', 65.4, '65秒', '65 s'],
    ['gmv', 236552, '¥236,552', '¥236,552'],
    ['uvValue', 8.756, '¥8.76', '¥8.76'],
    ['viewers', { value: 100000, qualifier: 'atLeast' }, '≥100,000', '≥100,000'],
    ['viewers', { value: 12000, qualifier: 'approx' }, '约12,000', '~12,000'],
    ['roi', 2.456, '2.46', '2.46'],
    ['gmv', null, '--', '--'],
  ])('%s %j', (metric, v, zh, en) => {
    expect(explainValue(metric, v, 'zh')).toBe(zh);
    expect(explainValue(metric, v, 'en')).toBe(en);
  });
});
