/**
 * Store faults raised where a browser raises them (in IndexedDB, under Dexie; see faults.ts):
 * storage full at any write of an ingest, the connection force-closed mid-ingest, two tabs
 * sending the same session at once over separate connections. Whatever happens, a capture is
 * stored whole or not at all, once.
 */
import { describe, expect, it, vi } from 'vitest';
import { openDb } from '../../lib/store/db';
import { StoreError } from '../../lib/store/errors';
import { ingestCapture } from '../../lib/store/ingest';
import { counts } from '../../lib/store/queries';
import { countWrites, forceCloseAtWrite, quotaFromWrite } from './faults';
import { T0, freshDb, liveCapture, tableCapture, withValue } from './fixtures';

/** Everything in the store, ids aside, to compare before and after. */
async function snapshot(db: ReturnType<typeof freshDb>) {
  const strip = <T extends { id?: unknown }>(rows: T[]) => rows.map(({ id: _id, ...r }) => r);
  return {
    shops: await db.shops.toArray(),
    sessions: await db.sessions.toArray(),
    captures: strip(await db.captures.toArray()),
    points: strip(await db.points.toArray()),
    values: await db.values.toArray(),
  };
}

describe('store faults', () => {
  it('storage full at any write of an ingest: StoreError kind "quota", nothing half-written', async () => {
    // a store that already holds a session, and a capture that touches it and adds table rows
    const seed = async () => {
      const db = freshDb();
      await ingestCapture(db, liveCapture());
      return db;
    };
    const next = {
      ...withValue(liveCapture(), 'viewers', 15000, T0 + 60_000),
      sessions: tableCapture().sessions,
      captures: [...withValue(liveCapture(), 'viewers', 15000, T0 + 60_000).captures, ...tableCapture().captures],
    };
    const total = await countWrites(async () => ingestCapture(await seed(), next));
    // seed's own writes are counted too: only the second ingest's are faulted below
    const seedWrites = await countWrites(seed);
    const writes = total - seedWrites;
    expect(writes).toBeGreaterThan(10);

    for (let n = 1; n <= writes; n++) {
      const db = await seed();
      const before = await snapshot(db);
      const fault = quotaFromWrite(n);
      const err = await ingestCapture(db, next).catch((e: unknown) => e);
      fault.restore();
      expect(err, `write ${n} of ${writes}`).toBeInstanceOf(StoreError);
      expect((err as StoreError).kind).toBe('quota');
      expect((err as StoreError).op).toBe('ingest');
      expect(fault.writes()).toBe(n - 1);
      expect(await snapshot(db), `write ${n} of ${writes}`).toEqual(before);
    }
    // and with room again, the same capture goes in whole
    const db = await seed();
    expect((await ingestCapture(db, next)).stored).toBeGreaterThan(0);
  });

  it('the connection force-closed mid-ingest: Dexie reopens and the capture lands once, whole', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie: "Need to reopen db"
    const writes = await countWrites(() => ingestCapture(freshDb(), liveCapture()));
    const db0 = freshDb();
    await ingestCapture(db0, liveCapture());
    const whole = await snapshot(db0);
    for (let n = 1; n <= writes; n++) {
      const db = freshDb();
      await db.open();
      const fault = forceCloseAtWrite(n);
      const res = await ingestCapture(db, liveCapture()).catch((e: unknown) => e);
      fault.restore();
      expect(fault.fired()).toBe(true);
      if (res instanceof StoreError) {
        // allowed: refused whole, as 'closed'
        expect(res.kind).toBe('closed');
        expect(await counts(db)).toMatchObject({ shops: 0, sessions: 0, captures: 0, points: 0, values: 0 });
      } else {
        expect(await snapshot(db), `closed at write ${n}`).toEqual(whole);
      }
    }
    warn.mockRestore();
  });

  it('two tabs sending the same session at once, over two connections, store it once', async () => {
    const name = `tabs-${Math.random()}`;
    const tabA = openDb(name),
      tabB = openDb(name);
    await Promise.all([tabA.open(), tabB.open()]);
    const [a, b] = await Promise.all([ingestCapture(tabA, liveCapture()), ingestCapture(tabB, liveCapture())]);
    expect(a.stored + b.stored).toBe(1);
    expect(a.unchanged + b.unchanged).toBe(1);
    expect(await counts(tabA)).toMatchObject({ shops: 1, sessions: 1, captures: 1, points: 4 });

    // the same session from two pages of it, a moment apart: one session, both readings, newest latest
    const later = withValue(
      liveCapture({ url: 'https://compass.jinritemai.com/screen/live?live_room_id=7528000000000000001&tab=2' }),
      'viewers',
      15000,
      T0 + 1000,
    );
    const again = withValue(liveCapture(), 'viewers', 14000, T0 + 500);
    await Promise.all([ingestCapture(tabA, later), ingestCapture(tabB, again)]);
    expect(await tabB.sessions.count()).toBe(1);
    const s = await tabB.sessions.get('compass:S1|7528000000000000001');
    expect(s?.latest.viewers?.value).toBe(15000);
    expect((await tabA.values.get('compass:S1|7528000000000000001|viewers'))?.value).toBe(15000);
    // each distinct value a point once: 12000, 14000, 15000
    expect(
      (
        await tabA.points
          .where('[sessionId+metric+t]')
          .between(['compass:S1|7528000000000000001', 'viewers', 0], ['compass:S1|7528000000000000001', 'viewers', Infinity])
          .toArray()
      )
        .map((p) => p.value)
        .sort(),
    ).toEqual([12000, 14000, 15000]);
    tabA.close();
    tabB.close();
  });

  it('many tabs at once: twenty concurrent ingests of one capture store one row', async () => {
    const name = `tabs-${Math.random()}`;
    const tabs = Array.from({ length: 20 }, () => openDb(name));
    const res = await Promise.all(tabs.map((t) => ingestCapture(t, tableCapture())));
    expect(res.reduce((n, r) => n + r.stored, 0)).toBe(3); // one row per table scope (A, B, C)
    expect(await counts(tabs[0]!)).toMatchObject({ sessions: 3, captures: 3 });
    for (const t of tabs) t.close();
  });
});
