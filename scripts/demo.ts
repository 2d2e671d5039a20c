/**
 * `npm run demo`: the built extension in Debian's Chromium, headless (this machine has no
 * display). It
 * 1. imports a seeded three-month history (scripts/demo-seed.ts: real ingest → real backup)
 *    through the side panel's own import control,
 * 2. opens the bundled demo dashboards (the fixture pages, answered under their real https
 *    hosts) so the content script reads them and the background stores them,
 * 3. screenshots every view of the side panel (Now with the capture inspector, Sessions comparing
 *    three sessions, Trends, Growth, Data) in zh-CN, light and dark,
 * and prints each screenshot's absolute path on its own line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, launch } from './chromium';
import { seedBackup } from './demo-seed';
import { listFixtures } from '../tests/helpers/fixtures';

const OUT = resolve(process.env.DEMO_OUT ?? 'docs/screenshots');
const WIDTH = 420;

async function tab(panel: Page, name: string): Promise<void> {
  await panel.getByRole('tab', { name }).click();
  await panel.waitForTimeout(300);
}

async function main(): Promise<void> {
  if (!browserAvailable()) {
    console.error('Chromium not found at /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei), or no build in .output/chrome-mv3.');
    console.error('To use StageLens in your own browser: chrome://extensions → Developer mode → Load unpacked → .output/chrome-mv3');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'stagelens-demo-'));
  const seedFile = join(work, 'StageLens-demo-backup.json');
  writeFileSync(seedFile, JSON.stringify(await seedBackup(Date.now())));

  const shots: string[] = [];
  const h = await launch({ colorScheme: 'light', viewport: { width: WIDTH, height: 900 } });
  try {
    const panel = await h.panel();
    await panel.setViewportSize({ width: WIDTH, height: 900 });

    // 1. the seeded history, through the panel's import control
    await tab(panel, '数据');
    await panel.setInputFiles('#import-file', seedFile);
    await panel.waitForSelector('.import-result', { timeout: 30_000 });

    // 2. the demo dashboards, read by the content script under their real hosts
    const fixtures = listFixtures();
    for (const f of fixtures) h.serve(f.expected.url, readFileSync(f.htmlPath, 'utf8'));
    const page = await h.context.newPage();
    for (const f of fixtures) {
      await page.goto(f.expected.url);
      await page.waitForTimeout(800);
    }
    const live = fixtures.find((f) => f.name === 'compass/live-detail.html') ?? fixtures[0]!;
    await page.goto(live.expected.url);
    await page.waitForTimeout(1000);
    await panel.bringToFront();

    // the three newest sessions of the shop (the live one first) for the comparison
    await tab(panel, '场次');
    const boxes = panel.locator('.session-list input[type=checkbox]');
    await boxes.first().waitFor({ timeout: 15_000 });
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();

    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      const shot = async (view: string) => {
        const file = resolve(OUT, `panel-${view}-${scheme}.png`);
        await panel.screenshot({ path: file, fullPage: true });
        shots.push(file);
      };
      await tab(panel, '当前');
      await panel.waitForSelector('tr[data-metric][data-source=observed]', { timeout: 15_000 });
      await shot('now');
      await tab(panel, '场次');
      await panel.waitForSelector('.compare-table');
      await shot('sessions');
      await tab(panel, '趋势');
      await panel.waitForSelector('.chart canvas', { timeout: 15_000 });
      await panel.waitForTimeout(300);
      await shot('trends');
      await tab(panel, '成长');
      await panel.locator('details.pillar').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await shot('growth');
      await tab(panel, '数据');
      await shot('data');
    }
  } finally {
    await h.close();
    rmSync(work, { recursive: true, force: true });
  }
  for (const s of shots) console.log(s);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
