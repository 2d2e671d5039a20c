/**
 * Receives captures from the content scripts, validates them (zod, in lib/capture/schema) and
 * writes them to the extension's own IndexedDB; opens the side panel from the toolbar button.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/store/db';
import { handleMessage } from '../lib/background/handle';
import { requestPersistence } from '../lib/store/persist';
import { SYNC_ALARM, createSyncRunner, type SyncApi } from '../lib/background/sync';

export default defineBackground(() => {
  const db = openDb();
  requestPersistence().catch(() => undefined);

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

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if ((msg as { type?: string })?.type === 'sync') return sync.handle(msg, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if ((msg as { type?: string })?.type === 'openPanel') {
      const tabId = sender.tab?.id;
      if (!import.meta.env.FIREFOX && tabId !== undefined) browser.sidePanel?.open({ tabId }).catch(() => undefined);
      return undefined;
    }
    return handleMessage(db, msg, sender, browser.runtime.id);
  });
});
