// @vitest-environment node
// The background's side (lib/background/sync.ts): who may ask, host access checked before any
// request, one sync at a time, the schedule as one alarm. Against the real Apache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncRunner, SYNC_ALARM, type SyncApi } from '../../lib/background/sync';
import { ingestCapture } from '../../lib/store/ingest';
import { readState, writeConfig, type SyncConfig } from '../../lib/store/sync-state';
import { apacheAvailable, startApache, type Apache } from '../helpers/apache';
import { freshDb, liveCapture } from '../store/fixtures';

let server: Apache;
beforeAll(async () => {
  if (apacheAvailable()) server = await startApache();
});
afterAll(async () => server?.close());

const EXT = 'abcdefghijklmnop';
const BASE = `chrome-extension://${EXT}/`;
const panel = { id: EXT, url: `${BASE}sidepanel.html` };

function api(granted: string[]) {
  const alarms: Array<[string, unknown]> = [];
  const cleared: string[] = [];
  const a: SyncApi = {
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    alarms: {
      create: (name, info) => void alarms.push([name, info]),
      clear: async (name) => {
        cleared.push(name);
        return true;
      },
    },
  };
  return { api: a, alarms, cleared };
}

describe.runIf(apacheAvailable())('background sync runner', () => {
  const config = (o: Partial<SyncConfig> = {}): SyncConfig => ({
    url: server.folder('runner'),
    username: server.user,
    password: server.password,
    passphrase: null,
    deviceName: 'A',
    scheduleMinutes: null,
    ...o,
  });

  it('hears only our own pages', async () => {
    const r = createSyncRunner(freshDb(), api([]).api);
    expect(await r.handle({ type: 'sync', action: 'now' }, { id: EXT, url: 'https://compass.jinritemai.com/x', tab: { id: 1 } }, EXT, BASE)).toBeUndefined();
    expect(await r.handle({ type: 'sync', action: 'now' }, { id: 'other', url: panel.url }, EXT, BASE)).toBeUndefined();
    expect(await r.handle({ type: 'sync', action: 'now' }, panel, EXT, BASE)).toMatchObject({ ok: false, error: { message: /no team folder/ } });
  });

  it('without host access to the server: a clear error, no request made', async () => {
    const db = freshDb();
    await writeConfig(db, config());
    const before = server.log().length;
    const res = await createSyncRunner(db, api([]).api).run();
    expect(res).toMatchObject({ ok: false, error: { kind: 'permission' } });
    expect((await readState(db)).lastError).toMatchObject({ kind: 'permission' });
    expect(server.log().length).toBe(before);
  });

  it('one sync at a time: a second request joins the running one', async () => {
    const db = freshDb();
    await writeConfig(db, config());
    await ingestCapture(db, liveCapture());
    const r = createSyncRunner(db, api([`${server.origin}/*`]).api);
    const [x, y] = [r.run(), r.run()];
    expect(x).toBe(y);
    expect(await x).toMatchObject({ ok: true, pushed: { bundles: 1 } });
    expect(await db.settings.get('sync:progress')).toBeUndefined();
  });

  it('test: reports the server’s answer for settings not yet saved', async () => {
    const r = createSyncRunner(freshDb(), api([`${server.origin}/*`]).api);
    expect(await r.test(config())).toEqual({ ok: true });
    expect(await r.test(config({ password: 'wrong' }))).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect(await r.test({ ...config(), url: 'ftp://x' })).toMatchObject({ ok: false, error: { message: /url/ } });
  });

  it('schedule: one alarm at the chosen period; none when sync is manual', async () => {
    const db = freshDb();
    const a = api([]);
    const r = createSyncRunner(db, a.api);
    await writeConfig(db, config({ scheduleMinutes: 30 }));
    expect(await r.schedule()).toEqual({ ok: true });
    expect(a.alarms).toEqual([[SYNC_ALARM, { periodInMinutes: 30, delayInMinutes: 30 }]]);
    await writeConfig(db, config());
    await r.schedule();
    expect(a.alarms).toHaveLength(1);
    expect(a.cleared).toEqual([SYNC_ALARM, SYNC_ALARM]);
    // without the (optional) alarms permission a schedule is refused, said plainly
    await writeConfig(db, config({ scheduleMinutes: 60 }));
    expect(await createSyncRunner(db, { permissions: a.api.permissions }).schedule()).toMatchObject({ ok: false, error: { kind: 'permission' } });
  });
});
