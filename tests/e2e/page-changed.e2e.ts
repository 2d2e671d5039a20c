/**
 * "这个页面可能改版了" in real Chromium: a 罗盘 live-detail fixture read normally on three visits,
 * then served again with its labels renamed (the same URL, as after a backend release). The
 * badge says the page may have changed (its text read through the closed shadow root with the
 * DevTools protocol) and the panel's Now view says so, with the save-test-page button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, type Harness } from '../../scripts/chromium';
import { MIN_NORMAL_READS } from '../../lib/health/page-changed';
import type { Expected } from '../helpers/fixtures';

const FIX = 'tests/fixtures/compass/live-detail';
const html = readFileSync(`${FIX}.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${FIX}.expected.json`, 'utf8')) as Expected;
const labels = expected.captures.map((c) => String(c.label));
/** The same page after a "release": every label it read is now spelled differently. */
const renamed = [...new Set(labels)].reduce((h: string, l: string) => h.split(`>${l}<`).join(`>${[...l].reverse().join('')}<`), html);

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** The badge button's text, from inside its closed shadow root (DOM.getDocument with pierce). */
async function badgeText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const find = (n: DomNode): DomNode | undefined =>
    n.nodeName === 'STAGELENS-BADGE' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean);
  const text = (n: DomNode): string => (n.nodeValue ?? '') + [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(text).join('');
  const badge = find(root);
  return badge ? text(badge) : '';
}

describe.runIf(browserAvailable())('page changed: badge and panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => h?.close());

  it('reads well on earlier visits, then warns when the labels are renamed', async () => {
    expect(renamed).not.toBe(html);
    const page = await h.context.newPage();
    const badge = page.locator('stagelens-badge');
    h.serve(expected.url, html);
    for (let i = 0; i < MIN_NORMAL_READS; i++) {
      await page.goto(expected.url);
      // the background's reply has come back (data-page-changed is set from it)
      await expect.poll(() => badge.getAttribute('data-page-changed'), { timeout: 20_000 }).toBe('false');
      await expect.poll(() => badgeText(page)).toMatch(/已读 1\d/);
    }
    expect(await badgeText(page)).not.toContain('改版');

    h.serve(expected.url, renamed);
    await page.goto(expected.url);
    await expect.poll(() => badge.getAttribute('data-page-changed'), { timeout: 20_000 }).toBe('true');
    expect(await badgeText(page)).toContain('这个页面可能改版了');

    const panel = await h.panel();
    const warning = panel.locator('.page-changed');
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(1);
    expect(await warning.innerText()).toMatch(/这个页面可能改版了|This page may have changed/);
    expect(await warning.locator('.snapshot button').count()).toBe(1);

    // the page reads well again (the release rolled back): the warning goes, on the page and in the panel
    h.serve(expected.url, html);
    await page.goto(expected.url);
    await expect.poll(() => badge.getAttribute('data-page-changed'), { timeout: 20_000 }).toBe('false');
    await expect.poll(() => warning.count(), { timeout: 15_000 }).toBe(0);
    await panel.close();
    await page.close();
  });
});
