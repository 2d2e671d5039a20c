/**
 * Retention: delete captures and time-series points older than N days. Sessions (with their
 * `latest` numbers, so the history table stays whole) are kept unless `sessions: true` is
 * passed; then sessions not seen within the window go too, with their values, points,
 * captures, live alerts and marks. No days = the `retentionDays` setting, whose default (null) keeps everything.
 */
import { Dexie } from 'dexie';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import { getSetting } from './settings';

export interface RetentionOptions {
  /** null = keep everything; undefined = use the retentionDays setting */
  days?: number | null;
  now?: number;
  /** also delete whole sessions last seen before the cutoff */
  sessions?: boolean;
}

export interface RetentionResult {
  captures: number;
  points: number;
  sessions: number;
  values: number;
}

const DAY = 86_400_000;

export async function applyRetention(db: StageLensDB, opts: RetentionOptions = {}): Promise<RetentionResult> {
  const days = opts.days === undefined ? await getSetting(db, 'retentionDays') : opts.days;
  const none: RetentionResult = { captures: 0, points: 0, sessions: 0, values: 0 };
  if (days === null) return none;
  if (!Number.isFinite(days) || days <= 0) throw new RangeError(`retention days must be positive, got ${days}`);
  const cutoff = (opts.now ?? Date.now()) - days * DAY;

  return storeWrite('retention', () =>
    db.transaction('rw', [db.captures, db.points, db.sessions, db.values, db.alerts, db.marks], async () => {
      const res = { ...none };
      res.captures = await db.captures.where('capturedAt').below(cutoff).delete();
      res.points = await db.points.where('t').below(cutoff).delete();
      if (opts.sessions) {
        const ids = (await db.sessions.where('lastSeen').below(cutoff).primaryKeys()) as string[];
        if (ids.length) {
          res.values = await db.values.where('sessionId').anyOf(ids).delete();
          res.captures += await db.captures.where('sessionId').anyOf(ids).delete();
          for (const id of ids) res.points += await db.points.where('[sessionId+metric+t]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
          // a session's live alerts and marks go with it (they mean nothing without it)
          await db.alerts.where('sessionId').anyOf(ids).delete();
          await db.marks.where('sessionId').anyOf(ids).delete();
          await db.sessions.bulkDelete(ids);
          res.sessions = ids.length;
        }
      }
      return res;
    }),
  );
}
