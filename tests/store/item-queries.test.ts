import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../../lib/capture/types';
import { ingestCapture } from '../../lib/store/ingest';
import { ledgerInput, pageItems, sessionItems, sessionSeries, sessionsWithItems } from '../../lib/store/item-queries';
import { itemIdOf } from '../../lib/store/items';
import { pageView } from '../../lib/store/page-view';
import { T0, freshDb, liveCapture, reading, tableCapture } from './fixtures';

const SHOP = 'compass:S1';
const SID = 'compass:S1|7528000000000000001';
const item = (id: string, gmv: number | null, over: Partial<ItemRow> = {}): ItemRow => ({
  key: `id:${id}`,
  id,
  title: `商品${id}`,
  kind: 'product',
  readings: gmv === null ? [] : [{ metric: 'gmv', label: '成交金额', text: `¥${gmv}`, value: gmv }],
  ...over,
});
const A = itemIdOf(SHOP, 'id:1001'),
  B = itemIdOf(SHOP, 'id:1002'),
  C = itemIdOf(SHOP, 'id:1003');
const live = (at: number, items: ItemRow[], gmv: number) => ({
  ...liveCapture(),
  capturedAt: at,
  items,
  captures: [reading('gmv', gmv, `¥${gmv}`), reading('currentOnline', 300, '300'), reading('productClicks', gmv / 10, String(gmv / 10))],
});

describe('item queries', () => {
  it("a session's items in the page's order, its segments by start, and the curve they are measured on", async () => {
    const db = freshDb();
    await ingestCapture(db, live(T0, [item('1001', 100, { index: 2, explaining: true }), item('1002', 50, { index: 1 })], 1000), { live: true });
    await ingestCapture(db, live(T0 + 60_000, [item('1001', 100, { index: 2 }), item('1002', 80, { index: 1, explaining: true })], 1600), { live: true });
    const s = await sessionItems(db, SID);
    expect(s.items.map((e) => [e.item.id, e.stat.index])).toEqual([
      [B, 1],
      [A, 2],
    ]);
    expect(s.segments.map((g) => [g.itemId, g.start - T0, g.end === null ? null : g.end - T0])).toEqual([
      [A, 0, 60_000],
      [B, 60_000, null],
    ]);
    expect(s.series.gmv?.map((p) => p.value)).toEqual([1000, 1600]);
    expect(s.series.currentOnline?.map((p) => p.value)).toEqual([300]);
    expect(s.series.productClicks?.map((p) => p.value)).toEqual([100, 160]);
    expect(await sessionSeries(db, 'nope')).toEqual({});
  });

  it("without the page's index, by GMV high to low; an unknown GMV last", async () => {
    const db = freshDb();
    await ingestCapture(db, live(T0, [item('1001', 10), item('1002', null), item('1003', 90)], 1000), { live: true });
    expect((await sessionItems(db, SID)).items.map((e) => e.item.id)).toEqual([C, A, B]);
  });

  it("a shop's sessions with items, and its ledger input: session numbers only, segments and curves of sessions that have them", async () => {
    const db = freshDb();
    await ingestCapture(db, tableCapture()); // sessions without items
    await ingestCapture(db, live(T0, [item('1001', 100, { explaining: true })], 1000), { live: true });
    await ingestCapture(db, live(T0 + 30_000, [item('1001', 100)], 1200), { live: true });
    await ingestCapture(db, { ...tableCapture(), capturedAt: T0, items: [item('1001', 700)] }); // a 近7日 window, not a session
    expect((await sessionsWithItems(db, SHOP)).map((s) => s.id)).toEqual([SID]);
    expect(await sessionsWithItems(db, 'other')).toEqual([]);
    const input = await ledgerInput(db, SHOP);
    expect(input.items.map((i) => i.id)).toEqual([A]);
    expect(input.stats.map((s) => [s.sessionId, s.latest.gmv?.value])).toEqual([[SID, 100]]);
    expect(Object.keys(input.segments)).toEqual([SID]);
    expect(input.segments[SID]!.map((s) => s.end! - s.start)).toEqual([30_000]);
    expect(input.series[SID]!.gmv?.map((p) => p.value)).toEqual([1000, 1200]);
  });

  it("the open page's items: its session's; on a shop-level list, its window of the newest day", async () => {
    const db = freshDb();
    await ingestCapture(db, live(T0, [item('1001', 100)], 1000), { live: true });
    const onLive = await pageItems(db, await pageView(db, liveCapture().url));
    expect(onLive).toMatchObject({ sessionId: SID });
    expect(onLive.items.map((e) => e.item.id)).toEqual([A]);
    const list = tableCapture();
    await ingestCapture(db, { ...list, items: [item('1002', 5)] });
    await ingestCapture(db, { ...list, capturedAt: T0 + 86_400_000, items: [item('1003', 9)] });
    const onList = await pageItems(db, await pageView(db, list.url));
    expect(onList.sessionId).toBeNull();
    expect(onList.items.map((e) => [e.item.id, e.stat.latest.gmv?.value])).toEqual([[C, 9]]);
    expect(await pageItems(db, null)).toEqual({ sessionId: null, items: [] });
  });
});
