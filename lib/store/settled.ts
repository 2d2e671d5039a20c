/**
 * A session's live numbers (its last points) against what review pages showed after the live
 * (lib/live/settled.ts), and the sessions due for a visit to their review page.
 */
import { Dexie } from 'dexie';
import type { StageLensDB } from './db';
import type { SessionRow } from './rows';
import type { MetricId } from '../metrics/catalog';
import { DRIFT_METRICS, REMIND_WITHIN_MS, drift, dueForSettled, type Drift } from '../live/settled';

/** The metrics whose last point tells when the live reads ended (a big screen shows some of them). */
const LIVE_END_METRICS: readonly MetricId[] = [...new Set<MetricId>([...DRIFT_METRICS, 'currentOnline'])];

async function lastPoints(db: StageLensDB, sessionId: string): Promise<{ end: number | null; live: Partial<Record<MetricId, number>> }> {
  const live: Partial<Record<MetricId, number>> = {};
  let end: number | null = null;
  await Promise.all(
    LIVE_END_METRICS.map(async (m) => {
      const p = await db.points.where('[sessionId+metric+t]').between([sessionId, m, Dexie.minKey], [sessionId, m, Dexie.maxKey]).last();
      if (!p) return;
      live[m] = p.value;
      end = Math.max(end ?? p.t, p.t);
    }),
  );
  return { end, live };
}

export async function sessionDrift(db: StageLensDB, sessionId: string, now = Date.now()): Promise<Drift> {
  const { end, live } = await lastPoints(db, sessionId);
  const later =
    end === null
      ? []
      : await db.captures
          .where('sessionId')
          .equals(sessionId)
          .filter((c) => c.capturedAt > end)
          .toArray();
  return drift(end, live, later, now);
}

/** Sessions read live, a day or more ago, whose settled numbers have not been read since. */
export async function dueSessions(db: StageLensDB, now = Date.now()): Promise<SessionRow[]> {
  const recent = await db.sessions
    .where('lastSeen')
    .above(now - REMIND_WITHIN_MS)
    .toArray();
  const out: SessionRow[] = [];
  for (const s of recent) {
    // not `s.live`: a big screen closed mid-live leaves the flag set; the last point says when it ended
    const { end } = await lastPoints(db, s.id);
    // the session's lastSeen is its last read of any page: a settled read moves it a day past the live
    if (dueForSettled(end, s.lastSeen > (end ?? Infinity) ? s.lastSeen : null, now)) out.push(s);
  }
  return out.sort((a, b) => b.t - a.t);
}
