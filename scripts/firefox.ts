/**
 * Launch Debian's Firefox ESR with the built Firefox extension, over WebDriver BiDi
 * (puppeteer-core: it downloads no browser). The unsigned add-on is installed as a temporary
 * add-on; pages under the real backend hosts are answered from fixtures by request interception;
 * every request that is not answered that way goes to a local proxy that refuses it and records
 * it, so a request of the extension's own would show up there.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { OUT_DIR } from './chromium';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXT_DIR = resolve(process.env.STAGELENS_FIREFOX_EXT ?? `${OUT_DIR}/firefox-mv2`);

/** Under CI the Firefox test must run: a missing Firefox is a failure, not a skip. */
export function firefoxAvailable(): boolean {
  const ok = existsSync(FIREFOX) && existsSync(join(FIREFOX_EXT_DIR, 'manifest.json'));
  if (!ok && process.env.CI === 'true') throw new Error(`the Firefox test needs ${FIREFOX} and a build in ${FIREFOX_EXT_DIR} (npm run build:firefox)`);
  return ok;
}

/** Firefox's own services (remote settings, updates): traffic of the browser, not of any add-on. */
export const FIREFOX_OWN = /^(?:[a-z0-9-]+\.)*(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)(?::\d+)?$/;

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  /** requests that reached the network (the recording proxy): `METHOD host-or-url` */
  network: string[];
  serve(url: string, html: string): void;
  /** a tab with request interception, answering served URLs and refusing everything else */
  page(): Promise<Page>;
  /** the extension's own origin, moz-extension://<uuid>/ (from the first-run tab it opened) */
  origin(): Promise<string>;
  /** the sidebar's page (sidepanel.html) in the first-run tab: a content tab cannot be sent to a
   *  moz-extension:// address by the driver, but an add-on page may go to another of its own */
  panel(): Promise<Page>;
  close(): Promise<void>;
}

function recordingProxy(network: string[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    network.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    network.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return new Promise((res) => proxy.listen(0, '127.0.0.1', () => res(proxy)));
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const network: string[] = [];
  const proxy = await recordingProxy(network);
  const port = (proxy.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false, // our build is unsigned (only AMO signs)
      'intl.locale.requested': 'zh-CN',
      // everything that leaves the browser goes through the recording proxy
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_EXT_DIR);
  const pages = new Map<string, string>();
  let origin: string | null = null;
  let ownTab: Page | null = null;
  async function ownOrigin(): Promise<string> {
    // puppeteer's page.url() does not follow a tab the add-on opened; the page itself knows
    for (let i = 0; origin === null && i < 100; i++) {
      for (const p of await browser.pages()) {
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (/^moz-extension:\/\/[^/]+\/welcome\.html/.test(href)) {
          origin = href.replace(/welcome\.html.*$/, '');
          ownTab = p;
        }
      }
      if (origin === null) await new Promise((r) => setTimeout(r, 200));
    }
    if (origin === null) throw new Error('the first-run tab never opened: no extension origin');
    return origin;
  }
  return {
    browser,
    addonId,
    network,
    serve: (url, html) => void pages.set(url.split('#')[0]!, html),
    async page() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        const html = pages.get(r.url().split('#')[0]!);
        if (html === undefined) return void r.abort();
        return void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      });
      return page;
    },
    origin: ownOrigin,
    async panel() {
      const base = await ownOrigin();
      await ownTab!.evaluate((url) => void (location.href = url), `${base}sidepanel.html`);
      return ownTab!;
    },
    async close() {
      await browser.close();
      await new Promise((r) => proxy.close(r));
    },
  };
}
