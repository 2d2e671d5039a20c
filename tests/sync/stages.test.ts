// Each pure stage of the team-folder sync with its own table of cases (lib/sync/*).
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'fflate';
import { exportBackup } from '../../lib/store/backup';
import { ingestCapture } from '../../lib/store/ingest';
import { setSetting } from '../../lib/store/settings';
import { decodeBundle, encodeBundle } from '../../lib/sync/bundle';
import { decideLww } from '../../lib/sync/merge';
import { planPush } from '../../lib/sync/plan';
import { canonicalJson, rowHash } from '../../lib/sync/rowhash';
import { deriveKeys, open, seal } from '../../lib/sync/seal';
import { stampOf, wins } from '../../lib/sync/stamps';
import { LWW_TABLES, SYNC_TABLES, UNION_TABLES } from '../../lib/sync/tables';
import { BackupV1Schema } from '../../lib/export/backup-schema';
import { parseIndex } from '../../lib/sync/index-file';
import { classify } from '../../lib/sync/errors';
import { withBusyRetry } from '../../lib/sync/transport';
import { SYNC_LIMITS } from '../../lib/sync/limits';
import { T0, freshDb, liveCapture, tableCapture, withValue } from '../store/fixtures';

const ME = 'deviceaaaa01';
const THEM = 'devicebbbb02';

async function seeded() {
  const db = freshDb();
  await ingestCapture(db, liveCapture());
  await ingestCapture(db, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
  await ingestCapture(db, tableCapture());
  await setSetting(db, 'language', 'en');
  return db;
}

describe('tables: one list, shared with the backup', () => {
  it('every array of the backup schema is synced; LWW ones apart', () => {
    // every field of a backup but its header is a table (also those that default to [] for older files)
    const arrays = Object.keys(BackupV1Schema.shape).filter((k) => !['format', 'version', 'exportedAt'].includes(k));
    expect(arrays).toEqual(expect.arrayContaining(['items', 'itemStats', 'segments']));
    expect([...SYNC_TABLES]).toEqual(arrays);
    expect([...UNION_TABLES, ...LWW_TABLES].sort()).toEqual([...arrays].sort());
    expect(UNION_TABLES).toEqual(expect.arrayContaining(['shops', 'sessions', 'captures', 'points']));
  });
});

describe('rowHash', () => {
  it.each([
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: 1, u: undefined }, { a: 1 }, true],
  ])('%j vs %j → same: %s', (x, y, same) => {
    expect(rowHash('t', x) === rowHash('t', y)).toBe(same);
  });
  it('the table and the stamp are part of the identity', () => {
    expect(rowHash('a', { x: 1 })).not.toBe(rowHash('b', { x: 1 }));
    expect(rowHash('a', { x: 1 }, { at: 1, device: ME })).not.toBe(rowHash('a', { x: 1 }, { at: 2, device: ME }));
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });
});

describe('stamps and last-writer-wins', () => {
  it.each([
    [{ at: 2, device: THEM }, { at: 1, device: ME }, true],
    [{ at: 1, device: THEM }, { at: 2, device: ME }, false],
    // a tie goes to the greater device id, the same on every device
    [{ at: 1, device: THEM }, { at: 1, device: ME }, true],
    [{ at: 1, device: ME }, { at: 1, device: THEM }, false],
  ])('%j over %j: %s', (theirs, ours, w) => expect(wins(theirs, ours)).toBe(w));

  it('a row written by a pull keeps its writer until edited here', () => {
    const origins = { 'settings|language': { at: 50, device: THEM } };
    expect(stampOf('settings', 'language', 10, origins, ME)).toEqual({ at: 50, device: THEM });
    expect(stampOf('settings', 'language', 60, origins, ME)).toEqual({ at: 60, device: ME });
    expect(stampOf('checklist', 'x', 5, {}, ME)).toEqual({ at: 5, device: ME });
  });

  const row = (value: unknown) => ({ key: 'language', value });
  it.each([
    ['nothing here: written, no conflict', null, { at: 1, device: THEM }, 'zh-CN', true, null],
    ['theirs later, different: theirs kept', { at: 1, device: ME }, { at: 2, device: THEM }, 'en', true, 'theirs'],
    ['ours later, different: ours kept', { at: 3, device: ME }, { at: 2, device: THEM }, 'en', false, 'ours'],
    ['theirs later, same value: written, no conflict', { at: 1, device: ME }, { at: 2, device: THEM }, 'zh-CN', true, null],
  ])('%s', (_n, ours, theirs, theirValue, write, kept) => {
    const d = decideLww('settings', 'language', { row: row(theirValue), stamp: theirs }, ours ? { row: row('zh-CN'), stamp: ours } : null, 99);
    expect(d.write).toBe(write);
    expect(d.conflict?.kept ?? null).toBe(kept);
    if (d.conflict) expect(d.conflict).toMatchObject({ table: 'settings', key: 'language', theirs, ours, resolvedAt: 99 });
  });
});

