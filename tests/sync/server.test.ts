// @vitest-environment node
// The team-folder sync end to end against a real WebDAV server (Debian's Apache + mod_dav,
// tests/helpers/apache.ts), two stores standing for two browsers. Faults: 401, 507 and a server
// stopped mid-push come from the real Apache; a connection cut mid-upload and 429/503 are
// injected at the fetch level (webdav's documented fetch patch point), since Apache will not
// produce them on cue.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPatcher } from 'webdav/web';
import { exportBackup } from '../../lib/store/backup';
import { mergeShops, shopGroups } from '../../lib/store/links';
import { ingestCapture } from '../../lib/store/ingest';
import { getSetting, setSetting } from '../../lib/store/settings';
import type { StageLensDB } from '../../lib/store/db';
import { runSync } from '../../lib/sync/engine';
import { readState, writeConfig, writeState, newState, type SyncConfig } from '../../lib/store/sync-state';
import { webdavRemote } from '../../lib/sync/transport';
import { apacheAvailable, startApache, type Apache } from '../helpers/apache';
import { T0, freshDb, liveCapture, tableCapture, withValue } from '../store/fixtures';

let server: Apache;
beforeAll(async () => {
  if (apacheAvailable()) server = await startApache();
});
afterAll(async () => server?.close());
afterEach(() => {
  getPatcher().restore('fetch');
  vi.restoreAllMocks();
});

/** Every request of the webdav client passes through `f` (webdav's documented patch point). */
const patchFetch = (f: (url: string, init: RequestInit) => Promise<Response>) =>
  getPatcher().patch('fetch', (...args: unknown[]) => f(args[0] as string, args[1] as RequestInit));

let folders = 0;
function team(opts: Partial<SyncConfig> & { area?: 'dav' | 'full' } = {}) {
  const name = `team${++folders}`;
  const { area, ...over } = opts;
  return {
    name,
    config: (o: Partial<SyncConfig> = {}): SyncConfig => ({
      url: server.folder(name, area),
      username: server.user,
      password: server.password,
      passphrase: null,
      deviceName: '运营A',
      scheduleMinutes: null,
      ...over,
      ...o,
    }),
  };
}

async function device(id: string, config: SyncConfig): Promise<StageLensDB> {
  const db = freshDb();
  await writeConfig(db, config);
  await writeState(db, { ...newState(), device: id });
  return db;
}

const sync = async (db: StageLensDB, config: SyncConfig) => runSync({ db, config, remote: webdavRemote(config, { sleep: async () => undefined }) });
const everything = async (db: StageLensDB) => exportBackup(db, T0);

/**
 * Counts the client's requests, so a test reads Apache's log only once it holds a line for each:
 * Apache writes a line after its response went out, so under load a line lags the reply, and a
 * log read at once misses it (or counts it in the next span).
 */
function countRequests(): { logged: () => Promise<string[]> } {
  const base = server.log().length;
  let sent = 0;
  patchFetch(async (url, init) => {
    sent++;
    return fetch(url, init);
  });
  return {
    logged: async () => {
      await expect.poll(() => server.log().length, { timeout: 5000 }).toBe(base + sent);
      return server.log();
    },
  };
}

