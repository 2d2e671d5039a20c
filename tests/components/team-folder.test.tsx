/** The team folder card (components/data/TeamFolderPanel.tsx) rendering a stored sync state: devices, the last push and pull, a skipped device's error and a resolved conflict with both devices and times — in zh-CN and en. */
import { afterEach, describe, expect, it } from 'vitest';
import { updateSettings } from '../../lib/store/settings';
import { writeConfig, writeState, newState, type SyncState } from '../../lib/store/sync-state';
import { freshDb } from '../store/fixtures';
import { $, mount, tab, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const AT = Date.parse('2026-12-07T09:30:00+08:00');

async function seeded() {
  const db = freshDb();
  await writeConfig(db, {
    url: 'https://dav.jianguoyun.com/dav/StageLens',
    username: 'ops@example.com',
    password: 'app',
    passphrase: 'team passphrase',
    deviceName: '运营A',
    scheduleMinutes: 60,
  });
  const state: SyncState = {
    ...newState(),
    device: 'devaaaaaaaa1',
    own: ['x'],
    lastPush: { at: AT, bundles: 1, rows: 16 },
    lastPull: { at: AT, bundles: 2, rows: 758 },
    peers: [{ id: 'devbbbbbbbb2', name: '运营B', updatedAt: AT - 60_000, bundles: 2, sealed: true }],
    lastError: { at: AT, kind: 'bad-file', message: 'devcccccccc3: bundle x does not match its name' },
    conflicts: [
      {
        table: 'settings',
        key: 'theme',
        kept: 'theirs',
        theirs: { at: AT - 1000, device: 'devbbbbbbbb2' },
        ours: { at: AT - 5000, device: 'devaaaaaaaa1' },
        resolvedAt: AT,
      },
    ],
  };
  await writeState(db, state);
  return db;
}

describe('team folder card', () => {
  it.each([
    [
      'zh-CN',
      {
        push: '上次上传：2026-12-07 09:30（1 个文件，16 行）',
        kept: '运营B 于 2026-12-07 09:29 的修改',
        dropped: '运营A 于 2026-12-07 09:29 的修改',
        field: '设置 · 外观',
        error: '团队文件夹里有损坏的文件',
      },
    ],
    [
      'en',
      {
        push: 'Last push: 2026-12-07 09:30 (1 files, 16 rows)',
        kept: '运营B at 2026-12-07 09:29',
        dropped: '运营A at 2026-12-07 09:29',
        field: 'Setting · Appearance',
        error: 'A damaged file in the team folder was skipped.',
      },
    ],
  ] as const)('%s: devices, last push/pull, the skipped device, the conflict and how it was resolved', async (lang, want) => {
    const db = await seeded();
    if (lang === 'en') await updateSettings(db, { language: 'en' });
    m = await mount(db);
    if (lang === 'en') await waitFor(() => document.documentElement.lang === 'en' && m!.root.textContent?.includes('Data'));
    await tab(m.root, lang === 'en' ? /^Data/ : '数据');
    const card = await waitFor(() => $(m!.root, 'section.team [data-team=devices]') && $(m!.root, 'section.team'));
    expect($(card, '[data-team=last-push]')!.textContent).toBe(want.push);
    expect($(card, '[data-team=devices]')!.textContent).toContain('运营B');
    expect($(card, '[data-device=devaaaaaaaa1]')!.textContent).toContain('运营A');
    expect($(card, '[data-team-error=bad-file]')!.textContent).toContain(want.error);
    expect($(card, '[data-team-error=bad-file]')!.textContent).toContain('devcccccccc3');
    const row = $(card, '[data-conflict="settings|theme"]')!;
    expect(row.getAttribute('data-kept')).toBe('theirs');
    expect(row.querySelector('th')!.textContent).toBe(want.field);
    expect(row.querySelectorAll('td')[0]!.textContent).toBe(want.kept);
    expect(row.querySelectorAll('td')[1]!.textContent).toBe(want.dropped);
    // the saved settings fill the form; the passphrase is never shown as text
    expect(($(card, '#team-url') as HTMLInputElement).value).toBe('https://dav.jianguoyun.com/dav/StageLens');
    expect(($(card, '#team-passphrase') as HTMLInputElement).type).toBe('password');
    expect(($(card, '#team-schedule') as HTMLSelectElement).value).toBe('60');
  });
});
