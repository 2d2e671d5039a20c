/** What the side panel asks the store. Read-only; every query goes through an index. */
import { Dexie } from 'dexie';
import type { MetricId, Unit } from '../metrics/catalog';
import type { StageLensDB } from './db';
import { urlKeyOf } from './pagekey';
import type { CaptureRow, SessionRow, ShopRow } from './rows';

const latestIn = (db: StageLensDB, index: string, key: string): Promise<CaptureRow | undefined> =>
  db.captures.where(index).between([key, Dexie.minKey], [key, Dexie.maxKey]).last();

/** The newest capture row (any scope) of the page at this URL, volatile parameters ignored. */
export const latestCaptureForUrl = (db: StageLensDB, url: string): Promise<CaptureRow | undefined> =>
  latestIn(db, '[urlKey+capturedAt]', urlKeyOf(url));

export const latestCaptureForPageKey = (db: StageLensDB, pageKey: string): Promise<CaptureRow | undefined> =>
  latestIn(db, '[pageKey+capturedAt]', pageKey);

/** All shops, most recently seen first. */
export const shops = (db: StageLensDB): Promise<ShopRow[]> => db.shops.orderBy('lastSeen').reverse().toArray();

export interface SessionFilter {
  /** epoch ms, inclusive, on the session's sort time (start, else first seen) */
  from?: number;
  to?: number;
  platform?: string;
  /** case-insensitive substring of title, key or time text */
  search?: string;
}

/** A shop's sessions, newest start first. */
export async function sessionsForShop(db: StageLensDB, shopId: string, f: SessionFilter = {}): Promise<SessionRow[]> {
  const q = f.search?.trim().toLowerCase();
  // one getAll over the index range, then filter and newest-first in JS: a Dexie .filter() or
  // .reverse() would walk a cursor row by row instead (bench: 1.45× raw IndexedDB against 1.0×)
  const rows = await db.sessions
    .where('[shopId+t]')
    .between([shopId, f.from ?? -Infinity], [shopId, f.to ?? Infinity], true, true)
    .toArray();
  const keep = (s: SessionRow) =>
    (f.platform === undefined || s.platform === f.platform) &&
    (!q || [s.title, s.key, s.timeText].some((x) => x?.toLowerCase().includes(q)));
  return (f.platform === undefined && !q ? rows : rows.filter(keep)).reverse();
}

export const sessionById = (db: StageLensDB, id: string): Promise<SessionRow | undefined> => db.sessions.get(id);

export interface HistoryPoint {
  sessionId: string;
  /** the session's sort time */
  t: number;
  value: number | null;
  unit: Unit;
  source: 'observed' | 'derived';
}

/** One metric's latest value per session, oldest first; `limit` keeps the most recent N sessions. */
export async function metricHistory(db: StageLensDB, shopId: string, metric: MetricId, limit?: number): Promise<HistoryPoint[]> {
  let c = db.values.where('[shopId+metric+t]').between([shopId, metric, Dexie.minKey], [shopId, metric, Dexie.maxKey]).reverse();
  if (limit !== undefined) c = c.limit(limit);
  const rows = await c.toArray();
  return rows.reverse().map(({ sessionId, t, value, unit, source }) => ({ sessionId, t, value, unit, source }));
}

/** A live session's time series for one metric, oldest first. */
export async function sessionPoints(db: StageLensDB, sessionId: string, metric: MetricId): Promise<Array<{ t: number; value: number }>> {
  const rows = await db.points.where('[sessionId+metric+t]').between([sessionId, metric, Dexie.minKey], [sessionId, metric, Dexie.maxKey]).toArray();
  return rows.map(({ t, value }) => ({ t, value }));
}

/** All captures of a session, oldest first. */
export const capturesForSession = (db: StageLensDB, sessionId: string): Promise<CaptureRow[]> =>
  db.captures.where('sessionId').equals(sessionId).sortBy('capturedAt');

export interface Counts {
  shops: number;
  sessions: number;
  captures: number;
  points: number;
  values: number;
  checklist: number;
  settings: number;
  labelMaps: number;
}

export async function counts(db: StageLensDB): Promise<Counts> {
  const [shops, sessions, captures, points, values, checklist, settings, labelMaps] = await Promise.all([
    db.shops.count(), db.sessions.count(), db.captures.count(), db.points.count(), db.values.count(),
    db.checklist.count(), db.settings.count(), db.labelMaps.count(),
  ]);
  return { shops, sessions, captures, points, values, checklist, settings, labelMaps };
}
