/** Synthetic shop histories for the growth tests: one session a day from 2025-01-01. */
import type { MetricId } from '../../lib/metrics/catalog';
import type { MetricValue, SessionSummary, ShopHistory } from '../../lib/growth';

export type Row = Partial<Record<MetricId, number | null | MetricValue>>;

const DAY = 86_400_000;
export const T0 = Date.parse('2025-01-01T20:00:00+08:00');

export const iso = (day: number): string => new Date(T0 + day * DAY).toISOString();

export function session(day: number, row: Row): SessionSummary {
  const metrics: SessionSummary['metrics'] = {};
  for (const [k, v] of Object.entries(row) as Array<[MetricId, Row[MetricId]]>) {
    if (v === undefined) continue;
    metrics[k] = typeof v === 'number' || v === null ? { value: v, source: 'observed' } : v;
  }
  return { key: `s${day}`, start: iso(day), metrics };
}

/** `n` daily sessions; `row(i)` gives session i's numbers (i = 0 is the oldest). */
export function shop(n: number, row: (i: number) => Row, extra: Omit<ShopHistory, 'sessions'> = {}): ShopHistory {
  return { sessions: Array.from({ length: n }, (_, i) => session(i, row(i))), ...extra };
}
