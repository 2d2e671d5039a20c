/**
 * The shop's own usual level of a metric: median and quartiles of its latest sessions.
 * The fairest benchmark there is (same shop, same category, same audience), but it only says
 * "better or worse than usual", not "good".
 */
import type { MetricId } from '../metrics/catalog';
import { latestValues, quantile } from './history';
import type { ShopHistory } from './types';

export interface OwnBaseline {
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** sessions that had a value */
  n: number;
  /** of those, how many were bounds (10万+, <0.01%) used as if exact: biased toward the bound */
  bounded: number;
}

/** Fewer sessions than this and the baseline is not used for a verdict. */
export const OWN_MIN_SESSIONS = 3;

/**
 * @param n how many of the latest sessions with a value to use
 * @param opts.skip leave out the latest `skip` sessions with a value, e.g. to compare the recent
 *   sessions against the ones before them rather than against themselves
 */
export function ownBaseline(history: ShopHistory, metric: MetricId, n = 10, opts: { skip?: number } = {}): OwnBaseline {
  const picked = latestValues(history, metric, n, opts.skip ?? 0);
  const xs = picked.map((p) => p.value.value);
  const bounded = picked.filter((p) => p.value.qualifier && p.value.qualifier !== 'approx').length;
  return { median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), n: xs.length, bounded };
}