describe.runIf(apacheAvailable())('team folder on a real WebDAV server', () => {
  it('two browsers share their history; a sync with nothing new reads little and writes nothing', async () => {
    const requests = countRequests();
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    const b = await device('devbbbbbbbb2', t.config({ deviceName: '运营B' }));
    await ingestCapture(a, liveCapture());
    await ingestCapture(a, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
    await ingestCapture(b, tableCapture());
    const ra = await sync(a, t.config());
    expect(ra).toMatchObject({ ok: true, pushed: { bundles: 1 } });
    const rb = await sync(b, t.config({ deviceName: '运营B' }));
    expect(rb).toMatchObject({ ok: true, pulled: { bundles: 1 }, pushed: { bundles: 1 } });
    const ra2 = await sync(a, t.config());
    expect(ra2).toMatchObject({ ok: true, pulled: { bundles: 1 }, pushed: { bundles: 0 } });
    const ea = await everything(a);
    const eb = await everything(b);
    expect(ea.captures.length).toBe(eb.captures.length);
    expect(new Set(ea.captures.map((c) => c.hash + c.stream))).toEqual(new Set(eb.captures.map((c) => c.hash + c.stream)));
    expect(ea.sessions).toEqual(eb.sessions);
    const files = [...server.files(t.name).keys()].sort();
    expect(files.filter((f) => f.startsWith('stagelens/devices/'))).toEqual(['stagelens/devices/devaaaaaaaa1.json', 'stagelens/devices/devbbbbbbbb2.json']);
    expect(files.filter((f) => /^stagelens\/bundles\/[0-9a-f]{64}\.slb$/.test(f))).toHaveLength(2);
    // the device list
    expect((await readState(a)).peers).toEqual([expect.objectContaining({ id: 'devbbbbbbbb2', name: '运营B', bundles: 1, sealed: false })]);
    // nothing new: one listing (the other's index unchanged by its ETag), no write
    const from = (await requests.logged()).length;
    expect(await sync(b, t.config({ deviceName: '运营B' }))).toMatchObject({ ok: true, pulled: { bundles: 0 }, pushed: { bundles: 0 } });
    expect((await requests.logged()).slice(from)).toEqual([expect.stringMatching(/^PROPFIND \/dav\/team\d+\/stagelens\/devices\/? 207$/)]);
    expect((await readState(b)).peers).toEqual([expect.objectContaining({ id: 'devaaaaaaaa1', name: '运营A' })]);
    // a changed index is read again
    await ingestCapture(a, withValue(liveCapture(), 'viewers', 17000, T0 + 180_000));
    await sync(a, t.config());
    const from2 = (await requests.logged()).length;
    expect(await sync(b, t.config({ deviceName: '运营B' }))).toMatchObject({ ok: true, pulled: { bundles: 1 } });
    expect((await requests.logged()).slice(from2).filter((r) => r.startsWith('GET')).length).toBe(2); // the index and the new bundle
  });

  it("items, their numbers and explanation segments travel too (the synced tables are the backup's)", async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    const b = await device('devbbbbbbbb2', t.config({ deviceName: '运营B' }));
    const item = (id: string, gmv: number, explaining = false) => ({
      key: `id:${id}`,
      id,
      title: `商品${id}`,
      kind: 'product' as const,
      ...(explaining ? { explaining } : {}),
      readings: [{ metric: 'gmv' as const, label: '成交金额', text: `¥${gmv}`, value: gmv }],
    });
    await ingestCapture(a, { ...liveCapture(), items: [item('1', 10, true), item('2', 0)] });
    await ingestCapture(a, { ...liveCapture(), capturedAt: T0 + 30_000, items: [item('1', 20), item('2', 5, true)] });
    expect(await sync(a, t.config())).toMatchObject({ ok: true });
    expect(await sync(b, t.config({ deviceName: '运营B' }))).toMatchObject({ ok: true, pulled: { bundles: 1 } });
    const [ea, eb] = [await everything(a), await everything(b)];
    expect(eb.items).toEqual(ea.items);
    expect(eb.itemStats).toEqual(ea.itemStats);
    expect(eb.segments).toEqual(ea.segments);
    expect(eb.segments).toHaveLength(2);
  });

  it('a merge of two shops made in one browser reaches the other; an automatic link never undoes it', async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    const b = await device('devbbbbbbbb2', t.config());
    for (const db of [a, b]) {
      await ingestCapture(db, liveCapture());
      await ingestCapture(db, { ...liveCapture(), shop: { id: 'S9', name: '另一家店' }, capturedAt: T0 + 5000 });
    }
    await mergeShops(a, 'compass:S1', 'compass:S9', T0 + 60_000);
    expect(await sync(b, t.config())).toMatchObject({ ok: true });
    expect(await sync(a, t.config())).toMatchObject({ ok: true });
    expect(await sync(b, t.config())).toMatchObject({ ok: true });
    const shape = async (db: typeof a) => (await shopGroups(db)).map((g) => [g.id, g.accounts.map((x) => x.id)]);
    expect(await shape(b)).toEqual([['compass:S1', ['compass:S1', 'compass:S9']]]);
    expect(await shape(a)).toEqual(await shape(b));
  });

  it('with a passphrase the server holds nothing readable; a wrong passphrase is a clear error that changes nothing', async () => {
    const t = team();
    const secret = 'correct horse battery';
    const a = await device('devaaaaaaaa1', t.config({ passphrase: secret }));
    await ingestCapture(a, liveCapture());
    expect(await sync(a, t.config({ passphrase: secret }))).toMatchObject({ ok: true });
    const bytes = Buffer.concat([...server.files(t.name).values()]);
    for (const plain of ['运营A', '观看人数', '夏日', '12580', 'compass', 'viewers']) expect(bytes.includes(Buffer.from(plain)), plain).toBe(false);
    const b = await device('devbbbbbbbb2', t.config({ passphrase: 'wrong passphrase!' }));
    await ingestCapture(b, tableCapture());
    const before = await everything(b);
    const filesBefore = server.files(t.name).size;
    const r = await sync(b, t.config({ passphrase: 'wrong passphrase!' }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'passphrase' } });
    expect(await everything(b)).toEqual(before);
    expect(server.files(t.name).size).toBe(filesBefore); // B wrote nothing either
    expect((await readState(b)).lastError).toMatchObject({ kind: 'passphrase' });
    // without a passphrase at all: also refused, also nothing changed
    expect(await sync(b, t.config())).toMatchObject({ ok: false, error: { kind: 'passphrase' } });
    // the right one: merged
    expect(await sync(b, t.config({ passphrase: secret }))).toMatchObject({ ok: true, pulled: { bundles: 1 } });
    expect(await b.captures.count()).toBeGreaterThan(before.captures.length);
  });

  it('a 401 (wrong app password) says so and changes nothing', async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    await ingestCapture(a, liveCapture());
    const before = await everything(a);
    const r = await sync(a, t.config({ password: 'not-it' }));
    expect(r).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(r.error!.message).toMatch(/401/);
    expect(await everything(a)).toEqual(before);
    expect((await readState(a)).own).toBeNull();
    expect(server.files(t.name).size).toBe(0);
  });

  it('a 507 (quota full) says so, loses nothing, and the next sync with room pushes it all', async () => {
    const t = team({ area: 'full' });
    const a = await device('devaaaaaaaa1', t.config());
    await ingestCapture(a, liveCapture());
    const r = await sync(a, t.config());
    expect(r).toMatchObject({ ok: false, error: { kind: 'quota' } });
    // Apache logs a request after its response went out: under load the line can lag the reply
    await expect.poll(() => server.log().some((l) => / 507$/.test(l)), { timeout: 5000 }).toBe(true);
    const s = await readState(a);
    expect(s.own).toBeNull();
    expect(s.lastPush).toBeNull();
    // room again (the same folder, served without the quota)
    const ok = t.config({ url: t.config().url.replace('/full/', '/dav/') });
    expect(await sync(a, ok)).toMatchObject({ ok: true, pushed: { bundles: 1 } });
    const b = await device('devbbbbbbbb2', ok);
    expect(await sync(b, ok)).toMatchObject({ ok: true, pulled: { bundles: 1 } });
    expect(await b.captures.count()).toBe(await a.captures.count());
  });

  it('the server stopped mid-push (bundle stored, index not): nothing is lost, nothing half-read; the next sync completes', async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    const b = await device('devbbbbbbbb2', t.config());
    await ingestCapture(a, liveCapture());
    await sync(a, t.config());
    await sync(b, t.config());
    await ingestCapture(a, withValue(liveCapture(), 'viewers', 20000, T0 + 120_000));
    const known = (await a.settings.get('sync:known'))?.value;
    const stateBefore = await readState(a);
    // stop Apache right before A's index is written
    patchFetch(async (url, init) => {
      if (init.method === 'PUT' && /\/devices\/devaaaaaaaa1\.json$/.test(url)) await server.stop();
      return fetch(url, init);
    });
    const r = await sync(a, t.config());
    getPatcher().restore('fetch');
    expect(r).toMatchObject({ ok: false, error: { kind: 'cut' } });
    expect((await a.settings.get('sync:known'))?.value).toEqual(known);
    expect((await readState(a)).own).toEqual(stateBefore.own);
    await server.start();
    // B sees only what the index lists: the stored bundle is not half of a push
    const bBefore = await everything(b);
    expect(await sync(b, t.config())).toMatchObject({ ok: true, pulled: { bundles: 0 } });
    expect(await everything(b)).toEqual(bBefore);
    // the next sync resumes: the same bundle (same name, written again harmlessly), then the index
    expect(await sync(a, t.config())).toMatchObject({ ok: true, pushed: { bundles: 1 } });
    expect(await sync(b, t.config())).toMatchObject({ ok: true, pulled: { bundles: 1 } });
    expect(await b.captures.count()).toBe(await a.captures.count());
    expect([...server.files(t.name).keys()].filter((f) => f.includes('/bundles/'))).toHaveLength(2);
  });

  it('a connection cut mid-upload (injected): same — nothing committed, the next sync completes', async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    await ingestCapture(a, liveCapture());
    patchFetch(async (url, init) => {
      if (init.method === 'PUT' && url.includes('/bundles/')) throw new TypeError('network error: connection reset');
      return fetch(url, init);
    });
    expect(await sync(a, t.config())).toMatchObject({ ok: false, error: { kind: 'cut' } });
    getPatcher().restore('fetch');
    expect((await readState(a)).own).toBeNull();
    expect(await sync(a, t.config())).toMatchObject({ ok: true, pushed: { bundles: 1 } });
  });

  it('429 / 503 (injected): waits and tries again, the sync completes', async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    await ingestCapture(a, liveCapture());
    let busy = 2;
    patchFetch(async (url, init) => {
      if (init.method === 'PUT' && busy-- > 0) return new Response('slow down', { status: busy ? 429 : 503, headers: { 'retry-after': '1' } });
      return fetch(url, init);
    });
    expect(await sync(a, t.config())).toMatchObject({ ok: true, pushed: { bundles: 1 } });
  });

  it.each([
    [
      'tampered (one byte changed)',
      (b: Buffer) => {
        b[b.length - 10]! ^= 0xff;
        return b;
      },
    ],
    ['truncated', (b: Buffer) => b.subarray(0, Math.floor(b.length / 2))],
  ])('a %s bundle is refused: that device is skipped with a clear message, the store unchanged', async (_n, damage) => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    const b = await device('devbbbbbbbb2', t.config());
    await ingestCapture(a, liveCapture());
    await sync(a, t.config());
    const [path, bytes] = [...server.files(t.name)].find(([p]) => p.includes('/bundles/'))!;
    server.write(t.name, path, damage(Buffer.from(bytes)));
    const before = await everything(b);
    const r = await sync(b, t.config());
    expect(r.skipped).toEqual([{ device: 'devaaaaaaaa1', error: expect.stringMatching(/does not match its name/) }]);
    expect(await everything(b)).toEqual(before);
    expect((await readState(b)).cursors['devaaaaaaaa1']).toBeUndefined();
    expect((await readState(b)).lastError).toMatchObject({ kind: 'bad-file', message: /devaaaaaaaa1/ });
  });

  it('a setting edited in both: the later edit wins in both, the other recorded as a conflict', async () => {
    const t = team();
    const a = await device('devaaaaaaaa1', t.config());
    const b = await device('devbbbbbbbb2', t.config());
    vi.spyOn(Date, 'now').mockReturnValue(T0);
    await setSetting(a, 'retentionDays', 30);
    vi.spyOn(Date, 'now').mockReturnValue(T0 + 1000);
    await setSetting(b, 'retentionDays', 365);
    vi.restoreAllMocks();
    await sync(a, t.config());
    await sync(b, t.config());
    await sync(a, t.config());
    expect(await getSetting(a, 'retentionDays')).toBe(365);
    expect(await getSetting(b, 'retentionDays')).toBe(365);
    expect((await readState(a)).conflicts).toEqual([
      expect.objectContaining({ key: 'retentionDays', kept: 'theirs', theirs: { at: T0 + 1000, device: 'devbbbbbbbb2' } }),
    ]);
    expect((await readState(b)).conflicts).toEqual([expect.objectContaining({ key: 'retentionDays', kept: 'ours' })]);
  });
});
