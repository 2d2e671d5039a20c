/**
 * A schema upgrade while another connection is open: the side panel (or a second tab) still
 * holds the old version when the background opens the new one. The upgrade must complete, the
 * old connection must step aside cleanly and read again afterwards, and no row may be lost,
 * including one the old connection wrote while the upgrade waited.
 */
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openDb, StageLensDB } from '../../lib/store/db';
/** the version the code declares (the highest `version(n)` in lib/store/db.ts) */
const CURRENT = new StageLensDB('verno').verno;
import { ingestCapture } from '../../lib/store/ingest';
import { counts, metricHistory } from '../../lib/store/queries';
import { liveCapture, tableCapture, V1_AT, V1_SCHEMA, v1Session } from './fixtures';

const V1 = V1_SCHEMA;
const at = V1_AT;
const session = (key: string, t: number, viewers: number) => v1Session(key, t, viewers, false);

async function seededV1(name: string): Promise<Dexie> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1);
  await v1.open();
  await v1.table('shops').add({ id: 'compass:S1', platform: 'compass', shopKey: 'S1', name: '店', firstSeen: at, lastSeen: at });
  await v1.table('sessions').bulkAdd([session('A', at, 1000), session('B', at + 86_400_000, 2000)]);
  await v1.table('points').add({ sessionId: 'compass:S1|A', metric: 'viewers', t: at, value: 1000 });
  return v1;
}

const quietly = () => vi.spyOn(console, 'warn').mockImplementation(() => {}); // Dexie explains each close

describe('schema upgrade with another connection open', () => {
  it('the side panel still at v1: upgrade completes, the panel closes, reads again, nothing lost', async () => {
    const warn = quietly();
    const name = `panel-${Math.random()}`;
    const panel = await seededV1(name);
    let told = 0;
    panel.on('versionchange', () => {
      told++; // Dexie's own handler then closes the connection
    });
    expect(await panel.table('sessions').count()).toBe(2);

    const bg = openDb(name);
    const started = Date.now();
    await bg.open();
    expect(Date.now() - started).toBeLessThan(2000); // not blocked
    expect(bg.verno).toBe(CURRENT);
    expect(told).toBe(1);
    expect(panel.isOpen()).toBe(false);
    expect(await bg.values.count()).toBe(2);

    // the background writes at v2 (rows A and B again, C new); the old panel reads again and
    // sees old and new rows
    await ingestCapture(bg, tableCapture());
    expect(await panel.table('sessions').count()).toBe(3);
    expect(await panel.table('shops').count()).toBe(1);
    expect(await panel.table('points').count()).toBe(1);
    expect((await panel.table('sessions').get('compass:S1|C'))?.latest.viewers.value).toBe(3000);
    expect((await metricHistory(bg, 'compass:S1', 'viewers')).map((h) => h.value)).toEqual([1000, 2000, 3000]);
    panel.close();
    bg.close();
    warn.mockRestore();
  });

  it('an old connection that ignores versionchange: the upgrade waits, then completes with its late write', async () => {
    const name = `stubborn-${Math.random()}`;
    (await seededV1(name)).close();
    // a raw connection at Dexie's v1 (IndexedDB version 10) with no versionchange handler
    const raw = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open(name, 10);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const bg = openDb(name);
    let blocked = 0;
    // wait for the event itself, not a fixed time: on a loaded machine it can come after any sleep
    const wasBlocked = new Promise<void>((ok) =>
      bg.on('blocked', () => {
        blocked++;
        ok();
      }),
    );
    const opening = bg.open();
    await wasBlocked;
    expect(bg.isOpen()).toBe(false);
    expect(blocked).toBe(1); // one open request, blocked once by the one old connection

    // while the upgrade waits, the old connection still writes a session
    await new Promise<void>((ok, fail) => {
      const tx = raw.transaction('sessions', 'readwrite');
      tx.objectStore('sessions').put(session('LATE', at + 5 * 86_400_000, 5000));
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    raw.close();
    await opening;
    expect(bg.verno).toBe(CURRENT);
    expect(await bg.sessions.count()).toBe(3);
    // the values table, built by the upgrade, includes the late session
    expect((await bg.values.get('compass:S1|LATE|viewers'))?.value).toBe(5000);
    expect(await bg.points.count()).toBe(1);
    bg.close();
  });

  it('the panel at the current version while a newer one (one version up) opens: the panel reopens, nothing lost', async () => {
    const warn = quietly();
    const name = `future-${Math.random()}`;
    const panel = openDb(name);
    await ingestCapture(panel, liveCapture());
    await ingestCapture(panel, tableCapture());
    const before = await counts(panel);

    class Future extends StageLensDB {
      constructor(n: string) {
        super(n);
        this.version(CURRENT + 1).stores({ notes: 'id' });
      }
    }
    const next = new Future(name);
    await next.open();
    expect(next.verno).toBe(CURRENT + 1);
    expect(panel.isOpen()).toBe(false);
    // the panel reads again (Dexie reopens it) and every row is there, read by both
    expect(await counts(panel)).toEqual(before);
    expect(await counts(next)).toEqual(before);
    next.close();
    panel.close();
    warn.mockRestore();
  });
});
