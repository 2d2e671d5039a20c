/**
 * The whole path in a real browser: Debian's Chromium loads the built extension, a 罗盘
 * live-detail fixture is answered under its real https address, the content script reads it,
 * the background stores it in the extension's IndexedDB, and the side panel shows it.
 */
declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import type { Expected } from '../helpers/fixtures';

const FIX = 'tests/fixtures/compass/live-detail';
const html = readFileSync(`${FIX}.html`, 'utf8');
const expected = JSON.parse(readFileSync(`${FIX}.expected.json`, 'utf8')) as Expected;

interface Row {
  readings: Array<{ metric: string; value: number | null; source: string; unit: string }>;
  scope: string;
  url: string;
}

describe.runIf(browserAvailable())('foundation: page → store → side panel in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => h?.close());

  it('captures the 罗盘 live-detail page under its real host and shows every number', async () => {
    h.serve(expected.url, html);
    const page = await h.context.newPage();
    await page.goto(expected.url);

    let rows: Row[] = [];
    await expect
      .poll(
        async () => {
          rows = (await dbDump(h)).captures as Row[];
          return rows.length;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);

    const row = rows.find((r) => r.scope === 'page')!;
    expect(row.url).toBe(expected.url);
    for (const e of expected.captures) {
      const r = row.readings.find((x) => x.metric === e.metric && x.source === 'observed');
      expect(r, e.metric).toBeDefined();
      expect(r!.value, e.metric).toBe(e.value);
    }
    expect(row.readings.filter((r) => r.source === 'observed')).toHaveLength(expected.captures.length);

    // The badge on the page says what was read, from a shadow root.
    await expect.poll(() => page.locator('stagelens-badge').count()).toBe(1);

    const panel = await h.panel();
    for (const e of expected.captures) {
      const cell = panel.locator(`tr[data-metric="${e.metric}"][data-source="observed"]`);
      await expect.poll(() => cell.getAttribute('data-value'), { timeout: 10_000 }).toBe(e.value === null ? '' : String(e.value));
    }
    await panel.close();
    await page.close();
  });

  it('rejects a malformed capture message and stores nothing from it; web pages cannot message us', async () => {
    const before = (await dbDump(h)).captures.length;
    const panel = await h.panel();
    const replies = await panel.evaluate(async () => {
      const send = (m: unknown) => chrome.runtime.sendMessage(m);
      return [
        await send({ type: 'capture', capture: { platform: 'compass', captures: 'nope' } }),
        await send({
          type: 'capture',
          capture: {
            platform: 'compass',
            page: 'live-detail',
            url: 'https://compass.jinritemai.com/x',
            period: null,
            capturedAt: Date.now(),
            sessions: [],
            missed: [],
            unknown: [],
            captures: [{ metric: 'viewers', label: '直播间观看人数', text: '-5', value: -5, unit: 'count', scope: 'page', source: 'observed' }],
          },
        }),
      ];
    });
    for (const r of replies) expect(r).toMatchObject({ ok: false });
    expect((await dbDump(h)).captures.length).toBe(before);

    const page = await h.context.newPage();
    await page.goto(expected.url);
    const canMessage = await page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage);
    expect(canMessage).toBe('undefined');
    await page.close();
    await panel.close();
  });
});
