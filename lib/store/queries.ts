/**
 * What the side panel asks the store. Read-only; every query goes through an index.
 *
 * A shop here is the seller's shop: the backend accounts linked to it (./links.ts). Queries read
 * each account's index range and join what belongs together (lib/shops/sessions.ts): a session
 * several backends showed is one session.
 */
import { Dexie } from 'dexie';
import type { MetricId, Unit } from '../metrics/catalog';
import type { StageLensDB } from './db';
import { urlKeyOf } from './pagekey';
import type { CaptureRow, PointRow, SessionRow, ShopRow, ValueRow } from './rows';
import { accountsOf } from './links';
import { joinKey, joinSessions, type ShopSession } from '../shops/sessions';

export type { ShopSession } from '../shops/sessions';

/** A shop's accounts, the founding account first (the order sessions join by). */
export async function shopAccounts(db: StageLensDB, shopId: string): Promise<string[]> {
  const ids = await accountsOf(db, shopId);
  return ids.includes(shopId) ? [shopId, ...ids.filter((i) => i !== shopId)] : ids;
}

const latestIn = (db: StageLensDB, index: string, key: string): Promise<CaptureRow | undefined> =>
  db.captures.where(index).between([key, Dexie.minKey], [key, Dexie.maxKey]).last();

/** The newest capture row (any scope) of the page at this URL, volatile parameters ignored. */
export const latestCaptureForUrl = (db: StageLensDB, url: string): Promise<CaptureRow | undefined> => latestIn(db, '[urlKey+capturedAt]', urlKeyOf(url));

export const latestCaptureForPageKey = (db: StageLensDB, pageKey: string): Promise<CaptureRow | undefined> => latestIn(db, '[pageKey+capturedAt]', pageKey);

/** All backend accounts, most recently seen first (the shops they form: ./links.ts shopGroups). */
export const accounts = (db: StageLensDB): Promise<ShopRow[]> => db.shops.orderBy('lastSeen').reverse().toArray();

export interface SessionFilter {
  /** epoch ms, inclusive, on the session's sort time (start, else first seen) */
  from?: number;
  to?: number;
  platform?: string;
  /** case-insensitive substring of title, key or time text */
  search?: string;
}

/** A shop's sessions across its accounts, one per live room, newest first. */
export async function sessionsForShop(db: StageLensDB, shopId: string, f: SessionFilter = {}): Promise<ShopSession[]> {
  const q = f.search?.trim().toLowerCase();
  const order = await shopAccounts(db, shopId);
  // one getAll per account over the index range, then join, filter and newest-first in JS: a
  // Dexie .filter() or .reverse() would walk a cursor row by row instead (bench: 1.45× raw
  // IndexedDB against 1.0×). The date range is applied after the join: a joined session's time
  // is its earliest member's.
  const ranges = await Promise.all(order.map((a) => db.sessions.where('[shopId+t]').between([a, -Infinity], [a, Infinity], true, true).toArray()));
  const inRange = (s: ShopSession) => (f.from === undefined || s.t >= f.from) && (f.to === undefined || s.t <= f.to);
  const keep = (s: ShopSession) =>
    inRange(s) &&
    (f.platform === undefined || s.platforms.includes(f.platform)) &&
    (!q || [s.title, s.key, s.timeText].some((x) => x?.toLowerCase().includes(q)));
  return joinSessions(ranges.flat(), order)
    .filter(keep)
    .sort((a, b) => b.t - a.t || a.id.localeCompare(b.id));
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

/**
 * One metric's latest value per session across the shop's accounts, oldest first; `limit` keeps
 * the most recent N sessions. A session several backends showed is one point (as in
 * sessionsForShop): the newest value, under the id of its member on the first account.
 */
export async function metricHistory(db: StageLensDB, shopId: string, metric: MetricId, limit?: number): Promise<HistoryPoint[]> {
  const order = await shopAccounts(db, shopId);
  const per = await Promise.all(
    order.map(async (account) => {
      let c = db.values.where('[shopId+metric+t]').between([account, metric, Dexie.minKey], [account, metric, Dexie.maxKey]).reverse();
      if (limit !== undefined) c = c.limit(limit);
      return (await c.toArray()).map((r) => ({ r, key: r.sessionId.slice(account.length + 1) }));
    }),
  );
  if (per.length === 1) return per[0]!.reverse().map(({ r }) => historyPoint(r));
  const joined = new Map<string, { r: ValueRow; id: string; t: number }>();
  for (const { r, key } of per.flat()) {
    const k = joinKey(r.sessionId, key);
    const have = joined.get(k);
    // the first account's member names it (accounts are read in order); the newest value wins
    if (!have) joined.set(k, { r, id: r.sessionId, t: r.t });
    else joined.set(k, { r: r.at > have.r.at ? r : have.r, id: have.id, t: Math.min(have.t, r.t) });
  }
  const out = [...joined.values()].sort((a, b) => a.t - b.t).map(({ r, id, t }) => ({ ...historyPoint(r), sessionId: id, t }));
  return limit !== undefined ? out.slice(-limit) : out;
}

const historyPoint = ({ sessionId, t, value, unit, source }: ValueRow): HistoryPoint => ({ sessionId, t, value, unit, source });

/**
 * A live session's time series for one metric, oldest first. Of a session several backends
 * showed (`ids`: its members), the series of the member with the most points: two backends'
 * readings of one minute are not interleaved into one curve.
 */
export async function sessionPoints(db: StageLensDB, ids: string | readonly string[], metric: MetricId): Promise<Array<{ t: number; value: number }>> {
  const series = await Promise.all(
    (typeof ids === 'string' ? [ids] : ids).map((id) =>
      db.points.where('[sessionId+metric+t]').between([id, metric, Dexie.minKey], [id, metric, Dexie.maxKey]).toArray(),
    ),
  );
  const best = series.reduce<PointRow[]>((a, b) => (b.length > a.length ? b : a), []);
  return best.map(({ t, value }) => ({ t, value }));
}

/** All captures of a session (of each member, for a session several backends showed), oldest first. */
export async function capturesForSession(db: StageLensDB, ids: string | readonly string[]): Promise<CaptureRow[]> {
  const rows = await db.captures
    .where('sessionId')
    .anyOf(typeof ids === 'string' ? [ids] : [...ids])
    .toArray();
  return rows.sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
}

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
    db.shops.count(),
    db.sessions.count(),
    db.captures.count(),
    db.points.count(),
    db.values.count(),
    db.checklist.count(),
    db.settings.count(),
    db.labelMaps.count(),
  ]);
  return { shops, sessions, captures, points, values, checklist, settings, labelMaps };
}
