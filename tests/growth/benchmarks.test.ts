import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../../lib/capture/types';
import type { MetricId } from '../../lib/metrics/catalog';
import { BANDS, bandFor, bandsFor, compareToBenchmarks, ownBaseline, type CompareContext, type MetricValue, type Position } from '../../lib/growth';
import { shop } from './fixtures';

const NOVICE: CompareContext = { stage: 'novice' };
const GROWTH: CompareContext = { stage: 'growth' };
const band = (metric: MetricId, value: MetricValue, ctx: CompareContext = NOVICE) =>
  compareToBenchmarks(metric, value, ctx).verdicts.find((v) => v.kind === 'band');

describe('compareToBenchmarks against the stage band', () => {
  // novice bands: impressionToViewRate 10–20 %, refundRate 5–25 %, clickToPayRate 5–15 %
  it.each<[string, MetricId, MetricValue, Position, boolean | null, number | null]>([
    ['higher-better, below', 'impressionToViewRate', { value: 0.05 }, 'below', false, -0.5],
    ['higher-better, within', 'impressionToViewRate', { value: 0.15 }, 'within', true, 0],
    ['higher-better, above', 'impressionToViewRate', { value: 0.3 }, 'above', true, 0.5],
    ['lower-better, above is bad', 'refundRate', { value: 0.3 }, 'above', false, -0.2],
    ['lower-better, below is good', 'refundRate', { value: 0.02 }, 'below', true, 0.6],
    ['lower-better, within', 'refundRate', { value: 0.1 }, 'within', true, 0],
    ['edge counts as within', 'clickToPayRate', { value: 0.05 }, 'within', true, 0],
    ['missing value', 'clickToPayRate', { value: null }, 'unknown', null, null],
    ['NaN is missing, not 0', 'clickToPayRate', { value: NaN }, 'unknown', null, null],
    ['below-qualifier under the band', 'refundRate', { value: 0.0001, qualifier: 'below' }, 'below', true, null],
    ['below-qualifier, bad side', 'clickToPayRate', { value: 0.0001, qualifier: 'below' }, 'below', false, null],
    ['below-qualifier inside the band: unknown', 'clickToPayRate', { value: 0.1, qualifier: 'below' }, 'unknown', null, null],
    ['approx is used as the value', 'clickToPayRate', { value: 0.2, qualifier: 'approx' }, 'above', true, null],
  ])('%s', (_, metric, value, position, good, gap) => {
    const v = band(metric, value);
    expect(v).toBeDefined();
    expect(v?.position).toBe(position);
    expect(v?.good).toBe(good);
    if (gap === null && position === 'unknown') expect(v?.gap).toBeNull();
    else if (gap !== null) expect(v?.gap).toBeCloseTo(gap, 6);
  });

  it('a missing value says so, and is never placed', () => {
    const r = compareToBenchmarks('gpm', { value: null }, { ...NOVICE, target: 1000, peer: [{ kind: 'peerMedian', text: '¥800', value: 800 }] });
    expect(r.verdicts.every((v) => v.position === 'unknown' && v.gap === null && v.good === null)).toBe(true);
    expect(r.verdicts[0]?.note.en).toMatch(/No value/);
    expect(r.primary?.kind).toBe('target');
  });

  it('a derived value is compared and says it was derived', () => {
    const v = band('impressionToViewRate', { value: 0.05, source: 'derived' });
    expect(v?.position).toBe('below');
    expect(v?.note.en).toMatch(/Derived as Viewers ÷ Room impressions/);
    expect(v?.note.zh).toMatch(/推算/);
  });

  it('bands say how weak they are', () => {
    const v = band('productImpressionToClickRate', { value: 0.2 });
    expect(v?.reference.trust).toBe('unverified default');
    expect(v?.note.en).toMatch(/unverified default/);
  });
});

