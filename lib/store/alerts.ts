/**
 * Live alerts kept with their session (v5 `alerts`): after a live capture adds points, the
 * session's alerts are computed again from all its points (lib/live/engine.ts) and put by id —
 * an alert already fired keeps its id (its end may be filled in), a new one is added.
 *
 * What they are held against:
 * - the shop's own past sessions (up to PAST_SESSIONS, the newest before this one), each as its
 *   start and its points of the history metrics; a past session "ran" until its last such point
 *   (kept between captures by ./past-history.ts);
 * - the stage band, when the seller has set a stage in settings (./stage-bands.ts).
 */
import { Dexie } from 'dexie';
import type { StageLensDB } from './db';
import type { AlertRow } from './rows';
import { storeWrite } from './errors';
import { accountsOf, shopOf } from './links';
import { getSettings } from './settings';
import { liveAlerts, alertKey } from '../live/engine';
import { WATCHED_METRICS, type PastSession } from '../live/rules';
import { bandsFromSettings } from './stage-bands';
import { metricPoints, pastHistory } from './past-history';

/** How many of the shop's past sessions the own-history rule looks at: the recent ones say
 *  what "usual" is now; older ones were another room. */
export const PAST_SESSIONS = 20;

export const alertIdOf = (sessionId: string, a: Parameters<typeof alertKey>[0]): string => `${sessionId}|${alertKey(a)}`;

/** The session's points of the metrics the rules read (not every metric it has). */
const pointsOf = async (db: StageLensDB, sessionId: string) => (await Promise.all(WATCHED_METRICS.map((m) => metricPoints(db, sessionId, m)))).flat();

/** The shop's past sessions across its backend accounts (./links.ts), newest first. */
async function pastSessions(db: StageLensDB, account: string, beforeT: number, ownId: string): Promise<PastSession[]> {
  const accounts = await accountsOf(db, await shopOf(db, account));
  const rows = (
    await Promise.all(
      accounts.map((a) =>
        db.sessions
          .where('[shopId+t]')
          .between([a, Dexie.minKey], [a, beforeT], true, false)
          .reverse()
          .limit(PAST_SESSIONS + 1)
          .toArray(),
      ),
    )
  )
    .flat()
    .sort((a, b) => b.t - a.t)
    .slice(0, PAST_SESSIONS + 1);
  const out: PastSession[] = [];
  for (const s of rows) {
    if (s.id === ownId) continue;
    const history = await pastHistory(db, s.id);
    if (history) out.push({ start: s.start ?? s.firstSeen, ...history });
  }
  return out.slice(0, PAST_SESSIONS);
}

export interface AlertRefresh {
  /** every alert of the session, oldest first */
  alerts: AlertRow[];
  /** the ones this run added */
  fresh: AlertRow[];
}

/** Compute a session's alerts again and store them. A session the store does not have: none. */
export async function refreshAlerts(db: StageLensDB, sessionId: string): Promise<AlertRefresh> {
  const session = await db.sessions.get(sessionId);
  if (!session) return { alerts: [], fresh: [] };
  const settings = await getSettings(db);
  const bands = bandsFromSettings(settings.stageOverride, settings.category);
  const [points, past] = await Promise.all([pointsOf(db, sessionId), pastSessions(db, session.shopId, session.t, sessionId)]);
  const rows: AlertRow[] = liveAlerts({ points, start: session.start, thresholds: settings.liveAlerts, past, bands }).map((a) => ({
    id: alertIdOf(sessionId, a),
    sessionId,
    shopId: session.shopId,
    ...a,
  }));
  return storeWrite('alerts', () =>
    db.transaction('rw', db.alerts, async () => {
      const had = new Set((await db.alerts.where('sessionId').equals(sessionId).primaryKeys()) as string[]);
      if (rows.length) await db.alerts.bulkPut(rows);
      const all = await db.alerts.where('sessionId').equals(sessionId).toArray();
      return { alerts: all.sort((a, b) => a.firedAt - b.firedAt), fresh: rows.filter((r) => !had.has(r.id)) };
    }),
  );
}

/** The session's alerts, oldest first. */
export const sessionAlerts = async (db: StageLensDB, sessionId: string): Promise<AlertRow[]> =>
  (await db.alerts.where('sessionId').equals(sessionId).toArray()).sort((a, b) => a.firedAt - b.firedAt);
