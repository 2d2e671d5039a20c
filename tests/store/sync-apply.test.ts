// A pull's write (lib/store/sync-apply.ts): two stores, bundles handed over directly (no server).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../lib/store/backup';
import { ingestCapture } from '../../lib/store/ingest';
import { counts } from '../../lib/store/queries';
import { getSetting, setSetting } from '../../lib/store/settings';
import { setChecklistItem } from '../../lib/store/checklist';
import type { StageLensDB } from '../../lib/store/db';
import { StoreError } from '../../lib/store/errors';
import { applyPulled } from '../../lib/store/sync-apply';
import { decodeBundle, encodeBundle, type Bundle } from '../../lib/sync/bundle';
import { planPush } from '../../lib/sync/plan';
import { SYNC_KEYS, readEdited, readKnown, readOrigins, readState, writeConfig, writeState, newState } from '../../lib/store/sync-state';
import { T0, freshDb, liveCapture, tableCapture, withValue } from './fixtures';
import { countWrites, quotaFromWrite } from './faults';

afterEach(() => vi.restoreAllMocks());

const CONFIG = { url: 'https://dav.example.org/team', username: 'u', password: 'p', passphrase: null, deviceName: 'x', scheduleMinutes: null };

async function device(id: string): Promise<StageLensDB> {
  const db = freshDb();
  await writeConfig(db, CONFIG);
  await writeState(db, { ...newState(), device: id });
  return db;
}

/** What `db` would push now, as the bundle another device decodes. */
async function bundleOf(db: StageLensDB): Promise<Bundle[]> {
  const s = await readState(db);
  const plan = planPush({
    backup: await exportBackup(db),
    known: await readKnown(db),
    origins: await readOrigins(db),
    edited: await readEdited(db),
    device: s.device,
  });
  await db.settings.put({ key: SYNC_KEYS.known, value: plan.known });
  return plan.parts.map((p) => {
    const d = decodeBundle(encodeBundle(p, s.device));
    if (!d.ok) throw new Error(d.error);
    return d.bundle;
  });
}

const pull = (db: StageLensDB, from: string, bundles: Bundle[], now = T0 + 1e6) =>
  applyPulled(db, [{ device: from, bundles, cursor: { count: bundles.length, last: 'x' } }], (s) => s, now);

const withoutIds = <T extends { id?: unknown }>(rows: T[]) => rows.map(({ id: _i, ...r }) => r);

