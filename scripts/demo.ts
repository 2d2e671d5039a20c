/**
 * `npm run demo`: the built extension in Debian's Chromium, headless (this machine has no
 * display). It
 * 1. imports a seeded three-month history (scripts/demo-seed.ts: real ingest → real backup)
 *    through the side panel's own import control,
 * 2. opens the bundled demo dashboards (the fixture pages, answered under their real https
 *    hosts) so the content script reads them and the background stores them, and answers the
 *    shop questions they raise once (which shop an account that shows no shop name belongs to),
 *    so the history shows a handful of shops, each across its backends,
 * 3. screenshots every view of the side panel (Now with the capture inspector, Sessions comparing
 *    three sessions, Items (商品) of the seed's live session, Trends, Growth, Data) in zh-CN,
 *    light and dark,
 * 4. screenshots the team folder card after a sync with a teammate through a real WebDAV server
 *    (scripts/demo-team.ts; needs apache2),
 * and prints each screenshot's absolute path on its own line, then how to load the extension.
 * The panel is a background tab beside the live dashboard, as a real side panel is, so the Now
 * view shows "the page beside me". Screenshots are always taken headless (the same pixels with
 * or without a display); with a display (and not DEMO_HEADLESS=1) a Chromium window then opens
 * on the same demo and stays until it is closed.
 */
import 'fake-indexeddb/auto'; // the demo seed runs in Node's in-memory IndexedDB
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, EXT_DIR, HOST_RE, OUT_DIR, browserAvailable, launch, type Harness } from './chromium';
import { seedBackup, shiftPageDates } from './demo-seed';
import { listFixtures } from '../tests/helpers/fixtures';
import { teamFolderShot } from './demo-team';

const OUT = resolve(process.env.DEMO_OUT ?? 'docs/screenshots');
const EXT = EXT_DIR;
const BACKUP = resolve(OUT_DIR, 'StageLens-demo-backup.json');
/** a side panel's usual width */
const WIDTH = 400;
const HEIGHT = 900;

const HOW_TO_LOAD = [
  'To use StageLens in your own Chromium/Chrome:',
  '  1. open chrome://extensions',
  '  2. switch on "Developer mode" (top right)',
  `  3. "Load unpacked" → pick ${EXT}`,
  '  4. open a supported backend (e.g. 抖音电商罗盘 https://compass.jinritemai.com/), then the StageLens icon → side panel',
  `  the demo's history can be imported in the panel: 数据 → 导入 → ${BACKUP}`,
];

async function tab(panel: Page, name: string): Promise<void> {
  await panel.getByRole('tab', { name }).click();
  await panel.getByRole('tab', { name, selected: true }).waitFor();
  await panel.waitForTimeout(250);
}

