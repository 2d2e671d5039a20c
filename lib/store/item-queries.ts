/**
 * What the side panel asks the store about items (商品). Read-only; every query goes through an
 * index (db.ts v3: itemStats by sessionId and [shopId+t], segments by sessionId, points by
 * [sessionId+metric+t]). The figures themselves are worked out in lib/items and lib/view-model/items.ts.
 */
import { Dexie } from 'dexie';
import { SEGMENT_METRICS, type Series } from '../items/segments';
import type { MetricId } from '../metrics/catalog';
import type { StageLensDB } from './db';
import type { PageView } from './page-view';
import type { ItemRecord, ItemStatRow, PointRow, SegmentRow, SessionRow } from './rows';
import { accountsOf } from './links';

/** One item as a session (or a page window) showed it. */
export interface ItemEntry {
  item: ItemRecord;
  stat: ItemStatRow;
}

/** The curve metrics segmentStats reads (GMV, clicks, online viewers). */
export const SERIES_METRICS: readonly MetricId[] = [SEGMENT_METRICS.gmv, ...SEGMENT_METRICS.clicks, SEGMENT_METRICS.online];

const gmvOf = (s: ItemStatRow): number | null => s.latest.gmv?.value ?? null;

/** The page's order (its 序号) where it showed one, else GMV high to low, else title. */
export function pageOrder(a: ItemEntry, b: ItemEntry): number {
  const ia = a.stat.index,
    ib = b.stat.index;
  if (ia !== null && ib !== null && ia !== ib) return ia - ib;
  if ((ia === null) !== (ib === null)) return ia === null ? 1 : -1;
  const ga = gmvOf(a.stat),
    gb = gmvOf(b.stat);
  if (ga !== gb) return ga === null ? 1 : gb === null ? -1 : gb - ga;
  return (a.item.title ?? a.item.key).localeCompare(b.item.title ?? b.item.key);
}

async function withItems(db: StageLensDB, stats: ItemStatRow[]): Promise<ItemEntry[]> {
  const items = await db.items.bulkGet(stats.map((s) => s.itemId));
  const out: ItemEntry[] = [];
  stats.forEach((stat, i) => {
    const item = items[i];
    if (item) out.push({ item, stat }); // an item row is written with its stats: never absent in practice
  });
  return out.sort(pageOrder);
}

/** The live points segmentStats needs for one session, each metric oldest first. */
export async function sessionSeries(db: StageLensDB, sessionId: string): Promise<Series> {
  const out: Series = {};
  await Promise.all(
    SERIES_METRICS.map(async (metric) => {
      const rows: PointRow[] = await db.points
        .where('[sessionId+metric+t]')
        .between([sessionId, metric, Dexie.minKey], [sessionId, metric, Dexie.maxKey])
        .toArray();
      if (rows.length) out[metric] = rows;
    }),
  );
  return out;
}

/** A session's explanation segments, by start. */
export const sessionSegments = (db: StageLensDB, sessionId: string): Promise<SegmentRow[]> => db.segments.where('sessionId').equals(sessionId).sortBy('start');

export interface SessionItems {
  sessionId: string;
  items: ItemEntry[];
  segments: SegmentRow[];
  series: Series;
}

/** A session's items (in the page's order, else by GMV), its explanation segments and the curve they are measured on. */
export async function sessionItems(db: StageLensDB, sessionId: string): Promise<SessionItems> {
  const [stats, segments, series] = await Promise.all([
    db.itemStats.where('sessionId').equals(sessionId).toArray(),
    sessionSegments(db, sessionId),
    sessionSeries(db, sessionId),
  ]);
  return { sessionId, items: await withItems(db, stats), segments, series };
}

/** The item numbers of every account of the shop (./links.ts). */
async function shopStats(db: StageLensDB, shopId: string): Promise<ItemStatRow[]> {
  const accounts = await accountsOf(db, shopId);
  const per = await Promise.all(accounts.map((a) => db.itemStats.where('[shopId+t]').between([a, Dexie.minKey], [a, Dexie.maxKey]).toArray()));
  return per.flat();
}

/** A shop's sessions that have items, newest first. */
export async function sessionsWithItems(db: StageLensDB, shopId: string): Promise<SessionRow[]> {
  const ids = [...new Set((await shopStats(db, shopId)).flatMap((s) => (s.sessionId === null ? [] : [s.sessionId])))];
  const rows = (await db.sessions.bulkGet(ids)).filter((s): s is SessionRow => s !== undefined);
  return rows.sort((a, b) => b.t - a.t);
}

