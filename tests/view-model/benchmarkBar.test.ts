/** The benchmark bar's geometry comes from the engine's comparison: every reference, one scale. */
import { describe, expect, it } from 'vitest';
import { compareToBenchmarks, ownBaseline } from '../../lib/growth';
import { benchmarkBar } from '../../lib/view-model/benchmarkBar';
import { shop } from '../growth/fixtures';

describe('benchmarkBar', () => {
  const history = shop(10, (i) => ({ impressionToViewRate: 0.1 + i * 0.005 }));
  const own = ownBaseline(history, 'impressionToViewRate');

  it('places the value, the stage band, own quartiles and median, a peer value and the target', () => {
    const value = { value: 0.12 };
    const cmp = compareToBenchmarks('impressionToViewRate', value, {
      stage: 'growth',
      own,
      target: 0.2,
      peer: [{ kind: 'peerMedian', text: '8.5%', value: 0.085 }],
    });
    const bar = benchmarkBar(value, cmp, own)!;
    expect(bar.marks.map((m) => m.kind).sort()).toEqual(['median', 'peer', 'target']);
    expect(bar.ranges.map((r) => r.kind).sort()).toEqual(['band', 'own']);
    for (const x of [bar.x!, ...bar.marks.map((m) => m.x), ...bar.ranges.flatMap((r) => [r.x0, r.x1])]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    const peer = bar.marks.find((m) => m.kind === 'peer')!;
    const target = bar.marks.find((m) => m.kind === 'target')!;
    expect(peer.x).toBeLessThan(bar.x!);
    expect(target.x).toBeGreaterThan(bar.x!);
    expect(bar.tone).toBe('bad'); // under the user's target: the target is the primary reference
    expect(bar.notes.length).toBe(cmp.verdicts.length);
  });

  it('a share of peers beaten is not drawn on the metric’s scale', () => {
    const value = { value: 26439 };
    const cmp = compareToBenchmarks('gpm', value, { stage: 'growth', peer: [{ kind: 'peerBeatShare', text: '62%', value: 0.62 }] });
    expect(benchmarkBar(value, cmp)).toBeNull();
  });

  it('a missing value still shows the references, with no dot', () => {
    const value = { value: null };
    const cmp = compareToBenchmarks('avgWatchSeconds', value, { stage: 'novice' });
    const bar = benchmarkBar(value, cmp)!;
    expect(bar.x).toBeNull();
    expect(bar.ranges).toHaveLength(1);
    expect(bar.tone).toBe('unknown');
  });

  it('lower-is-better: refunds over the band are bad', () => {
    const value = { value: 0.4 };
    const bar = benchmarkBar(value, compareToBenchmarks('refundRate', value, { stage: 'growth' }))!;
    expect(bar.tone).toBe('bad');
    const ok = benchmarkBar({ value: 0.03 }, compareToBenchmarks('refundRate', { value: 0.03 }, { stage: 'growth' }))!;
    expect(ok.tone).toBe('good');
  });
});
