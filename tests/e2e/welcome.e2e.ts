/**
 * First run in real Chromium: installing the extension opens the welcome page (once), which
 * names every host we read and each page kind, says nothing leaves the browser, and opens the
 * panel on the demo history — kept in its own database, the user's store stays empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { ADAPTERS } from '../../lib/platforms/registry';

/** The first-run tab the background opened on install, once it is there. */
export async function welcomeTab(h: Harness): Promise<Page> {
  const url = `chrome-extension://${h.extensionId}/welcome.html`;
  await expect.poll(() => h.context.pages().filter((p) => p.url() === url).length, { timeout: 15_000 }).toBe(1);
  return h.context.pages().find((p) => p.url() === url)!;
}

describe.runIf(browserAvailable())('welcome page on first install', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch({ keepWelcome: true });
  });
  afterAll(async () => h?.close());

  it('opens once on install and says what is read, from the platform registry', async () => {
    const page = await welcomeTab(h);
    // it opens in the browser's language, which this tab (opened by the extension before the
    // test's locale applies to it) may not share: choose Chinese first
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('li[data-platform]').count()).toBe(ADAPTERS.length);
    for (const a of ADAPTERS) {
      const text = await page.locator(`li[data-platform="${a.id}"]`).innerText();
      for (const host of a.hosts) expect(text).toContain(host);
      for (const p of a.pages) expect(text).toContain(p.zh);
    }
    expect(await page.locator('#privacy').innerText()).toContain('不发出任何自己的网络请求');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('#privacy').innerText()).toContain('no network request of its own');
  });

  it('opens the panel on the demo history in its own store; the user store stays empty', async () => {
    const page = await welcomeTab(h);
    const [panel] = await Promise.all([h.context.waitForEvent('page', { timeout: 60_000 }), page.locator('button.demo-button').click()]);
    await panel.waitForLoadState();
    expect(panel.url()).toBe(`chrome-extension://${h.extensionId}/sidepanel.html?demo`);
    await expect.poll(() => panel.locator('header.topbar .tag.demo').count(), { timeout: 30_000 }).toBe(1);
    await panel.getByRole('tab', { name: /场次|Sessions/ }).click();
    await expect.poll(() => panel.locator('[data-session]').count(), { timeout: 30_000 }).toBeGreaterThan(10);
    const user = await dbDump(h);
    expect(user.shops).toEqual([]);
    expect(user.sessions).toEqual([]);
  });
});
