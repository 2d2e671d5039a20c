/**
 * Renders scripts/icon/icon.svg to the PNG icons in public/icon/<size>.png with Debian's Chromium
 * (playwright-core, no downloaded browser). WXT finds public/icon/<size>.png and lists them as the
 * manifest's `icons`; wxt.config.ts names the same files for the toolbar button.
 * The PNGs are committed: run `npm run icons` after changing the SVG and commit both.
 */
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { CHROMIUM } from './chromium';
import { ICON_SIZES } from '../lib/icons';

const svg = readFileSync('scripts/icon/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`public/icon/${size}.png`, png);
    console.log(`public/icon/${size}.png (${png.length} bytes)`);
    await page.close();
  }
} finally {
  await browser.close();
}
