/**
 * `npm run release` as a user gets it: the three zips named by package.json's version, the Chrome
 * package unpacked and loaded in Debian's Chromium (its icons and pages are served from the
 * package), the Firefox package through `web-ext lint`, and a sources zip a reviewer can build from.
 * The release is written to a temporary STAGELENS_OUT so it never races the other e2e builds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { CHROMIUM, launch, type Harness } from '../../scripts/chromium';
import { pngSize } from '../helpers/png';

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const canRun = existsSync(CHROMIUM);
if (!canRun && process.env.CI === 'true') throw new Error(`the release test needs ${CHROMIUM}`);

/** web-ext warnings we cannot fix in our code: Preact's own `dangerouslySetInnerHTML` support
 *  (an `innerHTML =` inside preact's diff, never reached: we render no HTML from strings). */
const UNFIXABLE_WARNINGS = new Set(['UNSAFE_VAR_ASSIGNMENT']);

function unzipTo(zip: string, dir: string): string[] {
  const entries = unzipSync(readFileSync(zip));
  for (const [name, data] of Object.entries(entries)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return Object.keys(entries);
}

describe.runIf(canRun)('npm run release', () => {
  const out = mkdtempSync(join(tmpdir(), 'stagelens-release-'));
  const zip = (target: string) => join(out, `stagelens-${version}-${target}.zip`);
  let h: Harness | undefined;

  beforeAll(() => {
    execFileSync('npm', ['run', 'release'], { env: { ...process.env, STAGELENS_OUT: out }, stdio: 'pipe' });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes the Chrome, Firefox and sources zips named by the version', () => {
    for (const t of ['chrome', 'firefox', 'sources']) expect(existsSync(zip(t)), t).toBe(true);
  });

  it('the Chrome zip loads unpacked in Chromium: version, icons, panel, and the first-run page opens', async () => {
    const dir = join(out, 'chrome-unpacked');
    unzipTo(zip('chrome'), dir);
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.version).toBe(version);
    const icons = { ...m.icons, ...m.action.default_icon } as Record<string, string>;
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(readFileSync(join(dir, path))), path).toEqual({ width: Number(size), height: Number(size) });
    }

    h = await launch({ extDir: dir, keepWelcome: true });
    // the install opened the first-run page, from the package
    const welcomeUrl = `chrome-extension://${h.extensionId}/welcome.html`;
    await expect.poll(() => h!.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 15_000 }).toBe(true);
    const welcome = h.context.pages().find((p) => p.url() === welcomeUrl)!;
    await expect.poll(() => welcome.locator('li[data-platform]').count()).toBeGreaterThan(0);
    const panel = await h.panel();
    await expect.poll(() => panel.locator('header.topbar img.logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(32);
    // every icon the manifest names, as the browser decodes it from the installed package
    for (const [size, path] of Object.entries(icons)) {
      const width = await panel.evaluate(async (src) => {
        const img = new Image();
        img.src = `/${src}`;
        await img.decode();
        return img.naturalWidth;
      }, path);
      expect(width, path).toBe(Number(size));
    }
    await panel.close();
  });

  it('the Firefox zip passes web-ext lint with 0 errors and only warnings we cannot fix', () => {
    const dir = join(out, 'firefox-unpacked');
    unzipTo(zip('firefox'), dir);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).version).toBe(version);
    const text = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    const report = JSON.parse(text.slice(text.indexOf('{'))) as { errors: unknown[]; warnings: Array<{ code: string }> };
    expect(report.errors).toEqual([]);
    expect(report.warnings.map((w) => w.code).filter((c) => !UNFIXABLE_WARNINGS.has(c))).toEqual([]);
  }, 120_000);

  it('the sources zip holds what a reviewer builds from, and no build output or installed modules', () => {
    const names = Object.keys(unzipSync(readFileSync(zip('sources'))));
    for (const f of ['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background.ts', 'public/icon/128.png', 'README.md'])
      expect(names, f).toContain(f);
    expect(names.filter((n) => n.startsWith('node_modules/') || n.startsWith('.output/'))).toEqual([]);
  });
});
