/**
 * The goods panel of a live 百应 中控台 whose explained item changes over time
 * (tests/fixtures-live/buyin-console-segments.html, truth beside it), read by the built extension
 * in Debian's Chromium at real speed (the live throttle is real time, so the page is not sped up).
 *
 * What must come out, in the store (and the same segments and GMV in the panel's 商品 view):
 *  - one segment per explained phase, for the right item, in order, its edges within the live
 *    throttle + settling of the true ones (< the phase's half, by the page's design);
 *  - each segment's share of the minute curve (GMV and clicks during it, from the stored points)
 *    equal to what the page sold during that phase — exactly, since all of a phase's sales happen
 *    at its middle;
 *  - every stored item number one the page showed settled for that item, never a neighbour's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { segmentStats, type Series } from '../../lib/items/segments';
import type { ItemStatRow, PointRow, SegmentRow } from '../../lib/store/rows';

interface Truth {
  url: string;
  session: { key: string };
  phaseMidMs: number;
  endMs: number;
  segments: Array<{ itemId: string; title: string; startMs: number; endMs: number; gmv: number; clicks: number; online: { before: number; after: number } }>;
  states: Array<{ items: Array<{ id: string; price: number; units: number; stock: number; gmv: number }> }>;
}

const truth = JSON.parse(readFileSync('tests/fixtures-live/buyin-console-segments.truth.json', 'utf8')) as Truth;
const html = readFileSync('tests/fixtures-live/buyin-console-segments.html', 'utf8');

describe.runIf(browserAvailable())('explanation segments on a live console (Chromium, built extension)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => h?.close());

  it('records who was explained when, and what sold meanwhile', async () => {
    h.serve(truth.url, html);
    const page = await h.context.newPage();
    const t0 = Date.now();
    await page.goto(truth.url);
    await page.waitForFunction(() => (window as unknown as { __fixture?: { phase?: string } }).__fixture?.phase === 'done', undefined, {
      timeout: truth.endMs + 30_000,
      polling: 500,
    });
    // the last change (the end of the last segment) reaches the store within the live throttle
    let dump = await dbDump(h);
    for (let i = 0; i < 40 && (dump.segments as SegmentRow[]).some((s) => s.end === null); i++) {
      await new Promise((r) => setTimeout(r, 500));
      dump = await dbDump(h);
    }
    const segments = (dump.segments as SegmentRow[]).filter((s) => s.sessionId.endsWith(`|${truth.session.key}`)).sort((a, b) => a.start - b.start);
    const shopId = segments[0]?.shopId ?? '';
    const itemKey = (id: string) => `${shopId}|id:${id}`;

    // which items, in which order, with edges near the true ones
    expect(segments.map((s) => s.itemId)).toEqual(truth.segments.map((s) => itemKey(s.itemId)));
    const lag = (measured: number, trueMs: number) => measured - (t0 + trueMs);
    for (const [i, s] of segments.entries()) {
      const want = truth.segments[i]!;
      // page load happens after t0, so a lag is positive and below the page's half phase
      expect.soft(lag(s.start, want.startMs), `segment ${i} start lag`).toBeGreaterThanOrEqual(0);
      expect.soft(lag(s.start, want.startMs), `segment ${i} start lag`).toBeLessThan(truth.phaseMidMs);
      expect.soft(s.end, `segment ${i} ended`).not.toBeNull();
      expect.soft(lag(s.end ?? 0, want.endMs), `segment ${i} end lag`).toBeGreaterThanOrEqual(0);
      expect.soft(lag(s.end ?? 0, want.endMs), `segment ${i} end lag`).toBeLessThan(truth.phaseMidMs);
    }

    // each segment's share of the minute curve, from the points the extension stored
    const points = (dump.points as PointRow[]).filter((p) => p.sessionId === segments[0]?.sessionId).sort((a, b) => a.t - b.t);
    const series: Series = {};
    for (const p of points) (series[p.metric] ??= [] as PointRow[]) && (series[p.metric] as PointRow[]).push(p);
    const stats = segments.map((s) => segmentStats(s, series));
    console.log(
      `[segments] ${segments.length} segments; start/end lag behind the page (ms): ${segments.map((s, i) => `${lag(s.start, truth.segments[i]!.startMs)}/${s.end === null ? 'open' : lag(s.end, truth.segments[i]!.endMs)}`).join(', ')}; GMV/clicks during: ${stats.map((s) => `${s.gmv}/${s.clicks}`).join(', ')}; ${points.length} points`,
    );
    expect(stats.map((s) => [s.gmv, s.clicks])).toEqual(truth.segments.map((s) => [s.gmv, s.clicks]));
    for (const [i, s] of stats.entries()) {
      const { before, after } = truth.segments[i]!.online;
      expect.soft(s.avgOnline, `segment ${i} average online within the levels shown`).toBeGreaterThanOrEqual(Math.min(before, after));
      expect.soft(s.avgOnline ?? Infinity).toBeLessThanOrEqual(Math.max(before, after));
    }

    // every item number stored is one the page showed for that very item
    const stat = (dump.itemStats as ItemStatRow[]).filter((r) => r.sessionId === segments[0]?.sessionId);
    expect(stat.length).toBe(truth.states[0]!.items.length);
    const wrong: string[] = [];
    for (const r of stat) {
      const id = r.itemId.slice(r.itemId.lastIndexOf('|id:') + 4);
      const shown = truth.states.map((st) => st.items.find((x) => x.id === id)!);
      for (const [m, v] of Object.entries(r.latest)) {
        const ok =
          shown.some((x) => (({ price: x.price, units: x.units, stock: x.stock, gmv: x.gmv }) as Record<string, number>)[m] === v?.value) ||
          m === 'productImpressionToPayRate';
        if (!ok) wrong.push(`${id} ${m}=${v?.value}`);
      }
    }
    expect(wrong).toEqual([]);
    // the last state's numbers are the ones kept
    const last = truth.states[truth.states.length - 1]!.items;
    expect(stat.map((r) => r.latest.gmv?.value).sort()).toEqual(last.map((x) => x.gmv).sort());
    await page.close();

    // and the side panel's 商品 view shows the same segments with the same GMV
    const panel = await h.panel();
    await panel.getByRole('tab', { name: '商品' }).click();
    await panel.waitForSelector('[data-segment-item]', { timeout: 30_000 });
    const shown = await panel.$$eval('[data-segment-item]', (els) => els.map((e) => [e.getAttribute('data-segment-item'), e.getAttribute('data-segment-gmv')]));
    expect(shown).toEqual(truth.segments.map((s) => [`id:${s.itemId}`, String(s.gmv)]));
    await panel.close();
  });
});