describe('planPush', () => {
  it('sends every row once; what was pushed or received is not sent again; a changed row is', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    const first = planPush({ backup, known: new Set(), origins: {}, edited: {}, device: ME });
    const total = SYNC_TABLES.reduce((n, t) => n + (backup[t] as unknown[]).length, 0);
    expect(first.count).toBe(total);
    expect(first.parts[0]!.stamps.settings).toEqual({ language: { at: 0, device: ME } });
    const again = planPush({ backup, known: new Set(first.known), origins: {}, edited: {}, device: ME });
    expect(again.count).toBe(0);
    expect(again.parts).toEqual([]);
    await ingestCapture(db, withValue(liveCapture(), 'viewers', 16000, T0 + 120_000));
    const next = planPush({ backup: await exportBackup(db), known: new Set(first.known), origins: {}, edited: {}, device: ME });
    // the new capture and its point, and the session and shop it changed
    expect(Object.fromEntries(Object.entries(next.parts[0]!.rows).map(([t, r]) => [t, r!.length]))).toEqual({ shops: 1, sessions: 1, captures: 1, points: 1 });
    // an edit of a setting (a new stamp) is sent again, even back to the same value
    const edited = planPush({ backup, known: new Set(first.known), origins: {}, edited: { language: T0 }, device: ME });
    expect(edited.parts[0]!.rows.settings).toHaveLength(1);
  });
  it('splits into parts of at most maxRows rows', async () => {
    const backup = await exportBackup(await seeded());
    const p = planPush({ backup, known: new Set(), origins: {}, edited: {}, device: ME, maxRows: 3 });
    expect(p.parts.map((x) => x.count)).toEqual(Array.from({ length: Math.ceil(p.count / 3) }, (_, i) => Math.min(3, p.count - 3 * i)));
  });
});