describe('applyPulled', () => {
  it('union: the other device’s captures arrive; merging twice changes nothing; what arrived is not pushed back', async () => {
    const a = await device('devaaaaaaaa1');
    const b = await device('devbbbbbbbb2');
    await ingestCapture(a, liveCapture());
    await ingestCapture(a, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
    await ingestCapture(b, tableCapture());
    const own = await b.captures.count();
    const fromA = await bundleOf(a);
    const res = await pull(b, 'devaaaaaaaa1', fromA);
    expect(res.bundles).toBe(1);
    const ca = await counts(a);
    const cb = await counts(b);
    expect(cb.captures).toBe(ca.captures + own); // A's two and B's own table page's
    const again = await pull(b, 'devaaaaaaaa1', fromA);
    expect(again.added).toBe(0);
    expect(await counts(b)).toEqual(cb);
    expect((await readState(b)).cursors['devaaaaaaaa1']).toEqual({ count: 1, last: 'x' });
    // B pushes only its own rows (and none of A's that it now holds)
    const fromB = await bundleOf(b);
    const sent = fromB.flatMap((x) => x.backup.captures);
    expect(sent).toHaveLength(own);
    expect(new Set(sent.map((c) => c.page))).toEqual(new Set([tableCapture().page]));
  });

  it('the same page read in both browsers (same numbers, different moments) is stored once', async () => {
    const a = await device('devaaaaaaaa1');
    const b = await device('devbbbbbbbb2');
    await ingestCapture(a, liveCapture({ capturedAt: T0 }));
    await ingestCapture(b, liveCapture({ capturedAt: T0 + 30_000 }));
    await pull(b, 'devaaaaaaaa1', await bundleOf(a));
    await pull(a, 'devbbbbbbbb2', await bundleOf(b));
    expect(await a.captures.count()).toBe(1);
    expect(await b.captures.count()).toBe(1);
    // a different reading of the same page is kept
    await ingestCapture(a, withValue(liveCapture(), 'viewers', 99_999, T0 + 90_000));
    await pull(b, 'devaaaaaaaa1', await bundleOf(a));
    expect(await b.captures.count()).toBe(2);
    expect(withoutIds(await b.captures.orderBy('capturedAt').toArray()).map((c) => c.hash)).toEqual(
      withoutIds(await a.captures.orderBy('capturedAt').toArray()).map((c) => c.hash),
    );
  });

  it('settings: last writer wins per field, the device and time kept, the conflict recorded', async () => {
    const a = await device('devaaaaaaaa1');
    const b = await device('devbbbbbbbb2');
    vi.spyOn(Date, 'now').mockReturnValue(T0 + 1000);
    await setSetting(a, 'language', 'en');
    await setSetting(a, 'retentionDays', 90);
    vi.spyOn(Date, 'now').mockReturnValue(T0 + 2000);
    await setSetting(b, 'language', 'zh-CN'); // later: wins
    vi.restoreAllMocks();
    const fromA = await bundleOf(a);
    const fromB = await bundleOf(b);
    const rb = await pull(b, 'devaaaaaaaa1', fromA, T0 + 5000);
    const ra = await pull(a, 'devbbbbbbbb2', fromB, T0 + 5000);
    for (const db of [a, b]) {
      expect(await getSetting(db, 'language')).toBe('zh-CN');
      expect(await getSetting(db, 'retentionDays')).toBe(90);
    }
    expect(rb.conflicts).toEqual([
      {
        table: 'settings',
        key: 'language',
        kept: 'ours',
        theirs: { at: T0 + 1000, device: 'devaaaaaaaa1' },
        ours: { at: T0 + 2000, device: 'devbbbbbbbb2' },
        resolvedAt: T0 + 5000,
      },
    ]);
    expect(ra.conflicts).toEqual([
      {
        table: 'settings',
        key: 'language',
        kept: 'theirs',
        theirs: { at: T0 + 2000, device: 'devbbbbbbbb2' },
        ours: { at: T0 + 1000, device: 'devaaaaaaaa1' },
        resolvedAt: T0 + 5000,
      },
    ]);
    expect((await readState(a)).conflicts).toHaveLength(1);
    expect(await readOrigins(a)).toMatchObject({ 'settings|language': { at: T0 + 2000, device: 'devbbbbbbbb2' } });
    // converged: neither has anything new to send about it
    expect((await bundleOf(a)).flatMap((x) => x.backup.settings)).toEqual([]);
    expect((await bundleOf(b)).flatMap((x) => x.backup.settings)).toEqual([]);
  });

  it('checklist ticks: the later tick wins', async () => {
    const a = await device('devaaaaaaaa1');
    const b = await device('devbbbbbbbb2');
    await setChecklistItem(a, 'compass:S1', 'cover', 'done', T0 + 10);
    await setChecklistItem(b, 'compass:S1', 'cover', 'skipped', T0 + 5);
    await pull(b, 'devaaaaaaaa1', await bundleOf(a));
    expect((await b.checklist.get('compass:S1|cover'))?.state).toBe('done');
  });

  it('a write failure at any write leaves the store exactly as it was (data, cursors, known, origins)', async () => {
    const a = await device('devaaaaaaaa1');
    const b = await device('devbbbbbbbb2');
    await ingestCapture(a, liveCapture());
    await ingestCapture(a, tableCapture());
    await setSetting(a, 'language', 'en');
    await ingestCapture(b, withValue(liveCapture(), 'viewers', 1, T0 + 500_000));
    const fromA = await bundleOf(a);
    const before = await exportBackup(b, T0);
    const rowsBefore = await b.settings.toArray();
    // the pull's writes, counted on a copy of B
    const copy = await device('devbbbbbbbb2');
    await ingestCapture(copy, withValue(liveCapture(), 'viewers', 1, T0 + 500_000));
    const writes = await countWrites(() => pull(copy, 'devaaaaaaaa1', fromA));
    expect(writes).toBeGreaterThan(10);
    for (let n = 1; n <= writes; n++) {
      const fault = quotaFromWrite(n);
      const err = await pull(b, 'devaaaaaaaa1', fromA).catch((e: unknown) => e);
      fault.restore();
      expect(err, `quota at write ${n} of ${writes}`).toBeInstanceOf(StoreError);
      expect(await exportBackup(b, T0), `write ${n}`).toEqual(before);
      expect(await b.settings.toArray(), `write ${n}`).toEqual(rowsBefore);
    }
    // and with no fault it all lands
    await pull(b, 'devaaaaaaaa1', fromA);
    expect(await b.captures.count()).toBe(1 + (await a.captures.count()));
  });
});
