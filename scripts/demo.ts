/**
 * `npm run demo`: the built extension in Debian's Chromium on the bundled demo dashboards
 * (the fixture pages, answered under their real https host names), then a screenshot of the
 * side panel. Prints each screenshot's absolute path on its own line. Headless: this machine
 * has no display; the README says how to load the extension in your own browser.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable, launch } from './chromium';
import { listFixtures } from '../tests/helpers/fixtures';

const OUT = resolve(process.env.DEMO_OUT ?? 'docs/screenshots');

async function main(): Promise<void> {
  if (!browserAvailable()) {
    console.error('Chromium not found at /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei), or no build in .output/chrome-mv3.');
    console.error('To use StageLens in your own browser: chrome://extensions → Developer mode → Load unpacked → .output/chrome-mv3');
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });
  const shots: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const h = await launch({ colorScheme: scheme, viewport: { width: 420, height: 900 } });
    try {
      const fixtures = listFixtures();
      for (const f of fixtures) h.serve(f.expected.url, readFileSync(f.htmlPath, 'utf8'));
      const tab = await h.context.newPage();
      for (const f of fixtures) {
        await tab.goto(f.expected.url);
        await tab.waitForTimeout(600);
      }
      const live = fixtures.find((f) => f.name === 'compass/live-detail.html')!;
      await tab.goto(live.expected.url);
      await tab.waitForTimeout(800);
      const panel = await h.panel();
      await panel.setViewportSize({ width: 420, height: 900 });
      await panel.waitForSelector('tr[data-metric]', { timeout: 15_000 });
      const file = resolve(OUT, `panel-now-${scheme}.png`);
      await panel.screenshot({ path: file, fullPage: true });
      shots.push(file);
    } finally {
      await h.close();
    }
  }
  for (const s of shots) console.log(s);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
