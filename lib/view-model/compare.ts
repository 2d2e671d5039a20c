/**
 * Sessions side by side: for every metric any of them holds, each session's value, its change
 * against the first session and against the shop's median, and which is best and worst by the
 * metric's better-direction. A missing value is never 0: it is left out of best/worst and of
 * every delta.
 */
import { METRIC_IDS, METRICS, type MetricId } from '../metrics/catalog';
import { median } from '../growth/history';
import type { SessionRow, StoredValue } from '../store/rows';

export interface CompareCell {
  stored: StoredValue | null;
  value: number | null;
  /** relative change against the first session; null when either side is unknown or the first is 0 */
  vsFirst: number | null;
  vsMedian: number | null;
  best: boolean;
  worst: boolean;
}

export interface CompareRow {
  metric: MetricId;
  median: number | null;
  cells: CompareCell[];
}

const known = (v: StoredValue | undefined | null): v is StoredValue & { value: number } => !!v && v.value !== null && Number.isFinite(v.value);

export const relChange = (x: number | null, base: number | null): number | null =>
  x === null || base === null || base === 0 ? null : (x - base) / Math.abs(base);

/** The median of every metric over the shop's sessions (missing values left out). */
export function shopMedians(sessions: readonly SessionRow[]): Partial<Record<MetricId, number>> {
  const buckets = new Map<MetricId, number[]>();
  for (const s of sessions) {
    for (const [m, v] of Object.entries(s.latest) as Array<[MetricId, StoredValue | undefined]>) {
      if (!known(v)) continue;
      let b = buckets.get(m);
      if (!b) buckets.set(m, (b = []));
      b.push(v.value);
    }
  }
  const out: Partial<Record<MetricId, number>> = {};
  for (const [m, xs] of buckets) {
    const md = median(xs);
    if (md !== null) out[m] = md;
  }
  return out;
}

/** Metrics any of the sessions holds, in catalogue order. */
export const metricsOf = (sessions: readonly SessionRow[]): MetricId[] => METRIC_IDS.filter((m) => sessions.some((s) => s.latest[m] !== undefined));

export function compareSessions(
  sessions: readonly SessionRow[],
  medians: Partial<Record<MetricId, number>>,
  metrics: readonly MetricId[] = metricsOf(sessions),
): CompareRow[] {
  return metrics.map((metric) => {
    const stored = sessions.map((s) => s.latest[metric] ?? null);
    const values = stored.map((v) => (known(v) ? v.value : null));
    const first = values[0] ?? null;
    const md = medians[metric] ?? null;
    const xs = values.filter((v): v is number => v !== null);
    const better = METRICS[metric].better;
    const ranked = better !== 'neutral' && xs.length >= 2 && Math.min(...xs) !== Math.max(...xs);
    const top = better === 'lower' ? Math.min(...xs) : Math.max(...xs);
    const bottom = better === 'lower' ? Math.max(...xs) : Math.min(...xs);
    return {
      metric,
      median: md,
      cells: stored.map((v, i) => {
        const x = values[i] ?? null;
        return {
          stored: v,
          value: x,
          vsFirst: i === 0 ? null : relChange(x, first),
          vsMedian: relChange(x, md),
          best: ranked && x !== null && x === top,
          worst: ranked && x !== null && x === bottom,
        };
      }),
    };
  });
}
