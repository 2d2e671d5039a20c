/**
 * A live session's stored points as a timeline of reads. Points are written only when a metric's
 * settled value changes (lib/store/ingest.ts), so a metric's value at any moment is its last
 * point at or before it (a step function), and the moments the page was read with something new
 * are the distinct point times: the "reads" the alert rules are evaluated at.
 */
import type { MetricId } from '../metrics/catalog';

export interface Pt {
  t: number;
  value: number;
}

export interface TimelinePoint extends Pt {
  metric: MetricId;
}

export interface Timeline {
  /** distinct read times, ascending */
  reads: number[];
  /** each metric's points, ascending by t */
  series: Partial<Record<MetricId, Pt[]>>;
}

export function timelineOf(points: readonly TimelinePoint[]): Timeline {
  const series: Partial<Record<MetricId, Pt[]>> = {};
  const reads = new Set<number>();
  for (const p of points) {
    if (!Number.isFinite(p.value) || !Number.isFinite(p.t)) continue;
    (series[p.metric] ??= []).push({ t: p.t, value: p.value });
    reads.add(p.t);
  }
  for (const [m, s] of Object.entries(series)) {
    s.sort((a, b) => a.t - b.t);
    // as the store keeps them: a point only where the value changed
    series[m as MetricId] = s.filter((p, i) => i === 0 || p.value !== s[i - 1]!.value);
  }
  return { reads: [...reads].sort((a, b) => a - b), series };
}

/** Index of the last point at or before t, or -1. */
function lastAt(s: readonly Pt[], t: number): number {
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The value shown at t: the last point at or before it; null before the first. */
export function valueAt(s: readonly Pt[] | undefined, t: number): number | null {
  if (!s) return null;
  const i = lastAt(s, t);
  return i < 0 ? null : s[i]!.value;
}

/** When the value shown at t was first shown (the time of its point); null before the first. */
export function sinceAt(s: readonly Pt[] | undefined, t: number): number | null {
  if (!s) return null;
  const i = lastAt(s, t);
  return i < 0 ? null : s[i]!.t;
}

/** The highest value shown during [from, to]: the value carried in at `from` and every point after. */
export function maxIn(s: readonly Pt[] | undefined, from: number, to: number): number | null {
  if (!s) return null;
  let best = valueAt(s, from);
  for (let i = Math.max(0, lastAt(s, from)); i < s.length && s[i]!.t <= to; i++) {
    if (s[i]!.t >= from && (best === null || s[i]!.value > best)) best = s[i]!.value;
  }
  return best;
}

/** The value at the window's start, or the first value shown inside the window when the metric
 *  appeared only then (a window that starts before the metric did). */
export function valueFrom(s: readonly Pt[] | undefined, from: number, to: number): number | null {
  const v = valueAt(s, from);
  if (v !== null || !s) return v;
  const first = s.find((p) => p.t >= from && p.t <= to);
  return first ? first.value : null;
}

export const MINUTE_MS = 60_000;
