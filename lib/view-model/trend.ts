/**
 * Data preparation for the Trends charts (uPlot wants columns: x in seconds, y with null gaps).
 * Kept apart from the chart so it is tested without a canvas.
 */
import { METRIC_IDS, type MetricId } from '../metrics/catalog';
import { median } from '../growth/history';
import type { Band } from '../growth/bands';
import type { HistoryPoint } from '../store/queries';
import type { SessionRow } from '../store/rows';

export type Columns = [number[], Array<number | null>];

/** How many recent sessions a trend shows; null = all. */
export const TREND_RANGES: readonly (number | null)[] = [30, 90, null];

export function trendColumns(points: readonly HistoryPoint[]): Columns {
  const xs: number[] = [];
  const ys: Array<number | null> = [];
  for (const p of points) {
    // two sessions at the same instant would make uPlot's x non-increasing: nudge by a second
    const x = Math.floor(p.t / 1000);
    xs.push(xs.length && x <= xs[xs.length - 1]! ? xs[xs.length - 1]! + 1 : x);
    ys.push(p.value !== null && Number.isFinite(p.value) ? p.value : null);
  }
  return [xs, ys];
}

export function pointColumns(points: ReadonlyArray<{ t: number; value: number }>): Columns {
  return trendColumns(points.map((p) => ({ sessionId: '', t: p.t, value: p.value, unit: 'count', source: 'observed' })));
}

export interface TrendSummary {
  /** sessions in range */
  n: number;
  /** of those, with a value */
  known: number;
  latest: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** latest against the median of the rest; null when not computable */
  latestVsMedian: number | null;
}

export function trendSummary(ys: ReadonlyArray<number | null>): TrendSummary {
  const xs = ys.filter((y): y is number => y !== null);
  const latest = [...ys].reverse().find((y): y is number => y !== null) ?? null;
  const rest = xs.slice(0, -1);
  const md = median(xs);
  const mdRest = median(rest);
  return {
    n: ys.length,
    known: xs.length,
    latest,
    median: md,
    min: xs.length ? Math.min(...xs) : null,
    max: xs.length ? Math.max(...xs) : null,
    latestVsMedian: latest === null || mdRest === null || mdRest === 0 ? null : (latest - mdRest) / Math.abs(mdRest),
  };
}

/** The y range that shows every value and the stage band, with a little air. */
export function yRange(ys: ReadonlyArray<number | null>, band?: Pick<Band, 'low' | 'high'>): [number, number] {
  const xs = [...ys.filter((y): y is number => y !== null), ...(band ? [band.low, band.high] : [])];
  if (!xs.length) return [0, 1];
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.08;
  const nonNegative = lo >= 0;
  lo -= pad;
  hi += pad;
  if (nonNegative) lo = Math.max(0, lo);
  return [lo, hi];
}

/** Metrics with at least one value among the sessions, catalogue order; the default first. */
export function trendMetrics(sessions: readonly Pick<SessionRow, 'latest'>[]): MetricId[] {
  return METRIC_IDS.filter((m) => sessions.some((s) => s.latest[m] !== undefined));
}

export const DEFAULT_TREND_METRIC: MetricId = 'gmv';
/** Metrics a big screen records minute by minute, in the order the minute curve offers them. */
export const MINUTE_METRICS: readonly MetricId[] = ['currentOnline', 'gmv', 'viewers', 'buyers', 'gpm'];

/** An x tick: MM-DD within a year's span, YYYY-MM beyond (a history can cross New Year). */
export function dateTick(seconds: number, spanSeconds: number): string {
  const d = new Date(seconds * 1000 + 8 * 3_600_000).toISOString();
  return spanSeconds > 200 * 86_400 ? d.slice(0, 7) : d.slice(5, 10);
}
