// The team folder card's actions (components/state/teamFolder.ts): host access is asked for the
// entered server's origin only (and alarms only with a schedule), before anything is saved; a
// refusal saves nothing.
import { describe, expect, it } from 'vitest';
import { createTeamFolder, type TeamFolderApi } from '../../../components/state/teamFolder';
import { readConfig, type SyncConfig } from '../../../lib/store/sync-state';
import { freshDb } from '../../store/fixtures';

const CONFIG: SyncConfig = {
  url: 'https://dav.jianguoyun.com/dav/StageLens',
  username: 'ops@example.com',
  password: 'app-password',
  passphrase: null,
  deviceName: '运营A',
  scheduleMinutes: 30,
};

function fakeApi(grant: boolean) {
  const requested: unknown[] = [];
  const sent: unknown[] = [];
  const api: TeamFolderApi = {
    permissions: {
      request: async (p) => {
        requested.push(p);
        return grant;
      },
      remove: async () => true,
    },
    runtime: {
      sendMessage: async (m) => {
        sent.push(m);
        return { ok: true };
      },
    },
  };
  return { api, requested, sent };
}

describe('team folder card actions', () => {
  it('asks for exactly the server’s origin (and alarms for a schedule), then saves and syncs', async () => {
    const db = freshDb();
    const f = fakeApi(true);
    const team = createTeamFolder(db, f.api);
    await team.actions.save(CONFIG);
    expect(f.requested).toEqual([{ origins: ['https://dav.jianguoyun.com/*'], permissions: ['alarms'] }]);
    expect(await readConfig(db)).toEqual(CONFIG);
    expect(f.sent).toEqual([
      { type: 'sync', action: 'schedule' },
      { type: 'sync', action: 'now' },
    ]);
    expect(team.signals.outcome.value).toMatchObject({ kind: 'ok' });
    await team.actions.test({ ...CONFIG, scheduleMinutes: null });
    expect(f.requested[1]).toEqual({ origins: ['https://dav.jianguoyun.com/*'] });
    team.dispose();
  });

  it('where `alarms` cannot be optional (Firefox: required in the manifest), only the origin is asked', async () => {
    const db = freshDb();
    const f = fakeApi(true);
    f.api.runtime.getManifest = () => ({ optional_permissions: ['downloads', 'https://*/*', 'http://*/*'] });
    const team = createTeamFolder(db, f.api);
    await team.actions.save(CONFIG);
    expect(f.requested).toEqual([{ origins: ['https://dav.jianguoyun.com/*'] }]);
    team.dispose();
  });

  it('a refused permission saves nothing and says so', async () => {
    const db = freshDb();
    const f = fakeApi(false);
    const team = createTeamFolder(db, f.api);
    await team.actions.save(CONFIG);
    expect(await readConfig(db)).toBeNull();
    expect(f.sent).toEqual([]);
    expect(team.signals.outcome.value).toMatchObject({ kind: 'error', text: 'error.permission' });
    team.dispose();
  });

  it('an invalid setting is refused with the reason, nothing saved', async () => {
    const db = freshDb();
    const f = fakeApi(true);
    const team = createTeamFolder(db, f.api);
    await team.actions.save({ ...CONFIG, passphrase: 'short' });
    expect(await readConfig(db)).toBeNull();
    expect(team.signals.outcome.value).toMatchObject({ kind: 'error' });
    expect(team.signals.outcome.value?.detail).toMatch(/passphrase/);
    team.dispose();
  });
});
