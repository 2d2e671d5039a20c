import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../../lib/capture/types';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { ingestCapture } from '../../lib/store/ingest';
import { T0, freshDb, liveCapture } from '../store/fixtures';

const item = (id: string, gmv: number, explaining = false): ItemRow => ({
  key: `id:${id}`,
  id,
  title: `商品${id}`,
  kind: 'product',
  ...(explaining ? { explaining } : {}),
  readings: [{ metric: 'gmv', label: '成交金额', text: `¥${gmv}`, value: gmv }],
});

async function seeded() {
  const db = freshDb();
  await ingestCapture(db, { ...liveCapture(), items: [item('1', 10, true), item('2', 0)] });
  await ingestCapture(db, { ...liveCapture(), capturedAt: T0 + 30_000, items: [item('1', 20), item('2', 5, true)] });
  return db;
}

describe('items in the JSON backup', () => {
  it('round-trips items, item numbers and segments; a second import adds nothing', async () => {
    const src = await seeded();
    const file = await exportBackup(src, T0);
    expect([file.items.length, file.itemStats.length, file.segments.length]).toEqual([2, 2, 2]);
    const dst = freshDb();
    const r1 = await importBackup(dst, JSON.stringify(file));
    expect(r1).toMatchObject({ ok: true, added: { items: 2, itemStats: 2, segments: 2 } });
    expect(await dst.itemStats.toArray()).toEqual(await src.itemStats.toArray());
    expect((await dst.segments.toArray()).map(({ id: _id, ...s }) => s)).toEqual((await src.segments.toArray()).map(({ id: _id, ...s }) => s));
    const r2 = await importBackup(dst, JSON.stringify(file));
    expect(r2).toMatchObject({ ok: true, added: { items: 0, itemStats: 0, segments: 0 }, skipped: { items: 2, itemStats: 2, segments: 2 } });
  });

  it('a file written before items imports (the item lists default to empty)', async () => {
    const file = (await exportBackup(await seeded(), T0)) as unknown as Record<string, unknown>;
    delete file.items;
    delete file.itemStats;
    delete file.segments;
    const dst = freshDb();
    expect(await importBackup(dst, JSON.stringify(file))).toMatchObject({ ok: true, added: { sessions: 1, items: 0 } });
  });

  it('an impossible item number, or a stat whose id does not match its fields, is refused and changes nothing', async () => {
    const file = await exportBackup(await seeded(), T0);
    const dst = freshDb();
    const neg = structuredClone(file);
    neg.itemStats[0]!.latest.gmv = { value: 5, text: '5', at: T0 };
    (neg.itemStats[0]!.latest as Record<string, unknown>).stock = { value: -1, text: '-1', at: T0 };
    expect(await importBackup(dst, JSON.stringify(neg))).toMatchObject({ ok: false, error: expect.stringContaining('a count cannot be negative') });
    const moved = structuredClone(file);
    moved.itemStats[0]!.sessionId = 'compass:S1|other';
    expect(await importBackup(dst, JSON.stringify(moved))).toMatchObject({ ok: false, error: expect.stringContaining('id does not match') });
    expect([await dst.sessions.count(), await dst.items.count(), await dst.itemStats.count()]).toEqual([0, 0, 0]);
  });
});
