/**
 * The team folder in real Chromium: two browser profiles (two persistent contexts, each with the
 * built extension) sync through a real WebDAV server (Debian's Apache + mod_dav on loopback,
 * started here), with a team passphrase. What one reads appears in the other's panel; a page read
 * in both is stored once; a setting changed in both resolves to the later change in both, the
 * other shown as a resolved conflict; the server's files hold nothing readable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { listFixtures } from '../helpers/fixtures';
import { apacheAvailable, startApache, type Apache } from '../helpers/apache';
import { extensionWithAccess, fillTeamFolder, teamAction } from '../helpers/team-folder';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const fixtures = listFixtures();
const page = (name: string) => fixtures.find((f) => f.name === name)!;
const SHARED = page('compass/live-detail.html');
const ONLY_A = page('compass/home.html');
const ONLY_B = page('buyin/live-control.html');
const PASSPHRASE = 'team secret 2026';

type Capture = { url: string; stream: string; hash: string };

async function visit(h: Harness, f: ReturnType<typeof page>): Promise<void> {
  const p = await h.context.newPage();
  await p.goto(f.expected.url);
  await expect.poll(async () => ((await dbDump(h)).captures as Capture[]).some((c) => c.url === f.expected.url), { timeout: 30_000 }).toBe(true);
  await p.close();
}

/** a stored setting's value, read in the extension's own origin */
const setting = (h: Harness, key: string) =>
  h.worker.evaluate(async (k) => {
    const open = indexedDB.open('stagelens');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const row = await new Promise<{ value?: unknown } | undefined>((res) => {
      const r = db.transaction('settings').objectStore('settings').get(k);
      r.onsuccess = () => res(r.result as never);
    });
    db.close();
    return row?.value;
  }, key);

describe.runIf(browserAvailable() && apacheAvailable())('team folder: two profiles through a real WebDAV server', () => {
  let server: Apache;
  let a: Harness;
  let b: Harness;
  let url: string;
  const requests: Array<{ who: string; url: string }> = [];
  beforeAll(async () => {
    server = await startApache();
    url = server.folder('agency');
    const ext = extensionWithAccess(server.origin);
    a = await launch({ extDir: ext });
    b = await launch({ extDir: ext });
    for (const [who, h] of [
      ['A', a],
      ['B', b],
    ] as const) {
      for (const f of fixtures) h.serve(f.expected.url, f.html);
      h.context.on('request', (r) => requests.push({ who, url: r.url() }));
    }
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.close();
  });

  it('syncs captures both ways, stores a shared capture once, resolves a setting edited in both, and the server sees nothing readable', async () => {
    await visit(a, SHARED);
    await visit(a, ONLY_A);
    await visit(b, SHARED);
    await visit(b, ONLY_B);

    const pa = await a.panel();
    const pb = await b.panel();
    await fillTeamFolder(pa, { url, username: server.user, password: server.password, passphrase: PASSPHRASE, deviceName: '运营A' });
    expect(await teamAction(pa, '保存并同步')).toMatchObject({ kind: 'ok' });
    await fillTeamFolder(pb, { url, username: server.user, password: server.password, passphrase: PASSPHRASE, deviceName: '运营B' });
    expect(await teamAction(pb, '保存并同步')).toMatchObject({ kind: 'ok' });

    // the same setting changed in both, B later
    await pa.getByRole('tab', { name: '数据' }).click();
    await pa.selectOption('#set-theme', 'dark');
    await expect.poll(() => setting(a, 'theme')).toBe('dark');
    await pb.selectOption('#set-theme', 'light');
    await expect.poll(() => setting(b, 'theme')).toBe('light');

    expect(await teamAction(pa, '立即同步')).toMatchObject({ kind: 'ok' });
    expect(await teamAction(pb, '立即同步')).toMatchObject({ kind: 'ok' });
    expect(await teamAction(pa, '立即同步')).toMatchObject({ kind: 'ok' });

    const [da, db] = [await dbDump(a), await dbDump(b)];
    const key = (c: Capture) => `${c.stream}|${c.hash}`;
    // captures made in one are in the other; the shared page's capture is stored once in each
    for (const d of [da, db]) {
      const caps = d.captures as Capture[];
      for (const f of [SHARED, ONLY_A, ONLY_B])
        expect(
          caps.some((c) => c.url === f.expected.url),
          f.name,
        ).toBe(true);
      const shared = caps.filter((c) => c.url === SHARED.expected.url);
      expect(new Set(shared.map((c) => c.stream)).size).toBe(shared.length);
    }
    expect(new Set((da.captures as Capture[]).map(key))).toEqual(new Set((db.captures as Capture[]).map(key)));
    expect(da.sessions.length).toBe(db.sessions.length);

    // … and in the other's panel: the same counts in the Data view, the other device listed
    const countsLine = (p: typeof pa) => p.locator('section[aria-labelledby=storage-h] p.muted.small').first().textContent();
    await expect.poll(() => countsLine(pa)).toBe(await countsLine(pb));
    expect(await countsLine(pa)).toContain(`${da.captures.length} 条读取记录`);
    expect(await pa.locator('[data-team=devices]').textContent()).toContain('运营B');
    expect(await pb.locator('[data-team=devices]').textContent()).toContain('运营A');

    // the setting: the later edit (B's) in both, shown as a resolved conflict with device and time
    expect(await setting(a, 'theme')).toBe('light');
    expect(await setting(b, 'theme')).toBe('light');
    await expect.poll(() => pa.locator('[data-conflict="settings|theme"]').getAttribute('data-kept')).toBe('theirs');
    expect(await pa.locator('[data-conflict="settings|theme"]').textContent()).toContain('运营B');
    await expect.poll(() => pb.locator('[data-conflict="settings|theme"]').getAttribute('data-kept')).toBe('ours');

    // encrypted: no Chinese label, name, title or number of ours on the server
    const files = server.files('agency');
    expect([...files.keys()].filter((f) => f.endsWith('.slb')).length).toBeGreaterThanOrEqual(2);
    const all = Buffer.concat([...files.values()]);
    for (const plain of ['运营A', '运营B', '夏日清凉好物专场', '直播间用户支付金额', '236,552', '236552', 'compass', 'live_room_id', 'theme']) {
      expect(all.includes(Buffer.from(plain)), plain).toBe(false);
    }

    // the extension spoke to no one but the team folder's server (fixture pages are the test's own navigations)
    const fixtureUrls = new Set(fixtures.map((f) => f.expected.url));
    const ours = requests.filter((r) => !fixtureUrls.has(r.url) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.filter((r) => !r.url.startsWith(`${server.origin}/dav/agency/`))).toEqual([]);
    console.log(
      `team folder: ${ours.length} requests to the server (A ${ours.filter((r) => r.who === 'A').length}, B ${ours.filter((r) => r.who === 'B').length}), ${files.size} files`,
    );
  });
});
