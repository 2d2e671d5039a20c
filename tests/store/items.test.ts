import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../../lib/capture/types';
import { parseCaptureMessage } from '../../lib/capture/schema';
import { ingestCapture } from '../../lib/store/ingest';
import { SEGMENT_GAP_MS, itemIdOf } from '../../lib/store/items';
import { T0, freshDb, liveCapture, tableCapture } from './fixtures';

const SID = 'compass:S1|7528000000000000001';
const item = (id: string, gmv: number, over: Partial<ItemRow> = {}): ItemRow => ({
  key: `id:${id}`,
  id,
  title: `商品${id}`,
  kind: 'product',
  readings: [
    { metric: 'gmv', label: '成交金额', text: `¥${gmv}`, value: gmv },
    { metric: 'stock', label: '库存', text: '50', value: 50 },
  ],
  ...over,
});
const console_ = (at: number, items: ItemRow[]) => ({ ...liveCapture(), capturedAt: at, items });
const A = itemIdOf('compass:S1', 'id:1001'),
  B = itemIdOf('compass:S1', 'id:1002');

describe('items in the store', () => {
  it("a goods panel's rows are items of the page's session, with their numbers", async () => {
    const db = freshDb();
    const res = await ingestCapture(db, console_(T0, [item('1001', 100, { index: 1 }), item('1002', 0, { index: 2 })]));
    expect(res.items).toEqual({ items: 2, opened: 0, closed: 0 });
    expect(await db.items.get(A)).toEqual({
      id: A,
      shopId: 'compass:S1',
      platform: 'compass',
      key: 'id:1001',
      platformId: '1001',
      title: '商品1001',
      kind: 'product',
      firstSeen: T0,
      lastSeen: T0,
    });
    const stat = await db.itemStats.get(`${A}|s:${SID}`);
    expect(stat).toMatchObject({
      itemId: A,
      sessionId: SID,
      index: 1,
      explaining: false,
      latest: { gmv: { value: 100, text: '¥100', at: T0 }, stock: { value: 50, text: '50', at: T0 } },
    });
    expect(await db.itemStats.where('sessionId').equals(SID).count()).toBe(2);
  });

  it('a later number replaces the kept one; an older capture does not; a title change keeps the item', async () => {
    const db = freshDb();
    await ingestCapture(db, console_(T0, [item('1001', 100)]));
    await ingestCapture(db, console_(T0 + 10_000, [item('1001', 250, { title: '新标题' })]));
    await ingestCapture(db, console_(T0 + 5_000, [item('1001', 180, { title: '旧标题' })]));
    const stat = await db.itemStats.get(`${A}|s:${SID}`);
    expect(stat?.latest.gmv).toEqual({ value: 250, text: '¥250', at: T0 + 10_000 });
    expect((await db.items.get(A))?.title).toBe('新标题');
    expect(await db.items.count()).toBe(1);
  });

  it('items of a shop-level page are kept per period window and day, not per session', async () => {
    const db = freshDb();
    const list = { ...tableCapture(), items: [item('1001', 100)] };
    await ingestCapture(db, list);
    await ingestCapture(db, { ...list, capturedAt: T0 + 86_400_000, items: [item('1001', 300)] });
    const rows = await db.itemStats.where('itemId').equals(A).toArray();
    expect(rows.map((r) => [r.sessionId, r.period, r.latest.gmv?.value])).toEqual([
      [null, '近7日', 100],
      [null, '近7日', 300],
    ]);
  });

  it('explanation segments: open on 讲解中, close when another item is explained or none', async () => {
    const db = freshDb();
    await ingestCapture(db, console_(T0, [item('1001', 0, { explaining: true }), item('1002', 0)]));
    await ingestCapture(db, console_(T0 + 30_000, [item('1001', 100, { explaining: true }), item('1002', 0)]));
    const r = await ingestCapture(db, console_(T0 + 60_000, [item('1001', 100), item('1002', 0, { explaining: true })]));
    expect(r.items).toMatchObject({ opened: 1, closed: 1 });
    await ingestCapture(db, console_(T0 + 90_000, [item('1001', 100), item('1002', 50)]));
    const segs = await db.segments.where('sessionId').equals(SID).toArray();
    expect(segs.map((s) => [s.itemId, s.start - T0, s.end === null ? null : s.end - T0])).toEqual([
      [A, 0, 60_000],
      [B, 60_000, 90_000],
    ]);
  });

  it('a capture without item rows changes no segment; a long gap closes at the last capture that saw it', async () => {
    const db = freshDb();
    await ingestCapture(db, console_(T0, [item('1001', 0, { explaining: true })]));
    await ingestCapture(db, { ...liveCapture(), capturedAt: T0 + 20_000 });
    await ingestCapture(db, console_(T0 + 40_000, [item('1001', 0, { explaining: true })]));
    expect((await db.segments.toArray()).map((s) => [s.end, s.lastSeen - T0])).toEqual([[null, 40_000]]);
    // the console closed for longer than the gap, then reopened on another item
    await ingestCapture(db, console_(T0 + 40_000 + SEGMENT_GAP_MS + 1, [item('1002', 0, { explaining: true })]));
    const segs = await db.segments.toArray();
    expect(segs.map((s) => [s.itemId, s.start - T0, s.end === null ? null : s.end - T0])).toEqual([
      [A, 0, 40_000],
      [B, 40_000 + SEGMENT_GAP_MS + 1, null],
    ]);
  });

  it('two items marked at once open no segment; a shop-level page opens none', async () => {
    const db = freshDb();
    await ingestCapture(db, console_(T0, [item('1001', 0, { explaining: true }), item('1002', 0, { explaining: true })]));
    await ingestCapture(db, { ...tableCapture(), items: [item('1001', 0, { explaining: true })] });
    expect(await db.segments.count()).toBe(0);
  });

  it('the boundary refuses an item with an impossible number, a key that does not match, or the same item twice', () => {
    const bad = (items: unknown) => parseCaptureMessage({ type: 'capture', capture: { ...liveCapture(), capturedAt: Date.UTC(2026, 0, 1), items } });
    expect(bad([item('1001', 5)]).ok).toBe(true);
    expect(bad([{ ...item('1001', 5), readings: [{ metric: 'stock', label: '库存', text: '-3', value: -3 }] }])).toMatchObject({
      ok: false,
      error: expect.stringContaining('a count cannot be negative'),
    });
    expect(bad([{ ...item('1001', 5), key: 'id:9999' }])).toMatchObject({ ok: false, error: expect.stringContaining('key must be') });
    expect(bad([item('1001', 5), item('1001', 6)])).toMatchObject({ ok: false, error: expect.stringContaining('appears twice') });
  });
});