describe('bundle encode/decode', () => {
  async function part() {
    const backup = await exportBackup(await seeded());
    return planPush({ backup, known: new Set(), origins: {}, edited: {}, device: ME }).parts[0]!;
  }
  it('round-trips, deterministically', async () => {
    const p = await part();
    const a = encodeBundle(p, ME);
    expect(encodeBundle(p, ME)).toEqual(a);
    const d = decodeBundle(a);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.bundle.device).toBe(ME);
    expect(d.bundle.backup.captures).toEqual(p.rows.captures);
    expect(d.bundle.stamps).toEqual(p.stamps);
  });
  const doc = (over: (d: Record<string, unknown>) => void) => async () => {
    const d = JSON.parse(new TextDecoder().decode((await import('fflate')).gunzipSync(encodeBundle(await part(), ME)))) as Record<string, unknown>;
    over(d);
    return gzipSync(new TextEncoder().encode(JSON.stringify(d)));
  };
  it.each([
    ['truncated', async () => encodeBundle(await part(), ME).slice(0, 200), /unpack|gzip/],
    ['not gzip', async () => new TextEncoder().encode('{"format":"x"}'.padEnd(40)), /not a gzip/],
    ['another format', doc((d) => void (d.format = 'x')), /not a StageLens bundle/],
    ['an impossible value (negative viewers)', doc((d) => void ((d.backup as { points: Array<{ value: number }> }).points[0]!.value = -5)), /invalid backup/],
    ['a hostile key', doc((d) => void ((d.backup as Record<string, unknown>).shops = JSON.parse('[{"__proto__":{}}]'))), /rejected/],
    ['a stamp without its row', doc((d) => void ((d.stamps as Record<string, unknown>).checklist = { 'x|y': { at: 1, device: ME } })), /stamps do not match/],
    ['a row without its stamp', doc((d) => void ((d.stamps as Record<string, unknown>).settings = {})), /stamps do not match/],
    ['a bad device id', doc((d) => void (d.device = '../x')), /device id/],
  ])('refuses %s', async (_n, make, error) => {
    const r = decodeBundle(await make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});

describe('seal / open', () => {
  const salt = new Uint8Array(16).fill(7);
  const plain = new TextEncoder().encode('直播间 观看人数 12345');
  it('plain files open without keys; sealed ones need the passphrase, hold nothing readable, and are deterministic', async () => {
    const keys = await deriveKeys('team passphrase 1', salt);
    expect(await open(await seal(plain, null), null)).toEqual({ ok: true, plain });
    const sealed = await seal(plain, keys);
    expect(await seal(plain, keys)).toEqual(sealed);
    expect(Buffer.from(sealed).includes(Buffer.from('12345'))).toBe(false);
    expect(Buffer.from(sealed).includes(Buffer.from('观看'))).toBe(false);
    expect(await open(sealed, async () => keys)).toEqual({ ok: true, plain });
    expect(await open(sealed, null)).toMatchObject({ ok: false, reason: 'needs-passphrase' });
    const wrong = await deriveKeys('another passphrase', salt);
    expect(await open(sealed, async () => wrong)).toMatchObject({ ok: false, reason: 'unreadable', error: /wrong passphrase/ });
    const tampered = sealed.slice();
    tampered[tampered.length - 20]! ^= 1;
    expect(await open(tampered, async () => keys)).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(await open(sealed.slice(0, 40), async () => keys)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
  it('refuses a file stating too few key iterations (a downgrade)', async () => {
    const sealed = await seal(plain, await deriveKeys('team passphrase 1', salt));
    new DataView(sealed.buffer).setUint32(4, 1000);
    expect(
      await open(sealed, async () => {
        throw new Error('must not derive');
      }),
    ).toMatchObject({ ok: false, error: /iterations/ });
  });
});

describe('device index', () => {
  const ok = { format: 'stagelens-sync-device', version: 1, device: THEM, updatedAt: 1, name: '运营A', check: null, bundles: [`${'a'.repeat(64)}.slb`] };
  const bytes = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
  it.each([
    ['valid', ok, THEM, null],
    ['another device in the file', ok, ME, /names device/],
    ['a path as a bundle name', { ...ok, bundles: ['../../x.slb'] }, THEM, /bundle name/],
    ['truncated', null, THEM, /not valid JSON/],
  ])('%s', (_n, o, expectDevice, error) => {
    const r = parseIndex(o === null ? bytes(ok).slice(0, 30) : bytes(o), expectDevice);
    expect(r.ok).toBe(error === null);
    if (!r.ok) expect(r.error).toMatch(error!);
  });
});

describe('errors and back-off', () => {
  it.each([
    [{ status: 401 }, 'auth'],
    [{ status: 403 }, 'forbidden'],
    [{ status: 404 }, 'notFound'],
    [{ status: 507 }, 'quota'],
    [{ status: 429 }, 'busy'],
    [{ status: 503 }, 'busy'],
    [{ status: 500 }, 'server'],
    [new TypeError('Failed to fetch'), 'cut'],
  ])('%j → %s', (e, kind) => expect(classify(e, 'x', true).kind).toBe(kind));
  it('offline is told apart from a cut connection', () => expect(classify(new TypeError('Failed to fetch'), 'x', false).kind).toBe('offline'));

  it('waits and tries again on 429/503 (Retry-After first), then gives up with a busy error', async () => {
    const waits: number[] = [];
    let calls = 0;
    const busy = (retryAfter?: string) =>
      Object.assign(new Error('busy'), {
        status: 429,
        response: new Response(null, { status: 429, headers: retryAfter ? { 'retry-after': retryAfter } : {} }),
      });
    const r = await withBusyRetry(
      'x',
      async () => {
        if (++calls < 3) throw busy(calls === 1 ? '5' : undefined);
        return 'done';
      },
      async (ms) => void waits.push(ms),
    );
    expect(r).toBe('done');
    expect(waits).toEqual([5000, SYNC_LIMITS.busyBackoffMs * 2]);
    calls = 0;
    await expect(
      withBusyRetry(
        'x',
        async () => {
          calls++;
          throw busy();
        },
        async () => undefined,
      ),
    ).rejects.toMatchObject({ kind: 'busy' });
    expect(calls).toBe(SYNC_LIMITS.busyTries);
    // a Retry-After beyond what we wait is left to the next sync
    await expect(
      withBusyRetry(
        'x',
        async () => {
          throw busy('3600');
        },
        async () => {
          throw new Error('must not wait');
        },
      ),
    ).rejects.toMatchObject({ kind: 'busy' });
    // other failures are not tried again
    calls = 0;
    await expect(
      withBusyRetry(
        'x',
        async () => {
          calls++;
          throw Object.assign(new Error(), { status: 507 });
        },
        async () => undefined,
      ),
    ).rejects.toMatchObject({ kind: 'quota' });
    expect(calls).toBe(1);
  });
});
