/**
 * The live-room funnel as the backends show it: 曝光 → 观看 → 商品曝光 → 点击 → 成交 (people).
 * Widths are on a log scale shared by the sessions drawn together, because the steps differ by
 * orders of magnitude (88,400 impressions, 61 buyers) and a linear bar would hide the bottom.
 */
import type { MetricId } from '../metrics/catalog';
import type { SessionRow } from '../store/rows';

export const FUNNEL_STEPS = ['impressionsUv', 'viewers', 'productImpressionsUv', 'productClicksUv', 'buyers'] as const satisfies readonly MetricId[];

export interface FunnelStep {
  metric: MetricId;
  value: number | null;
  /** 0..1 of the scale; 0 when missing */
  width: number;
  /** this step ÷ the step before; null when either is missing or the step before is 0 */
  rate: number | null;
}

const num = (s: Pick<SessionRow, 'latest'>, m: MetricId): number | null => {
  const v = s.latest[m]?.value;
  return v === undefined || v === null || !Number.isFinite(v) ? null : v;
};

/** The largest step value among the sessions: the common scale. */
export const funnelScale = (sessions: readonly Pick<SessionRow, 'latest'>[]): number =>
  Math.max(0, ...sessions.flatMap((s) => FUNNEL_STEPS.map((m) => num(s, m) ?? 0)));

export function funnel(s: Pick<SessionRow, 'latest'>, scale: number): FunnelStep[] {
  const logMax = Math.log10(scale + 1);
  let prev: number | null = null;
  return FUNNEL_STEPS.map((metric, i) => {
    const value = num(s, metric);
    const width = value === null || logMax <= 0 ? 0 : Math.max(0.02, Math.log10(value + 1) / logMax);
    const rate = i === 0 || value === null || prev === null || prev === 0 ? null : value / prev;
    prev = value;
    return { metric, value, width, rate };
  });
}

/** True when the session shows at least two funnel steps: one alone is not a funnel. */
export const hasFunnel = (s: Pick<SessionRow, 'latest'>): boolean => FUNNEL_STEPS.filter((m) => num(s, m) !== null).length >= 2;
