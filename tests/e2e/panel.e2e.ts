/**
 * The side panel in real Chromium on a seeded history: the demo seed (scripts/demo-seed.ts,
 * written through the real ingest) imported through the Data view, the fixture dashboards read
 * under their real hosts, then every view walked, three sessions compared, and the CSV exported
 * through the button (a real download: BOM, numeric cells).
 */
import 'fake-indexeddb/auto'; // the demo seed runs in Node's in-memory IndexedDB
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, type Harness } from '../../scripts/chromium';
import { seedBackup } from '../../scripts/demo-seed';
import { listFixtures } from '../helpers/fixtures';
import { METRICS } from '../../lib/metrics/catalog';

/** One CSV line's cells exactly as written (quotes kept), so a quoted number shows. */
function rawCells(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let j: number;
    if (line[i] === '"') {
      j = i + 1;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      j += 1;
    } else {
      j = line.indexOf(',', i);
      if (j < 0) j = line.length;
    }
    out.push(line.slice(i, j));
    if (j >= line.length) return out;
    i = j + 1;
  }
}
const unquote = (c: string) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c);

describe.runIf(browserAvailable())('side panel: every view on a seeded history in Chromium', () => {
  let h: Harness;
  let panel: Page;
  let dashboard: Page;
  let work: string;
  let compared: string[] = []; // the session keys compared in the Sessions view, exported in Data
  const tab = async (name: string) => {
    await panel.getByRole('tab', { name }).click();
    await expect.poll(() => panel.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
  };
  /** nothing is wider than the panel: only a comparison's or a table's own scroller may scroll */
  const overflow = () => panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'stagelens-e2e-panel-'));
    const seed = join(work, 'seed.json');
    writeFileSync(seed, JSON.stringify(await seedBackup(Date.now())));
    h = await launch({ viewport: { width: 420, height: 900 } });
    panel = await h.panel();
    await panel.getByRole('tab', { name: '数据' }).click();
    await panel.setInputFiles('#import-file', seed);
    await panel.waitForSelector('.import-result', { timeout: 30_000 });
    for (const f of listFixtures()) h.serve(f.expected.url, readFileSync(f.htmlPath, 'utf8'));
  });
  afterAll(async () => {
    await h?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('Now: the open page read under its real host, with bars, 推算 marks, the inspector and next actions', async () => {
    const live = listFixtures().find((f) => f.name === 'compass/live-detail.html') ?? listFixtures()[0]!;
    dashboard = await h.context.newPage();
    await dashboard.goto(live.expected.url);
    // the dashboard stays the active tab, as beside a real side panel; the panel is a background tab
    await dashboard.bringToFront();
    await tab('当前');
    await panel.locator('.now-head .source.active').waitFor({ timeout: 20_000 });
    const first = live.expected.captures.find((c) => c.value !== null)!;
    await expect
      .poll(() => panel.locator(`tr[data-metric="${first.metric}"][data-source=observed]`).getAttribute('data-value'), { timeout: 20_000 })
      .toBe(String(first.value));
    expect(await panel.locator('.bench-wrap .bar[role=img]').count()).toBeGreaterThan(0);
    // the shop's own history is on the bars: its median, from the seeded sessions
    expect(await panel.locator('.bench-wrap .mark-median').count()).toBeGreaterThan(0);
    expect(await panel.locator('tr[data-source=derived]').first().textContent()).toContain('推算');
    expect(await panel.locator('details.inspector tr[data-read]').count()).toBeGreaterThan(0);
    expect(await panel.locator('.action-list > li').count()).toBeGreaterThan(0);
  });

  it('keyboard: the tabs are a tablist (arrows, Home/End), focus follows, the panel is reachable', async () => {
    // from here on the user works in the panel (a background tab's timers run once a second)
    await panel.bringToFront();
    await tab('当前');
    await panel.getByRole('tab', { name: '当前' }).focus();
    const selected = () => panel.locator('[role=tab][aria-selected=true]').textContent();
    await panel.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('场次');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('场次');
    await panel.keyboard.press('End');
    await expect.poll(selected).toBe('数据');
    await panel.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe('当前');
    await panel.keyboard.press('ArrowLeft');
    await expect.poll(selected).toBe('数据');
    await panel.keyboard.press('Home');
    await expect.poll(selected).toBe('当前');
    // one Tab from the active tab lands in its panel (the inactive tabs are not tab stops)
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
  });

  it('Sessions: search, pick three (the live one too), compare with deltas, funnels, best/worst', async () => {
    await tab('场次');
    const boxes = panel.locator('.session-list input[type=checkbox]');
    await expect.poll(() => boxes.count(), { timeout: 15_000 }).toBeGreaterThan(30);
    await panel.fill('#f-search', '宠粉');
    await expect.poll(async () => (await panel.locator('.session-list .title').allTextContents()).every((t) => t.includes('宠粉'))).toBe(true);
    await panel.fill('#f-search', '');
    await expect.poll(() => boxes.count()).toBeGreaterThan(30);
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    const table = panel.locator('.compare-table');
    await expect.poll(() => table.locator('th[data-col]').count()).toBe(3);
    compared = await table.locator('th[data-col]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-col') ?? ''));
    expect(await table.locator('th[data-col] .tag.live').count()).toBe(1);
    expect(await table.locator('td[data-best]').count()).toBeGreaterThan(0);
    expect(await table.locator('td[data-worst]').count()).toBeGreaterThan(0);
    // each metric: the shop median in its head row; deltas vs the first session and vs that median
    const gmv = table.locator('tbody[data-compare=gmv]');
    expect(await gmv.locator('.metric-head').textContent()).toMatch(/本店中位数 ¥[\d.,]+万?/);
    const cells = gmv.locator('td');
    expect(await cells.count()).toBe(3);
    for (const i of [1, 2]) {
      expect(await cells.nth(i).locator('.delta[title=较基准场]').textContent()).toMatch(/^较基准场 [+−]?[\d.]+%$/);
      expect(await cells.nth(i).locator('.delta[title=较本店中位数]').count()).toBe(1);
    }
    // the first is the baseline: compared with the median only
    expect(await cells.nth(0).locator('.delta[title=较基准场]').count()).toBe(0);
    expect(await panel.locator('figure.funnel').count()).toBe(3);
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  it('Trends: a uPlot chart with the stage band shaded, and the live minute curve', async () => {
    await tab('趋势');
    await panel.waitForSelector('.chart canvas', { timeout: 15_000 });
    await panel.selectOption('#trend-metric', 'clickToPayRate');
    await expect.poll(() => panel.locator('#trend-h').textContent()).toBe(METRICS.clickToPayRate.zh);
    expect(await panel.locator('[aria-labelledby=trend-h]').textContent()).toMatch(/绿色阴影：.+参考区间 [\d.]+%–[\d.]+%/);
    await expect.poll(() => panel.locator('[aria-labelledby=minute-h] .chart canvas').count()).toBeGreaterThan(0);
    expect(await panel.locator('#minute-session').evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')).toContain('直播中');
  });

  it('Growth: stage with its why, checklist by pillar, pre-live list', async () => {
    await tab('成长');
    await panel.waitForSelector('.stage-name[data-stage]');
    expect(await panel.locator('details.pillar[data-pillar]').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.locator('section.prelive').count()).toBe(1);
    expect(await panel.locator('#stage-override').count()).toBe(1);
  });

  it("商品: the live session's items, its explanation segments with the GMV gained during each, the ledger", async () => {
    await tab('商品');
    await panel.locator('.item-table tbody[data-item]').first().waitFor({ timeout: 15_000 });
    expect(await panel.locator('.item-table:not(.ledger) tbody[data-item]').count()).toBe(8);
    expect(await panel.locator('.item-table tbody.explaining').count()).toBe(1);
    const segs = panel.locator('[data-segment-item]');
    expect(await segs.count()).toBeGreaterThanOrEqual(5);
    const gmvs = await segs.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.segmentGmv ?? ''));
    // every closed segment has its GMV from the curve (the open one may have none yet)
    for (const g of gmvs.slice(0, -1)) expect(g).toMatch(/^\d+(\.\d+)?$/);
    expect(gmvs.slice(0, -1).some((g) => Number(g) > 0)).toBe(true);
    expect(await segs.first().locator('[data-fig=gmv]').textContent()).toMatch(/^¥/);
    expect(await panel.locator('[data-rule]').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-ledger-item]').count()).toBe(8);
  });

  it('fits every width a side panel takes (320-480 px): no view is wider than the panel', async () => {
    for (const width of [320, 480]) {
      await panel.setViewportSize({ width, height: 900 });
      for (const name of ['当前', '场次', '商品', '趋势', '成长', '数据']) {
        await tab(name);
        await panel.waitForTimeout(100); // charts resize on the next frame
        expect(await overflow(), `${name} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
    await panel.setViewportSize({ width: 420, height: 900 });
  });

  it('Data: the CSV export button downloads the compared sessions with a BOM and numeric cells', async () => {
    expect(compared).toHaveLength(3);
    await tab('数据');
    // the scope's accessible name carries the count of ticked sessions
    await panel.getByRole('radio', { name: /已勾选的 3 场|3 ticked/ }).check();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^StageLens-sessions-.+\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(4); // header + the three compared sessions
    const header = rawCells(lines[0]!);
    const col = (id: string) => header.findIndex((c) => c.endsWith(`[${id}]`));
    expect(header[col('gmv')]).toBe(`${METRICS.gmv.zh} [gmv]`);
    const rows = lines.slice(1).map(rawCells);
    for (const r of rows) expect(r).toHaveLength(header.length);
    // the rows are the compared sessions (the live one among them), keyed as the compare table is
    expect(rows.map((r) => unquote(r[col('key')]!)).sort()).toEqual([...compared].sort());
    expect(rows.filter((r) => r[col('live')] === 'true')).toHaveLength(1);
    // numbers are written as numbers: bare digits, never quoted, never formatted (¥, 万, commas)
    for (const id of ['gmv', 'viewers', 'buyers', 'uvValue'] as const) {
      for (const r of rows) expect(r[col(id)], id).toMatch(/^-?\d+(\.\d+)?$/);
    }
    // every other metric cell is a bare number too, or empty when the session lacks it (never 0)
    const first = col('impressionsUv');
    for (const r of rows) for (const c of r.slice(first)) expect(c).toMatch(/^(-?\d+(\.\d+)?)?$/);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: '.csv' }).textContent()).toContain('3 行');
    const [json] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /JSON/ }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).sessions.length).toBeGreaterThan(40);
  });
});
