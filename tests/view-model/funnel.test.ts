/** The live-room funnel: shared log scale, step rates, missing steps. */
import { describe, expect, it } from 'vitest';
import type { SessionRow, StoredValue } from '../../lib/store/rows';
import { FUNNEL_STEPS, funnel, funnelScale, hasFunnel } from '../../lib/view-model/funnel';

const v = (value: number | null): StoredValue => ({ value, unit: 'count', source: 'observed', text: '', at: 0 });
const latest = (xs: Array<number | null>): Pick<SessionRow, 'latest'> => ({ latest: Object.fromEntries(FUNNEL_STEPS.map((m, i) => [m, v(xs[i] ?? null)])) });

describe('funnel', () => {
  it('follows 曝光 → 观看 → 商品曝光 → 点击 → 成交', () => {
    expect(FUNNEL_STEPS).toEqual(['impressionsUv', 'viewers', 'productImpressionsUv', 'productClicksUv', 'buyers']);
  });

  it('widths on a shared log scale; rates step to step', () => {
    const a = latest([100_000, 10_000, 5_000, 1_000, 100]);
    const steps = funnel(a, funnelScale([a]));
    expect(steps[0]!.width).toBeCloseTo(1);
    expect(steps[4]!.width).toBeGreaterThan(0.3); // log: 100 of 100,000 is still visible
    expect(steps.map((x) => x.rate)).toEqual([null, 0.1, 0.5, 0.2, 0.1]);
  });

  it('a missing step has no bar and breaks the rate chain on both sides', () => {
    const steps = funnel(latest([1000, null, 300, 30, 3]), 1000);
    expect(steps[1]).toMatchObject({ value: null, width: 0, rate: null });
    expect(steps[2]!.rate).toBeNull();
    expect(steps[3]!.rate).toBe(0.1);
  });

  it('one step alone is not a funnel', () => {
    expect(hasFunnel(latest([null, 500]))).toBe(false);
    expect(hasFunnel(latest([1000, 500]))).toBe(true);
  });
});
