/**
 * Small pure helpers over a ShopHistory: order, pick a metric's values, summarise them.
 * Every other module reads sessions through these so "recent" means the same thing everywhere.
 */
import type { MetricId } from '../metrics/catalog';
import type { MetricValue, SessionSummary, ShopHistory } from './types';

const time = (s: SessionSummary): number => {
  const t = s.start ? Date.parse(s.start) : NaN;
  return Number.isFinite(t) ? t : -Infinity;
};

/**
 * Oldest first. Sessions without a readable start go first: we cannot claim they are recent.
 * Ties keep the input order (Array.prototype.sort is stable).
 */
export function sortSessions(sessions: readonly SessionSummary[]): SessionSummary[] {
  return [...sessions].sort((a, b) => time(a) - time(b) || 0);
}

/** A value that can be used as a number: present, finite. null, NaN and Infinity are unknown. */
export const known = (v: MetricValue | undefined): v is MetricValue & { value: number } => v !== undefined && v.value !== null && Number.isFinite(v.value);

export interface Picked {
  key: string;
  value: MetricValue & { value: number };
}

/**
 * The latest `n` known values of a metric, oldest first, after skipping the latest `skip`
 * sessions that have one. Sessions where the metric is missing are passed over, not counted as 0.
 */
export function latestValues(history: ShopHistory, metric: MetricId, n: number, skip = 0): Picked[] {
  const out: Picked[] = [];
  const sorted = sortSessions(history.sessions);
  for (let i = sorted.length - 1; i >= 0 && out.length < n + skip; i--) {
    const s = sorted[i];
    const v = s?.metrics[metric];
    if (s && known(v)) out.push({ key: s.key, value: v });
  }
  return out.slice(skip).reverse();
}

/** Quantile by linear interpolation between order statistics (the common "type 7"). */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = xs[lo] ?? 0;
  const b = xs[hi] ?? a;
  return a + (b - a) * (pos - lo);
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5);

export interface RecentValue {
  value: MetricValue;
  /** how many sessions the value summarises */
  n: number;
  values: number[];
}

/**
 * The typical recent value of a metric: the median of the latest `n` known values.
 * One value keeps its qualifier; a median over bounded values (10万+) is only approximate.
 * If any input was derived, the result says so.
 */
export function recentValue(history: ShopHistory, metric: MetricId, n = 3): RecentValue {
  const picked = latestValues(history, metric, n);
  const values = picked.map((p) => p.value.value);
  const derived = picked.some((p) => p.value.source === 'derived');
  const source = derived ? ('derived' as const) : ('observed' as const);
  const only = picked.length === 1 ? picked[0] : undefined;
  if (only) return { value: { ...only.value }, n: 1, values };
  const bounded = picked.some((p) => p.value.qualifier !== undefined);
  const value: MetricValue = bounded ? { value: median(values), qualifier: 'approx', source } : { value: median(values), source };
  return { value, n: picked.length, values };
}

/**
 * 抖店 shows the experience score on a 5-point scale (old, 4.86) or a 100-point scale (new, 92).
 * Thresholds in this folder are on the 100-point scale; a value ≤ 5 is read as 5-point and scaled.
 * The two scales are not strictly linear equivalents, which is one more reason the thresholds
 * that use this are marked unverified.
 */
export function score100(score: number | undefined): number | undefined {
  if (score === undefined || !Number.isFinite(score)) return undefined;
  // rounded so 4.86 shows as 97.2, not 97.20000000000002
  return score <= 5 ? Math.round(score * 2000) / 100 : score;
}