describe('qualifiers: atLeast (10万+) against avgOnline growth band 50–500', () => {
  it.each<[number, Position, boolean | null]>([
    [1000, 'above', true], // ≥ 1000 is above 500 whatever the true value
    [500, 'unknown', true], // ≥ 500: within or above, good either way
    [100, 'unknown', true],
    [10, 'unknown', null], // ≥ 10: could be below, within or above
  ])('≥ %d', (value, position, good) => {
    const v = band('avgOnline', { value, qualifier: 'atLeast' }, GROWTH);
    expect(v?.position).toBe(position);
    expect(v?.good).toBe(good);
  });
  it('above-qualifier (>x) is strict: > 500 is above', () => {
    expect(band('avgOnline', { value: 500, qualifier: 'above' }, GROWTH)?.position).toBe('above');
  });
  it('the note says only a bound was shown', () => {
    expect(band('avgOnline', { value: 100000, qualifier: 'atLeast' }, GROWTH)?.note.en).toMatch(/lower bound \(≥100,000\)/);
  });
});

describe('targets, peers, own history', () => {
  it('the user target takes precedence as primary', () => {
    const r = compareToBenchmarks('impressionToViewRate', { value: 0.15 }, { ...NOVICE, target: 0.2 });
    expect(r.primary).toMatchObject({ kind: 'target', position: 'below', good: false });
    expect(r.primary?.gap).toBeCloseTo(-0.25, 6);
    expect(r.verdicts.map((v) => v.kind)).toEqual(['target', 'band']);
  });

  it('a target on a lower-is-better metric', () => {
    const r = compareToBenchmarks('refundRate', { value: 0.1 }, { ...NOVICE, target: 0.08 });
    expect(r.primary).toMatchObject({ kind: 'target', position: 'above', good: false });
    expect(r.primary?.gap).toBeCloseTo(-0.25, 6);
    expect(compareToBenchmarks('orderCost', { value: 20 }, { ...NOVICE, target: 25 }).primary).toMatchObject({ good: true, position: 'below' });
  });

  it('peer values: one verdict each, median first; primary prefers peers to bands', () => {
    const peer: Benchmark[] = [
      { kind: 'peerExcellent', text: '¥2,000', value: 2000 },
      { kind: 'peerMedian', text: '¥1,000', value: 1000 },
      { kind: 'peerBeatShare', text: '30.00%', value: 0.3 },
      { kind: 'peerTop', text: '--', value: null },
    ];
    const r = compareToBenchmarks('gpm', { value: 1500 }, { ...GROWTH, peer });
    expect(r.verdicts.map((v) => [v.reference.benchmark, v.position, v.good])).toEqual([
      ['peerMedian', 'above', true],
      ['peerExcellent', 'below', false],
      ['peerTop', 'unknown', null],
      ['peerBeatShare', 'below', false],
    ]);
    expect(r.primary?.reference.benchmark).toBe('peerMedian');
    const withBand = compareToBenchmarks('impressionToViewRate', { value: 0.12 }, { ...NOVICE, peer: [{ kind: 'peerMedian', text: '15%', value: 0.15 }] });
    expect(withBand.primary).toMatchObject({ kind: 'peer', position: 'below' });
  });

  it('a lower-is-better metric against a peer value', () => {
    const r = compareToBenchmarks('refundRate', { value: 0.1 }, { ...NOVICE, peer: [{ kind: 'peerAverage', text: '12%', value: 0.12 }] });
    expect(r.primary).toMatchObject({ kind: 'peer', position: 'below', good: true });
  });

  it('the platform account median is an own-kind verdict', () => {
    const r = compareToBenchmarks('gpm', { value: 800 }, { ...GROWTH, peer: [{ kind: 'accountMedian', text: '¥1,000', value: 1000 }] });
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]).toMatchObject({ kind: 'own', position: 'below', good: false });
  });

  it('own history: the middle half, and no verdict from fewer than 3 sessions', () => {
    const h = shop(10, (i) => ({ gpm: 100 * (i + 1) }));
    const own = ownBaseline(h, 'gpm');
    expect(compareToBenchmarks('gpm', { value: 200 }, { ...GROWTH, own }).primary).toMatchObject({ kind: 'own', position: 'below', good: false });
    expect(compareToBenchmarks('gpm', { value: 500 }, { ...GROWTH, own }).primary).toMatchObject({ kind: 'own', position: 'within' });
    const thin = ownBaseline(
      shop(2, () => ({ gpm: 100 })),
      'gpm',
    );
    const r = compareToBenchmarks('gpm', { value: 50 }, { ...GROWTH, own: thin });
    expect(r.verdicts[0]).toMatchObject({ kind: 'own', position: 'unknown', good: null, gap: null });
    expect(r.verdicts[0]?.note.en).toMatch(/Only 2 sessions/);
  });

  it('a neutral metric is placed but never judged', () => {
    const r = compareToBenchmarks('adSpend', { value: 100 }, { ...NOVICE, target: 50 });
    expect(r.primary).toMatchObject({ position: 'above', good: null });
  });

  it('nothing to compare with: no verdicts, primary null', () => {
    expect(compareToBenchmarks('gpm', { value: 100 }, NOVICE)).toEqual({ verdicts: [], primary: null });
  });
});

