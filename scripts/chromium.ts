/**
 * Launch Debian's Chromium with the built extension and answer requests to the real backend
 * hosts from fixture files, so the manifest's real match patterns fire (no downloaded browser,
 * no network: everything else is refused).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT_DIR = process.env.STAGELENS_OUT ?? '.output';
export const EXT_DIR = resolve(process.env.STAGELENS_EXT ?? `${OUT_DIR}/chrome-mv3`);

/** Under CI the browser tests must run: a missing Chromium is a failure, not a skip. */
export function browserAvailable(): boolean {
  const ok = existsSync(CHROMIUM) && existsSync(join(EXT_DIR, 'manifest.json'));
  if (!ok && process.env.CI === 'true') {
    throw new Error(`real-browser tests need ${CHROMIUM} and a build in ${EXT_DIR} (npm run build)`);
  }
  return ok;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  pages: Map<string, string>;
  serve(url: string, html: string): void;
  panel(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export const HOST_RE =
  /^https:\/\/(compass|fxg|buyin|qianchuan)\.jinritemai\.com\/|^https:\/\/(s|syt|zs)\.kwaixiaodian\.com\/|^https:\/\/liveplatform\.taobao\.com\/|^https:\/\/store\.weixin\.qq\.com\//;

/** How long the background may take to open its first-run tab after install (it does, on a
 *  fresh profile, once its service worker has started). */
const WELCOME_WAIT_MS = 15_000;

/**
 * `keepWelcome`: leave the first-run tab the extension opens on install. By default it is closed
 * before the harness is returned: opened late, it would become the active tab beside which the
 * panel reads, in the middle of a test (the snapshot button waited for "the page" in vain).
 */
export async function launch(
  opts: {
    locale?: string;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    extDir?: string;
    downloadsDir?: string;
    keepWelcome?: boolean;
  } = {},
): Promise<Harness> {
  const extDir = opts.extDir ?? EXT_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'stagelens-profile-'));
  if (opts.downloadsDir) {
    // the browser's own downloads folder (what chrome.downloads writes into), not Playwright's
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ download: { default_directory: opts.downloadsDir, prompt_for_download: false } }));
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    locale: opts.locale ?? 'zh-CN',
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
  const pages = new Map<string, string>();
  // Every request to a backend host is answered from a fixture; anything else is refused, so
  // a request of our own to anywhere would show up as a failed request in the privacy test.
  await context.route(HOST_RE, (route) => {
    const url = route.request().url();
    const html = pages.get(url.split('#')[0]!);
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no fixture' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  if (opts.downloadsDir) {
    // Playwright names every download by a GUID in its own folder; give downloads back to the
    // browser, so an extension's chosen file name and subfolder are kept
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await cdp.detach();
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  if (!opts.keepWelcome) {
    const welcome = `chrome-extension://${extensionId}/welcome.html`;
    const end = Date.now() + WELCOME_WAIT_MS;
    let tab = context.pages().find((p) => p.url() === welcome);
    while (!tab && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      tab = context.pages().find((p) => p.url() === welcome);
    }
    await tab?.close();
  }
  return {
    context,
    extensionId,
    worker,
    pages,
    // a fragment never reaches the server: key pages without it
    serve: (url, html) => void pages.set(url.split('#')[0]!, html),
    async panel(query = '') {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
      return p;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Read the extension's IndexedDB from its own origin (the service worker); points are a live
 *  session's time series; items, itemStats and segments the goods (store v3); links which shop
 *  each backend account belongs to (v4); alerts and marks the live co-pilot's (v5). */
export async function dbDump(h: Harness): Promise<{
  captures: unknown[];
  sessions: unknown[];
  shops: unknown[];
  points: unknown[];
  items: unknown[];
  itemStats: unknown[];
  segments: unknown[];
  links: unknown[];
  alerts: unknown[];
  marks: unknown[];
}> {
  return h.worker.evaluate(async () => {
    const open = indexedDB.open('stagelens');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const all = (name: string) =>
      new Promise<unknown[]>((res, rej) => {
        if (!db.objectStoreNames.contains(name)) return res([]);
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    const out = {
      captures: await all('captures'),
      sessions: await all('sessions'),
      shops: await all('shops'),
      points: await all('points'),
      items: await all('items'),
      itemStats: await all('itemStats'),
      segments: await all('segments'),
      links: await all('links'),
      alerts: await all('alerts'),
      marks: await all('marks'),
    };
    db.close();
    return out;
  });
}
