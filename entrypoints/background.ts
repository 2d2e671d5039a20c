/**
 * Receives captures from the content scripts, validates them (zod, in lib/capture/schema) and
 * writes them to the extension's own IndexedDB; opens the side panel from the toolbar button.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/store/db';
import { isMessage } from '../lib/messages';
import { handleMessage } from '../lib/background/handle';
import { requestPersistence } from '../lib/store/persist';
import { SYNC_ALARM, createSyncRunner, type SyncApi } from '../lib/background/sync';
import { WELCOME_PAGE, opensWelcome } from '../lib/background/installed';
import { runScheduledBackup, type ScheduledResult } from '../lib/backup/scheduled';
import { browserDownload } from '../components/data/scheduled-download';
import { notifyAlerts, type NotifyApi } from '../lib/background/notify';
import { MARK_COMMAND, markNow } from '../lib/background/mark';

export default defineBackground(() => {
  const db = openDb();
  requestPersistence().catch(() => undefined);

  // The scheduled backup (lib/backup): checked when the background starts (the browser started)
  // and after each stored capture — the store changes only then — one run at a time. No alarms
  // permission: a backup is only ever needed of data that arrived, and data arrives only here.
  let backingUp: Promise<ScheduledResult> | null = null;
  const backupIfDue = (): Promise<ScheduledResult> =>
    (backingUp ??= runScheduledBackup(db, Date.now(), browserDownload(browser))
      .catch((e: unknown) => ({ ran: true as const, ok: false as const, error: String(e) }))
      .finally(() => (backingUp = null)));
  void backupIfDue();

  if (import.meta.env.FIREFOX) {
    (browser.browserAction ?? browser.action)?.onClicked.addListener(() => {
      (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => undefined);
    });
  } else {
    browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch((e: unknown) => console.warn('[StageLens] side panel behaviour', e));
  }

  // the team folder: on demand from the panel, and on the user's schedule (`alarms` is optional,
  // asked with the server's origin when a schedule is picked: listen once it is there)
  const sync = createSyncRunner(db, browser as unknown as SyncApi);
  let listening = false;
  const listenAlarms = () => {
    if (listening || !browser.alarms) return;
    listening = true;
    browser.alarms.onAlarm.addListener((a) => void (a.name === SYNC_ALARM && sync.run()));
  };
  listenAlarms();
  browser.permissions?.onAdded.addListener(listenAlarms);
  // the keyboard shortcut marks the moment in the live session (lib/background/mark.ts)
  browser.commands?.onCommand.addListener((name) => {
    if (name === MARK_COMMAND) markNow(db).catch((e: unknown) => console.warn('[StageLens] mark', e));
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (opensWelcome(reason)) browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (isMessage(msg, 'sync')) return sync.handle(msg, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (isMessage(msg, 'openPanel')) {
      const tabId = sender.tab?.id;
      if (!import.meta.env.FIREFOX && tabId !== undefined) browser.sidePanel?.open({ tabId }).catch(() => undefined);
      return undefined;
    }
    // the Data view, right after the schedule is switched on: a first backup now, if due
    if (isMessage(msg, 'runScheduledBackup')) {
      return sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/')) ? backupIfDue() : undefined;
    }
    const reply = handleMessage(db, msg, sender, browser.runtime.id, {
      // live alerts as system notifications, when switched on (lib/background/notify.ts)
      onFreshAlerts: (rows) =>
        void notifyAlerts(db, rows, {
          // read at each call: the API appears once the optional permission is granted
          permissions: browser.permissions as NotifyApi['permissions'],
          notifications: (browser as unknown as Pick<NotifyApi, 'notifications'>).notifications,
          iconUrl: browser.runtime.getURL('/icon/128.png'),
        }).catch(() => undefined),
    });
    if (isMessage(msg, 'capture')) {
      void reply.then((r) => {
        if (r && 'ok' in r && r.ok === true) void backupIfDue();
      });
    }
    return reply;
  });
});
