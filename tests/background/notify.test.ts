/** Live alerts as system notifications: only when switched on and the permission is there. */
import { afterEach, expect, it } from 'vitest';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { notifyAlerts, type NotifyApi } from '../../lib/background/notify';
import { updateSettings } from '../../lib/store/settings';
import type { AlertRow } from '../../lib/store/rows';

let db: StageLensDB;
afterEach(async () => db?.delete());
const ALERT: AlertRow = {
  id: 's|viewersDrop|currentOnline|1',
  sessionId: 's',
  shopId: 'x',
  rule: 'viewersDrop',
  metric: 'currentOnline',
  firedAt: 1,
  end: null,
  numbers: { peak: 1000, now: 600, dropPct: 0.4, windowMin: 5 },
};

function api(granted: boolean) {
  const shown: Array<{ id: string; title: string; message: string }> = [];
  const a: NotifyApi = {
    permissions: { contains: async () => granted },
    notifications: { create: async (id, o) => (shown.push({ id, title: o.title, message: o.message }), id) },
    iconUrl: 'chrome-extension://x/icon/128.png',
  };
  return { a, shown };
}

it('shows nothing while switched off, nothing without the permission, one per alert when both', async () => {
  db = openDb(`notify-${Math.random()}`);
  const off = api(true);
  expect(await notifyAlerts(db, [ALERT], off.a)).toBe(0);
  await updateSettings(db, { alertNotifications: true });
  const denied = api(false);
  expect(await notifyAlerts(db, [ALERT], denied.a)).toBe(0);
  expect(await notifyAlerts(db, [ALERT], { iconUrl: '' })).toBe(0); // no API (not granted yet)
  const on = api(true);
  expect(await notifyAlerts(db, [ALERT], on.a)).toBe(1);
  expect(on.shown).toEqual([
    { id: 'stagelens-alert|s|viewersDrop|currentOnline|1', title: 'StageLens 直播提醒：在线骤降', message: '在线人数 5 分钟内从 1,000 跌到 600（-40%）' },
  ]);
  expect(off.shown.length + denied.shown.length).toBe(0);
});
