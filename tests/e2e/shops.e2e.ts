/**
 * One shop, many backends, in real Chromium: the fixture pages of one Douyin shop (星河优选旗舰店)
 * on 罗盘 (home with its 店铺ID, live detail and big screen of one live room), 抖店 (a homepage
 * that shows no shop name), 千川 (an ad account's board of the same live room) and 百应 (a console
 * that shows no shop name), plus a 快手 shop, read by the built extension under their real hosts.
 * The 罗盘 and 抖店 pages join by themselves; the 千川 and 百应 accounts are asked about once in
 * the Data view and answered as a seller would; then the picker holds one Douyin shop with its
 * four backends, and its live room is one session with numbers from 罗盘 and 千川.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { listFixtures } from '../helpers/fixtures';

const PAGES = [
  'compass/home.html',
  'compass/live-detail.html',
  'compass/big-screen.html',
  'doudian/homepage-2026.html',
  'qianchuan/board-next.html',
  'buyin/live-control-2026.html',
  'kwaixiaodian/home.html',
];
const ROOM = '7391234567890123456';
const SHOP = 'compass:1234567';

/** wait for `ok` (expect.poll cannot run in beforeAll) */
async function until(ok: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.runIf(browserAvailable())('one shop across four Douyin backends, in Chromium', () => {
  let h: Harness;
  let panel: Page;
  const fixtures = listFixtures().filter((f) => PAGES.includes(f.name));
  const tab = async (name: string) => {
    await panel.getByRole('tab', { name }).click();
    await expect.poll(() => panel.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
  };
  type Link = { id: string; shop: string; how: string };
  const links = async () => Object.fromEntries(((await dbDump(h)).links as Link[]).map((l) => [l.id, `${l.shop} ${l.how}`]));

  beforeAll(async () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual([...PAGES].sort());
    h = await launch({ viewport: { width: 420, height: 900 } });
    for (const f of fixtures) h.serve(f.expected.url, readFileSync(f.htmlPath, 'utf8'));
    const page = await h.context.newPage();
    // in the order a seller would: the shop's 罗盘 home first, so the shop is known by its id
    for (const name of PAGES) {
      const f = fixtures.find((x) => x.name === name)!;
      await page.goto(f.expected.url);
      // every page stored before the next (the settle rule holds numbers a second or more)
      const account = `${f.expected.platform}:${f.expected.shop?.id ?? f.expected.shop?.name ?? '_default'}`;
      await until(async () => ((await dbDump(h)).shops as Array<{ id: string }>).some((s) => s.id === account), `${name} stored`);
    }
    await page.close();
    panel = await h.panel();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the 罗盘 and 抖店 pages join by themselves; the 千川 and 百应 accounts wait for the seller', async () => {
    expect(await links()).toEqual({
      [SHOP]: `${SHOP} self`,
      'compass:星河优选旗舰店': `${SHOP} name`,
      'compass:_default': `${SHOP} only`,
      'doudian:_default': `${SHOP} only`,
      'qianchuan:1712345678901234': 'qianchuan:1712345678901234 pending',
      'buyin:_default': 'buyin:_default pending',
      'kwaixiaodian:1980234567': 'kwaixiaodian:1980234567 self',
    });
  });

  it('the Data view asks which shop each is (千川 with the live room it shares), and one answer each joins them', async () => {
    await tab('数据');
    const q = panel.locator('li.question[data-question=pick]');
    await expect.poll(() => q.count(), { timeout: 15_000 }).toBe(2);
    const qc = panel.locator('li.question[data-account="qianchuan:1712345678901234"]');
    expect(await qc.locator(`button[data-pick="${SHOP}"]`).textContent()).toBe('星河优选旗舰店 · 同一直播间 ×1');
    await qc.locator(`button[data-pick="${SHOP}"]`).click();
    await panel.locator(`li.question[data-account="buyin:_default"] button[data-pick="${SHOP}"]`).click();
    await expect.poll(() => q.count(), { timeout: 15_000 }).toBe(0);
    const l = await links();
    expect([l['qianchuan:1712345678901234'], l['buyin:_default']]).toEqual([`${SHOP} user`, `${SHOP} user`]);
    // the shops card: the Douyin shop with its accounts, the 快手 shop apart
    const card = panel.locator(`li[data-shop="${SHOP}"]`);
    expect(await card.locator('.tag[data-platform]').evaluateAll((els) => els.map((e) => e.getAttribute('data-platform')))).toEqual([
      'compass',
      'doudian',
      'qianchuan',
      'buyin',
    ]);
    expect(await card.locator('li[data-account]').count()).toBe(6);
  });

  it('the picker shows each shop once with its backends; the live room is one session with numbers from 罗盘 and 千川', async () => {
    const options = await panel.locator('#shop-picker option').allTextContents();
    expect(options.sort()).toEqual(['朵朵家居小店 · 快手小店', '星河优选旗舰店 · 抖音电商罗盘 · 抖店 · 巨量千川 · 巨量百应'].sort());
    await panel.selectOption('#shop-picker', SHOP);
    await tab('场次');
    const room = panel.locator(`.session-list li[data-session="${ROOM}"]`);
    await room.waitFor({ timeout: 15_000 });
    expect(await room.count()).toBe(1);
    expect(await room.locator('.tag[data-platform]').evaluateAll((els) => els.map((e) => e.getAttribute('data-platform')))).toEqual(['compass', 'qianchuan']);
    // each number shown is the newest any of the room's three stored rows holds, and names its backend
    type Row = { id: string; platform: string; latest: Record<string, { at: number } | undefined> };
    const rows = ((await dbDump(h)).sessions as Row[]).filter((r) => r.id.endsWith(`|${ROOM}`));
    expect(rows.map((r) => r.platform).sort()).toEqual(['compass', 'compass', 'qianchuan']);
    const cells = await room
      .locator('.num[data-metric]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric'), e.getAttribute('data-source')] as const));
    expect(cells.length).toBeGreaterThan(0);
    for (const [m, source] of cells) {
      const metric = m ?? '';
      const newest = rows.filter((r) => r.latest[metric]).sort((a, b) => b.latest[metric]!.at - a.latest[metric]!.at)[0];
      expect(source).toBe(newest?.platform ?? null);
    }
  });

  it('a merge of the 快手 shop into it and its undo keep every stored row', async () => {
    await tab('数据');
    const before = await dbDump(h);
    const count = (d: typeof before) => [d.captures.length, d.sessions.length, d.shops.length, d.points.length, d.items.length].join();
    await panel.selectOption(`#merge-kwaixiaodian\\:1980234567`, SHOP);
    await panel.locator(`li[data-shop="kwaixiaodian:1980234567"] .merge-into button`).click();
    await expect.poll(() => panel.locator('li[data-shop]').count(), { timeout: 10_000 }).toBe(1);
    await panel.locator('.link-log li[data-log=merge] button[data-undo]').first().click();
    await expect.poll(() => panel.locator('li[data-shop]').count(), { timeout: 10_000 }).toBe(2);
    expect(count(await dbDump(h))).toBe(count(before));
    expect((await links())['kwaixiaodian:1980234567']).toBe('kwaixiaodian:1980234567 self');
  });
});