describe('ownBaseline', () => {
  it('median and quartiles of the latest n, in time order whatever the input order', () => {
    const h = shop(12, (i) => ({ gmv: i + 1 }));
    const reversed = { sessions: [...h.sessions].reverse() };
    expect(ownBaseline(reversed, 'gmv')).toEqual({ median: 7.5, q1: 5.25, q3: 9.75, n: 10, bounded: 0 });
    expect(ownBaseline(h, 'gmv', 4)).toMatchObject({ median: 10.5, n: 4 });
    expect(ownBaseline(h, 'gmv', 4, { skip: 4 })).toMatchObject({ median: 6.5, n: 4 });
  });
  it('skips missing values instead of counting them as 0, and counts bounds', () => {
    const h = shop(5, (i) => ({ viewers: i === 2 ? null : i === 4 ? { value: 100000, qualifier: 'atLeast' } : 100 }));
    expect(ownBaseline(h, 'viewers')).toMatchObject({ n: 4, median: 100, bounded: 1 });
  });
  it('no values: n 0 and null statistics', () => {
    expect(ownBaseline({ sessions: [] }, 'gmv')).toEqual({ median: null, q1: null, q3: null, n: 0, bounded: 0 });
  });
});

describe('band lookup', () => {
  it('category beats stage; another category never applies', () => {
    expect(bandFor('impressionToViewRate', 'novice')?.id).toBe('impressionToViewRate.early');
    expect(bandFor('impressionToViewRate', 'mature')?.id).toBe('impressionToViewRate.later');
    expect(bandFor('impressionToViewRate', 'novice', 'food')?.id).toBe('impressionToViewRate.food');
    expect(bandFor('refundRate', 'growth', 'food')?.id).toBe('refundRate');
    expect(bandFor('refundRate', 'growth', 'apparel')?.id).toBe('refundRate.apparel');
    expect(bandFor('productClickRate', 'growth')).toBeUndefined();
    expect(bandFor('gpm', 'growth', 'food')).toBeUndefined();
  });
  it('bandsFor gives one band per metric', () => {
    const set = bandsFor('growth', 'beauty');
    expect(set.avgWatchSeconds?.id).toBe('avgWatchSeconds.beauty');
    expect(set.followRate?.id).toBe('followRate.later');
  });
  it('every band is well formed', () => {
    const ids = new Set<string>();
    for (const b of BANDS) {
      expect(b.low).toBeLessThan(b.high);
      expect(b.low).toBeGreaterThanOrEqual(0);
      expect(b.source.zh && b.source.en).toBeTruthy();
      expect(ids.has(b.id)).toBe(false);
      ids.add(b.id);
    }
  });
});
