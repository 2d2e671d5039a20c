/**
 * Receives captures from the content scripts, validates them (zod, in lib/capture/schema) and
 * writes them to the extension's own IndexedDB; opens the side panel from the toolbar button.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDb } from '../lib/store/db';
import { handleMessage } from '../lib/background/handle';
import { requestPersistence } from '../lib/store/persist';
import { WELCOME_PAGE, opensWelcome } from '../lib/background/installed';

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

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (opensWelcome(reason)) browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if ((msg as { type?: string })?.type === 'openPanel') {
      const tabId = sender.tab?.id;
      if (!import.meta.env.FIREFOX && tabId !== undefined) browser.sidePanel?.open({ tabId }).catch(() => undefined);
      return undefined;
    }
    return handleMessage(db, msg, sender, browser.runtime.id);
  });
});
