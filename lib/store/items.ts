/**
 * Items in the store (Dexie v3): what ingestCapture (./ingest.ts) does with a capture's item rows,
 * inside its one transaction.
 *
 * - An item is a shop's: `${shopId}|${key}`, key being the reader's `id:<platform id>` or
 *   `title:<title>` (two keys are never merged).
 * - Its numbers are kept per session when the page belongs to one (a console's goods panel, a
 *   session's 商品明细), else per period window of a shop-level page, one row per Shanghai day
 *   (a 近7日 product list read on two days is two windows). A number replaces the one kept only
 *   when it changed and the capture is not older than it; a number the page no longer shows is
 *   kept as last shown.
 * - Explanation segments, on live pages only: the one item marked 讲解中 opens a segment; it ends
 *   when another item is marked or none is (the capture that saw it end gives its end). A page
 *   not read for SEGMENT_GAP_MS closes its open segment at the last capture that saw it, so a
 *   console closed for the night does not stretch a segment over it. A capture without item rows
 *   (the goods panel not on screen) changes no segment; two items marked at once open none.
 */
import type { ItemRow, PageCapture } from '../capture/types';
import { shanghaiDate } from '../format/time';
import type { ItemMetricId } from '../metrics/items';
import type { StageLensDB } from './db';
import type { ItemRecord, ItemStatRow, ItemValue } from './rows';

/** A console read less often than this has been closed or hidden, not explaining. The loop reads
 *  a live page at least every few seconds while it is open (lib/capture/loop.ts). */
export const SEGMENT_GAP_MS = 2 * 60_000;

export const itemIdOf = (shopId: string, key: string): string => `${shopId}|${key}`;

export function itemStatIdOf(itemId: string, c: { sessionId: string | null; pageKey: string; period: string | null; at: number }): string {
  return c.sessionId !== null ? `${itemId}|s:${c.sessionId}` : `${itemId}|p:${c.pageKey}|${c.period ?? ''}|${shanghaiDate(c.at)}`;
}

export interface ItemContext {
  shopId: string;
  platform: string;
  pageKey: string;
  /** the session the page belongs to, and its sort time */
  sessionId: string | null;
  sessionT: number | null;
  live: boolean;
  at: number;
}

export interface ItemIngestResult {
  items: number;
  /** segments opened and closed by this capture */
  opened: number;
  closed: number;
}

function mergeValues(prev: ItemStatRow['latest'], row: ItemRow, at: number): ItemStatRow['latest'] {
  const out = { ...prev };
  for (const r of row.readings) {
    const had = out[r.metric];
    if (had && (at < had.at || (had.value === r.value && had.text === r.text))) continue;
    const v: ItemValue = { value: r.value, text: r.text, at };
    if (r.compare) v.compare = r.compare;
    out[r.metric as ItemMetricId] = v;
  }
  return out;
}

export async function ingestItems(db: StageLensDB, capture: PageCapture, ctx: ItemContext): Promise<ItemIngestResult> {
  const result: ItemIngestResult = { items: 0, opened: 0, closed: 0 };
  const rows = capture.items;
  if (!rows?.length) return result;
  const { shopId, platform, pageKey, sessionId, at } = ctx;
  const period = capture.period;

  const ids = rows.map((r) => itemIdOf(shopId, r.key));
  const prevItems = await db.items.bulkGet(ids);
  const statIds = ids.map((itemId) => itemStatIdOf(itemId, { sessionId, pageKey, period, at }));
  const prevStats = await db.itemStats.bulkGet(statIds);

  const records: ItemRecord[] = [];
  const stats: ItemStatRow[] = [];
  rows.forEach((row, i) => {
    const prev = prevItems[i];
    records.push({
      id: ids[i]!,
      shopId,
      platform,
      key: row.key,
      platformId: row.id ?? prev?.platformId ?? null,
      // the newest title shown wins (a renamed product keeps its id)
      title: (at >= (prev?.lastSeen ?? 0) ? row.title : undefined) ?? prev?.title ?? row.title ?? null,
      kind: row.kind,
      firstSeen: Math.min(prev?.firstSeen ?? at, at),
      lastSeen: Math.max(prev?.lastSeen ?? at, at),
    });
    const ps = prevStats[i];
    const newer = at >= (ps?.lastSeen ?? 0);
    stats.push({
      id: statIds[i]!,
      itemId: ids[i]!,
      shopId,
      sessionId,
      pageKey,
      period,
      t: ctx.sessionT ?? ps?.t ?? at,
      firstSeen: Math.min(ps?.firstSeen ?? at, at),
      lastSeen: Math.max(ps?.lastSeen ?? at, at),
      index: newer ? (row.index ?? null) : (ps?.index ?? null),
      explaining: newer ? row.explaining === true : (ps?.explaining ?? false),
      latest: mergeValues(ps?.latest ?? {}, row, at),
    });
  });
  await db.items.bulkPut(records);
  await db.itemStats.bulkPut(stats);
  result.items = rows.length;

  if (ctx.live && sessionId !== null) {
    const marked = rows.filter((r) => r.explaining);
    const current = marked.length === 1 ? itemIdOf(shopId, marked[0]!.key) : null;
    const open = (await db.segments.where('sessionId').equals(sessionId).toArray()).find((s) => s.end === null);
    if (open && at < open.lastSeen) return result; // a late capture: segments move forward only
    let still = open;
    if (open && at - open.lastSeen > SEGMENT_GAP_MS) {
      await db.segments.put({ ...open, end: open.lastSeen });
      result.closed++;
      still = undefined;
    }
    if (still && still.itemId === current) {
      await db.segments.put({ ...still, lastSeen: at });
    } else {
      if (still) {
        await db.segments.put({ ...still, end: at });
        result.closed++;
      }
      if (current !== null && marked.length === 1) {
        await db.segments.add({ sessionId, shopId, itemId: current, start: at, end: null, lastSeen: at });
        result.opened++;
      }
    }
  }
  return result;
}
