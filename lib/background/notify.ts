/**
 * Live alerts as system notifications: only when the seller switched them on (settings
 * `alertNotifications`, which asks for the optional `notifications` permission at that moment)
 * and the permission is still there. One notification per alert, when it fires.
 */
import type { StageLensDB } from '../store/db';
import type { AlertRow } from '../store/rows';
import { getSettings } from '../store/settings';
import { alertRuleName, alertText } from '../live/words';
import { liveT } from '../i18n/live';

export interface NotifyApi {
  permissions?: { contains(p: { permissions: string[] }): Promise<boolean> };
  notifications?: { create(id: string, o: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<string> | void };
  iconUrl: string;
}

/** Returns how many notifications were shown. */
export async function notifyAlerts(db: StageLensDB, rows: readonly AlertRow[], api: NotifyApi): Promise<number> {
  if (!rows.length || !api.notifications) return 0;
  const { alertNotifications, language } = await getSettings(db);
  if (!alertNotifications) return 0;
  if (api.permissions && !(await api.permissions.contains({ permissions: ['notifications'] }))) return 0;
  for (const a of rows) {
    await api.notifications.create(`stagelens-alert|${a.id}`, {
      type: 'basic',
      iconUrl: api.iconUrl,
      title: liveT(language)('live.notify.title', { rule: alertRuleName(a.rule, language) }),
      message: alertText(a, language),
    });
  }
  return rows.length;
}
