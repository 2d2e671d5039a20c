/**
 * Live numbers versus settled ones. What a session showed while it ran (its points: only live
 * pages add them) is kept apart from what review pages showed later (capture rows read after its
 * last live read); the difference is the drift — refunds, late and cancelled orders. The
 * backends complete a session's data about a day after it (SETTLED_AFTER_MS): a read that late
 * is the settled one, and a session read live whose settled numbers nobody has looked at since
 * is due for a visit to its review page.
 */
import type { MetricId } from '../metrics/catalog';

/** The backends' data for a session is complete about a day after it ends. */
export const SETTLED_AFTER_MS = 24 * 3_600_000;
/** Sessions older than this are not reminded of any more (the seller has moved on). */
export const REMIND_WITHIN_MS = 7 * 24 * 3_600_000;
/** The numbers whose drift is shown: sales and refunds move after a live, viewers a little. */
export const DRIFT_METRICS: readonly MetricId[] = ['gmv', 'orders', 'buyers', 'refundAmount', 'refundOrders', 'viewers'];

export interface LaterRead {
  capturedAt: number;
  readings: ReadonlyArray<{ metric: MetricId; value: number | null }>;
}

export interface DriftRow {
  metric: MetricId;
  live: number | null;
  later: number | null;
  /** later − live, when both are known */
  diff: number | null;
  /** diff ÷ live, when live is not 0 */
  share: number | null;
}

export interface Drift {
  /** the last live read; null: the session was never read live */
  liveEnd: number | null;
  /** the last later read; null: none yet */
  laterAt: number | null;
  rows: DriftRow[];
  /** a read at least SETTLED_AFTER_MS after the live */
  settledSeen: boolean;
  /** read live, a day has passed, and no settled read yet */
  due: boolean;
}

/** Whether a session read live until `liveEnd` and last read at `lastRead` is due for its review
 *  page: a day has passed since the live, no read since then was a day late, not too long ago. */
export function dueForSettled(liveEnd: number | null, lastRead: number | null, now: number): boolean {
  if (liveEnd === null) return false;
  const settledSeen = lastRead !== null && lastRead >= liveEnd + SETTLED_AFTER_MS;
  return !settledSeen && now >= liveEnd + SETTLED_AFTER_MS && now - liveEnd <= REMIND_WITHIN_MS;
}

export function drift(liveEnd: number | null, live: Partial<Record<MetricId, number>>, later: readonly LaterRead[], now: number): Drift {
  const after = liveEnd === null ? [] : later.filter((c) => c.capturedAt > liveEnd).sort((a, b) => a.capturedAt - b.capturedAt);
  const latestOf = (m: MetricId): number | null => {
    for (let i = after.length - 1; i >= 0; i--) {
      const r = after[i]!.readings.find((x) => x.metric === m && x.value !== null);
      if (r) return r.value;
    }
    return null;
  };
  const rows = DRIFT_METRICS.flatMap((metric) => {
    const l = live[metric] ?? null;
    const s = latestOf(metric);
    if (l === null && s === null) return [];
    const diff = l !== null && s !== null ? s - l : null;
    return [{ metric, live: l, later: s, diff, share: diff !== null && l ? diff / l : null }];
  });
  const laterAt = after.length ? after[after.length - 1]!.capturedAt : null;
  const settledSeen = liveEnd !== null && laterAt !== null && laterAt >= liveEnd + SETTLED_AFTER_MS;
  return { liveEnd, laterAt, rows, settledSeen, due: dueForSettled(liveEnd, laterAt, now) };
}