async function main(): Promise<void> {
  if (!browserAvailable()) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei), or no build in ${EXT} (npm run build).`);
    console.error(HOW_TO_LOAD.join('\n'));
    process.exit(1);
  }
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.DEMO_HEADLESS !== '1';
  if (!display) console.log('No display: Chromium runs headless; the screenshots are the demo.');
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'stagelens-demo-'));
  const seedFile = join(work, 'StageLens-demo-backup.json');
  const now = Date.now();
  writeFileSync(seedFile, JSON.stringify(await seedBackup(now)));

  const shots: string[] = [];
  const h = await launch({ colorScheme: 'light', viewport: { width: WIDTH, height: HEIGHT }, keepWelcome: true });
  try {
    const panel = await h.panel();

    // 1. the seeded history, through the panel's import control
    await tab(panel, '数据');
    await panel.setInputFiles('#import-file', seedFile);
    await panel.waitForSelector('.import-result', { timeout: 30_000 });

    // 2. the demo dashboards, read by the content script under their real hosts
    const fixtures = listFixtures();
    // the pages' dates moved to the seed's week (see shiftPageDates), nothing else changed
    for (const f of fixtures) h.serve(f.expected.url, shiftPageDates(readFileSync(f.htmlPath, 'utf8'), now));
    const page = await h.context.newPage();
    for (const f of fixtures) {
      const before = await storedCaptures(h);
      await page.goto(f.expected.url);
      // until the page's numbers are stored (they count once they held still: lib/capture/settle.ts)
      for (let waited = 0; waited < 10_000 && (await storedCaptures(h)) === before; waited += 250) await page.waitForTimeout(250);
    }
    // 2b. the pages came from several backends: answer the shop questions once, as the seller
    // would (the Douyin accounts that name no shop are 星河优选旗舰店's, the 快手 ones 朵朵家居小店's,
    // the rest shops of their own), after a screenshot of the questions
    await answerShopQuestions(panel, shots);

    // the live session's page stays the active tab, as it is beside a real side panel: the
    // panel (a background tab here) shows it as "the page beside me", not as the latest capture
    const live = fixtures.find((f) => f.name === 'compass/live-detail.html') ?? fixtures[0]!;
    await page.goto(live.expected.url);
    await page.bringToFront();
    await tab(panel, '当前');
    await panel.locator('.now-head .source.active').waitFor({ timeout: 15_000 });

    // the three newest sessions of the shop (the live one first) for the comparison
    await tab(panel, '场次');
    const boxes = panel.locator('.session-list input[type=checkbox]');
    await boxes.first().waitFor({ timeout: 15_000 });
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    await tab(panel, '数据');
    await panel.getByRole('radio', { name: /已勾选/ }).check();

    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const shot = async (view: string) => {
        const file = resolve(OUT, `panel-${view}-${scheme}.png`);
        await panel.evaluate('window.scrollTo(0, 0)');
        await panel.screenshot({ path: file, fullPage: true });
        shots.push(file);
      };
      await tab(panel, '当前');
      await panel.waitForSelector('tr[data-metric][data-source=observed]', { timeout: 15_000 });
      await shot('now');
      await tab(panel, '场次');
      await panel.waitForSelector('.compare-table');
      await shot('sessions');
      // the 复盘 draft of the first ticked session (the live one)
      await panel.waitForSelector('[data-review] [data-review-rule]', { timeout: 15_000 });
      const review = resolve(OUT, `panel-review-${scheme}.png`);
      await panel.locator('[data-review]').screenshot({ path: review });
      shots.push(review);
      await tab(panel, '商品');
      await panel.waitForSelector('[data-segment-item]', { timeout: 15_000 });
      await shot('items');
      await tab(panel, '趋势');
      // a metric with a stage band, so the shading shows (GMV, the default, has none)
      await panel.selectOption('#trend-metric', 'clickToPayRate');
      await panel.getByText('绿色阴影').waitFor({ timeout: 15_000 });
      await panel.waitForSelector('.chart canvas', { timeout: 15_000 });
      await panel.waitForTimeout(300);
      await shot('trends');
      // the minute curve of yesterday's live (its explanation segments, marks and alerts drawn on it)
      const minute = panel.locator('#minute-session');
      const yesterday = await minute.evaluate((el) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith('清凉好物专场 ·'))?.value ?? '');
      await minute.selectOption(yesterday);
      await panel.selectOption('#minute-metric', 'currentOnline');
      await panel.waitForSelector('[data-curve-notes] [data-note=alert]', { timeout: 15_000 });
      await panel.waitForTimeout(300);
      const curve = resolve(OUT, `panel-curve-${scheme}.png`);
      await panel.locator('section:has(#minute-h)').screenshot({ path: curve });
      shots.push(curve);
      await tab(panel, '成长');
      await panel
        .locator('details.pillar')
        .first()
        .evaluate((d) => void ((d as HTMLDetailsElement).open = true));
      await panel
        .locator('section.prelive details')
        .first()
        .evaluate((d) => void ((d as HTMLDetailsElement).open = true));
      await shot('growth');
      await tab(panel, '数据');
      await shot('data');
    }
    // the first-run page the install opened, in both languages
    const welcome = h.context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) {
      await welcome.setViewportSize({ width: 900, height: 700 });
      await welcome.emulateMedia({ colorScheme: 'light' });
      for (const [lang, button] of [
        ['zh', '中文'],
        ['en', 'English'],
      ] as const) {
        await welcome.getByRole('button', { name: button, exact: true }).click();
        await welcome.waitForTimeout(200);
        const file = resolve(OUT, `welcome-${lang}.png`);
        await welcome.screenshot({ path: file, fullPage: true });
        shots.push(file);
      }
    }
    // what was imported, kept (outside git, beside the build) for anyone who wants the same
    // history in their own browser
    copyFileSync(seedFile, BACKUP);
  } finally {
    await h.close();
    rmSync(work, { recursive: true, force: true });
  }
  // 4. the team folder card, synced with a teammate through a real WebDAV server
  const team = await teamFolderShot(OUT, { width: WIDTH, height: HEIGHT });
  if (team) shots.push(team);
  console.log(`Screenshots (zh-CN, ${WIDTH} px wide, light and dark) in ${OUT}:`);
  for (const s of shots) console.log(s);
  console.log('');
  console.log(HOW_TO_LOAD.join('\n'));
  if (display)
    await browse(BACKUP, now).catch((e: unknown) => console.error(`Could not open a Chromium window (${String(e)}); the screenshots above are the demo.`));
}

/** How many capture rows the extension's store holds. */
const storedCaptures = (h: Harness): Promise<number> =>
  h.worker.evaluate(async () => {
    const open = indexedDB.open('stagelens');
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const n: number = db.objectStoreNames.contains('captures')
      ? await new Promise((res, rej) => {
          const r = db.transaction('captures').objectStore('captures').count();
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        })
      : 0;
    db.close();
    return n;
  });

const DEMO_SHOPS: Record<string, string> = {
  compass: '星河优选旗舰店',
  doudian: '星河优选旗舰店',
  buyin: '星河优选旗舰店',
  qianchuan: '星河优选旗舰店',
  kwaixiaodian: '朵朵家居小店',
};

async function answerShopQuestions(panel: Page, shots: string[]): Promise<void> {
  await tab(panel, '数据');
  const questions = panel.locator('li.question[data-question=pick]');
  await questions.first().waitFor({ timeout: 15_000 });
  const file = resolve(OUT, 'panel-shop-questions-light.png');
  // the sticky tab bar would cover an element scrolled under it
  const unstick = await panel.addStyleTag({ content: '.tabs { position: static !important; }' });
  await panel.locator('.shop-questions').screenshot({ path: file });
  await unstick.evaluate((el) => (el as unknown as { remove(): void }).remove());
  shots.push(file);
  for (let n = await questions.count(); n > 0; n = await questions.count()) {
    const q = questions.first();
    const account = (await q.getAttribute('data-account')) ?? '';
    const shop = DEMO_SHOPS[account.split(':')[0]!];
    const pick = shop ? q.locator('button[data-pick]', { hasText: shop }) : null;
    await (pick && (await pick.count()) ? pick.first() : q.locator('button[data-pick=own]')).click();
    await panel.waitForFunction((before) => document.querySelectorAll('li.question[data-question=pick]').length < before, n, { timeout: 10_000 });
  }
}

/**
 * With a display: a Chromium window on the same demo (the history imported, the live dashboard
 * open under its real host, the panel as a tab beside it), left open until it is closed.
 */
async function browse(backup: string, now: number): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'stagelens-demo-window-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreHTTPSErrors: true,
    locale: 'zh-CN',
    viewport: null,
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-first-run',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
  try {
    const all = listFixtures();
    const fixtures = new Map(all.map((f) => [f.expected.url.split('#')[0]!, shiftPageDates(readFileSync(f.htmlPath, 'utf8'), now)]));
    // the backend hosts answer from the bundled pages; nothing else leaves the machine
    await context.route(HOST_RE, (route) => {
      const html = fixtures.get(route.request().url().split('#')[0]!);
      return html === undefined
        ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the demo' })
        : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const panelUrl = `chrome-extension://${new URL(worker.url()).host}/sidepanel.html`;
    const panel = context.pages()[0] ?? (await context.newPage());
    await panel.goto(panelUrl);
    await tab(panel, '数据');
    await panel.setInputFiles('#import-file', backup);
    await panel.waitForSelector('.import-result', { timeout: 30_000 });
    const dashboard = await context.newPage();
    await dashboard.goto((all.find((f) => f.name === 'compass/live-detail.html') ?? all[0]!).expected.url);
    console.log(`A Chromium window is open on the demo (dashboard tab + panel tab ${panelUrl}). Close it to finish.`);
    await new Promise<void>((done) => context.on('close', () => done()));
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
