/**
 * StageLens in real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core):
 * the unsigned Firefox build installs as a temporary add-on, opens its first-run page, reads a 罗盘
 * live-detail fixture answered under its real https host, and its sidebar page shows every number;
 * across the run nothing of ours reaches the network (a recording proxy sees every request that
 * leaves the browser; only Firefox's own services appear there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { firefoxAvailable, launchFirefox, FIREFOX_OWN, type FirefoxHarness } from '../../scripts/firefox';
import type { Expected } from '../helpers/fixtures';

const FIX = 'tests/fixtures/compass/live-detail';
const html = readFileSync(`${FIX}.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${FIX}.expected.json`, 'utf8')) as Expected;
const hostOf = (entry: string) => {
  const target = entry.split(' ')[1]!;
  return target.includes('://') ? new URL(target).host : target;
};

describe.runIf(firefoxAvailable())('real Firefox', () => {
  let ff: FirefoxHarness;
  beforeAll(async () => {
    ff = await launchFirefox();
  }, 120_000);
  afterAll(async () => ff?.close());

  it('installs the unsigned build and opens the first-run page', async () => {
    expect(ff.addonId).toBe('stagelens@example.org');
    expect(await ff.origin()).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/$/);
  });

  it('reads a fixture page under its real host; the sidebar page shows its numbers', async () => {
    ff.serve(expected.url, html);
    const page = await ff.page();
    await page.goto(expected.url);
    expect(await page.evaluate(() => location.href)).toBe(expected.url);
    // the badge's data-page-changed is set from the background's reply: the capture was stored
    await expect
      .poll(() => page.evaluate(() => document.querySelector('stagelens-badge')?.getAttribute('data-page-changed')), { timeout: 30_000 })
      .toBe('false');

    const panel = await ff.panel();
    await expect.poll(() => panel.evaluate(() => location.pathname).catch(() => ''), { timeout: 15_000 }).toBe('/sidepanel.html');
    const values = () =>
      panel.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('tr[data-metric][data-source=observed]')].map((tr) => [tr.getAttribute('data-metric'), tr.getAttribute('data-value')]),
        ),
      );
    await expect.poll(async () => Object.keys(await values()).length, { timeout: 30_000 }).toBe(expected.captures.length);
    const shown = await values();
    for (const e of expected.captures) expect(shown[String(e.metric)], String(e.metric)).toBe(e.value === null ? '' : String(e.value));
    await page.close();
  });

  it('nothing of ours reached the network; the recording proxy does see what leaves the browser', async () => {
    const ours = ff.network.filter((e) => !FIREFOX_OWN.test(hostOf(e)));
    expect(ours).toEqual([]);
    // the check can fail: a page request nobody answers does reach the proxy
    const probe = await ff.browser.newPage();
    await probe.goto('http://stagelens-probe.invalid/').catch(() => undefined);
    await expect.poll(() => ff.network.some((e) => e.includes('stagelens-probe.invalid')), { timeout: 10_000 }).toBe(true);
    await probe.close();
  });
});