/** What the item ledger is worked out from: every session's item numbers of a shop, with the
 *  segments and curves of the sessions that have segments. */
export interface LedgerInput {
  items: ItemRecord[];
  /** item numbers that belong to a session (period windows are not sessions), oldest first */
  stats: ItemStatRow[];
  segments: Record<string, SegmentRow[]>;
  series: Record<string, Series>;
}

export async function ledgerInput(db: StageLensDB, shopId: string): Promise<LedgerInput> {
  const stats = (await shopStats(db, shopId)).filter((s) => s.sessionId !== null);
  const itemIds = [...new Set(stats.map((s) => s.itemId))];
  const sessionIds = [...new Set(stats.map((s) => s.sessionId!))];
  const [items, segs] = await Promise.all([db.items.bulkGet(itemIds), Promise.all(sessionIds.map((id) => sessionSegments(db, id)))]);
  const segments: Record<string, SegmentRow[]> = {};
  const series: Record<string, Series> = {};
  await Promise.all(
    sessionIds.map(async (id, i) => {
      if (!segs[i]!.length) return;
      segments[id] = segs[i]!;
      series[id] = await sessionSeries(db, id);
    }),
  );
  return { items: items.filter((x): x is ItemRecord => x !== undefined), stats, segments, series };
}

/** What the Now view lists for the open page: its session's items when the page is about one
 *  session, else the items of its page window (this page, this period, the newest day). */
export interface PageItems {
  sessionId: string | null;
  items: ItemEntry[];
}

export async function pageItems(db: StageLensDB, view: PageView | null): Promise<PageItems> {
  if (!view) return { sessionId: null, items: [] };
  // the page-scope row carries the page's own session; a list's rows are other sessions'
  const own = view.rows.find((r) => r.scope === 'page')?.sessionId ?? null;
  const any = view.rows[0];
  if (!any) return { sessionId: null, items: [] };
  if (own !== null) {
    const stats = await db.itemStats.where('sessionId').equals(own).toArray();
    return { sessionId: own, items: await withItems(db, stats) };
  }
  const mine = (await shopStats(db, any.shopId)).filter((s) => s.sessionId === null && s.pageKey === any.pageKey && s.period === view.period);
  // one window per Shanghai day: the newest day's (the id ends with the day)
  const day = (s: ItemStatRow) => s.id.slice(s.id.lastIndexOf('|') + 1);
  const newest = mine.reduce<string>((d, s) => (day(s) > d ? day(s) : d), '');
  return {
    sessionId: null,
    items: await withItems(
      db,
      mine.filter((s) => day(s) === newest),
    ),
  };
}

/** What the items CSV (lib/export/csv.ts itemsCsv) is written from: the chosen item numbers,
 *  oldest first, with their items, sessions and the sessions' segments. */
export interface ItemsExport {
  stats: ItemStatRow[];
  items: Map<string, ItemRecord>;
  sessions: Map<string, SessionRow>;
  segments: Map<string, SegmentRow[]>;
}

export async function itemsExport(db: StageLensDB, which: { sessionIds: readonly string[] } | { shopId: string } | 'all'): Promise<ItemsExport> {
  const stats =
    which === 'all'
      ? await db.itemStats.toArray()
      : 'shopId' in which
        ? await shopStats(db, which.shopId)
        : (await Promise.all(which.sessionIds.map((id) => db.itemStats.where('sessionId').equals(id).toArray()))).flat();
  stats.sort((a, b) => a.t - b.t || a.firstSeen - b.firstSeen || (a.index ?? Infinity) - (b.index ?? Infinity) || a.id.localeCompare(b.id));
  const itemIds = [...new Set(stats.map((s) => s.itemId))];
  const sessionIds = [...new Set(stats.flatMap((s) => (s.sessionId === null ? [] : [s.sessionId])))];
  const [items, sessions, segs] = await Promise.all([
    db.items.bulkGet(itemIds),
    db.sessions.bulkGet(sessionIds),
    Promise.all(sessionIds.map((id) => sessionSegments(db, id))),
  ]);
  const segments = new Map<string, SegmentRow[]>();
  sessionIds.forEach((id, i) => void (segs[i]!.length && segments.set(id, segs[i]!)));
  return {
    stats,
    items: new Map(items.flatMap((x) => (x ? [[x.id, x] as const] : []))),
    sessions: new Map(sessions.flatMap((x) => (x ? [[x.id, x] as const] : []))),
    segments,
  };
}
