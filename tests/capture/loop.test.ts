import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLoop } from '../../lib/capture/loop';
import { compass } from '../../lib/platforms/compass';
import { buyin } from '../../lib/platforms/buyin';
import type { PageCapture } from '../../lib/capture/types';
import { loadFixtureDocument } from '../helpers/fixtures';

const DETAIL = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456';
const SCREEN = 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456&live_app_id=1128';
const HOME = 'https://compass.jinritemai.com/shop';
const html = readFileSync('tests/fixtures/compass/live-detail.html', 'utf8');
const homeHtml = readFileSync('tests/fixtures/compass/home.html', 'utf8');
/** The settle rules' limits in these tests (lib/capture/settle.ts has the real ones and why). */
const SETTLE = { stillMs: 1000, missingStillMs: 3000, contextHoldMs: 5000, maxHoldMs: 20000 };

function setup(url: string, page = html) {
  vi.useFakeTimers();
  const doc = loadFixtureDocument(page);
  const sent: PageCapture[] = [];
  let href = url;
  const loop = createLoop({
    adapter: compass,
    doc,
    location: () => href,
    send: (c) => sent.push(c),
    now: () => Date.now(),
    debounceMs: 400,
    liveIntervalMs: 5000,
    settle: SETTLE,
  });
  const span = (text: string) => [...doc.querySelectorAll('span')].find((s) => s.textContent === text)!;
  const gmvValue = () => span('236,552');
  const value = (c: PageCapture | undefined, metric: string) => c?.captures.find((r) => r.metric === metric && r.scope === 'page')?.value;
  return { doc, sent, loop, gmvValue, span, value, go: (u: string) => (href = u) };
}

describe('capture loop', () => {
  it('sends a page once it has held still, nothing for an unchanged page, and the new numbers after a change', async () => {
    const { sent, loop, gmvValue, value } = setup(DETAIL);
    loop.now();
    expect(sent).toHaveLength(0); // one look is not enough: the page may be mid-animation
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100); // the page shows a `--` (新增粉丝数)
    expect(sent).toHaveLength(1);
    expect(value(sent[0], 'gmv')).toBe(236552);
    expect(value(sent[0], 'newFans')).toBeNull();
    loop.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1); // re-reading an unchanged page sends nothing
    gmvValue().textContent = '240,001';
    loop.schedule();
    loop.schedule(); // a burst of mutations is one read
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1); // the new number has not held still yet
    await vi.advanceTimersByTimeAsync(SETTLE.stillMs);
    expect(sent).toHaveLength(2);
    expect(value(sent[1], 'gmv')).toBe(240001);
    vi.useRealTimers();
  });

  it('a count-up animation: only the value it ends on is sent, never a frame', async () => {
    const { sent, loop, gmvValue, value } = setup(DETAIL);
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    const gmv = gmvValue();
    // 2 s of frames every 50 ms (each a mutation), easing out to 301,346
    for (let t = 50; t <= 2000; t += 50) {
      const p = 1 - 2 ** (-10 * (t / 2000));
      gmv.textContent = Math.round(236552 + (301346 - 236552) * p).toLocaleString('en-US');
      loop.schedule();
      await vi.advanceTimersByTimeAsync(50);
    }
    gmv.textContent = '301,346';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent.map((c) => value(c, 'gmv'))).toEqual([236552, 301346]);
    vi.useRealTimers();
  });

  it('a `--` shown while the data loads is never sent; the number that replaces it is', async () => {
    const { sent, loop, gmvValue, value } = setup(DETAIL);
    const gmv = gmvValue();
    gmv.textContent = '--';
    loop.now();
    await vi.advanceTimersByTimeAsync(1500);
    gmv.textContent = '236,552';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 1000);
    expect(sent.map((c) => value(c, 'gmv'))).toEqual([236552]);
    vi.useRealTimers();
  });

  it('a value under a loading spinner is held; it is sent once the spinner is gone and it held still', async () => {
    const { sent, loop, doc, value } = setup(HOME, homeHtml);
    const cards = doc.querySelector('.cardList-Tt4Rb2')!;
    cards.className += ' ecom-spin-container ecom-spin-blur';
    loop.now();
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent).toHaveLength(0);
    cards.className = 'cardList-Tt4Rb2 ecom-spin-container';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 1000);
    expect(sent).toHaveLength(1);
    expect(value(sent[0], 'gmv')).toBe(65201.3);
    vi.useRealTimers();
  });

  it('after a period switch, the old numbers still on screen are not filed under the new period', async () => {
    const { sent, loop, doc, span, value } = setup(HOME, homeHtml);
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    expect(sent.map((c) => [c.period, value(c, 'gmv')])).toEqual([['近1天', 65201.3]]);
    // the tab turns at once; the numbers refresh in place 3 s later, with no spinner (快手)
    const tabs = [...doc.querySelectorAll('.ecom-tabs-tab')];
    tabs[1]!.className = 'ecom-tabs-tab';
    tabs[1]!.removeAttribute('aria-selected');
    tabs[2]!.className = 'ecom-tabs-tab ecom-tabs-tab-active';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(3000);
    span('65,201.30').textContent = '412,880.00';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE.contextHoldMs);
    expect(sent.map((c) => [c.period, value(c, 'gmv')])).toEqual([
      ['近1天', 65201.3],
      ['近7天', 412880],
    ]);
    vi.useRealTimers();
  });

  it('after a period switch, numbers that stay the same are filed under the new period only after the hold', async () => {
    const { sent, loop, doc, value } = setup(HOME, homeHtml);
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    const tabs = [...doc.querySelectorAll('.ecom-tabs-tab')];
    tabs[1]!.className = 'ecom-tabs-tab';
    tabs[1]!.removeAttribute('aria-selected');
    tabs[2]!.className = 'ecom-tabs-tab ecom-tabs-tab-active';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE.contextHoldMs - 500);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent.map((c) => [c.period, value(c, 'gmv')])).toEqual([
      ['近1天', 65201.3],
      ['近7天', 65201.3],
    ]);
    vi.useRealTimers();
  });

  it('a number that never holds still is left out after the longest hold, and said so', async () => {
    const { sent, loop, gmvValue, value } = setup(DETAIL);
    const gmv = gmvValue();
    loop.now();
    for (let t = 0; t < SETTLE.maxHoldMs + 2000; t += 500) {
      gmv.textContent = String(236552 + t);
      loop.schedule();
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(sent).toHaveLength(1);
    expect(value(sent[0], 'gmv')).toBeUndefined();
    expect(value(sent[0], 'viewers')).toBe(8947);
    expect(sent[0]!.missed).toContainEqual(expect.objectContaining({ metric: 'gmv', reason: 'unreadable', text: 'still changing' }));
    // derived readings of the page that lean on a moving number are left out with it
    expect(sent[0]!.captures.filter((r) => r.source === 'derived')).toEqual([]);
    vi.useRealTimers();
  });

  it('on a live page, sends settled numbers at most once per interval, so a ticking screen becomes a series', async () => {
    const { sent, loop, gmvValue, value } = setup(SCREEN);
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    expect(sent).toHaveLength(1);
    const gmv = gmvValue();
    const shown: number[] = [236552];
    for (let i = 1; i <= 10; i++) {
      gmv.textContent = `${236552 + i}`;
      shown.push(236552 + i);
      loop.schedule();
      await vi.advanceTimersByTimeAsync(3000);
    }
    await vi.advanceTimersByTimeAsync(8000); // the trailing read delivers the final value
    const values = sent.map((c) => value(c, 'gmv')!);
    expect(values.at(-1)).toBe(236562);
    expect(values.every((v) => shown.includes(v))).toBe(true);
    expect(sent.length).toBeGreaterThanOrEqual(5);
    const at = sent.map((c) => c.capturedAt);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(5000);
    vi.useRealTimers();
  });

  it('a console where only the explained item moves is sent again: the 讲解中 mark is part of what changed', async () => {
    vi.useFakeTimers();
    const doc = loadFixtureDocument(readFileSync('tests/fixtures/buyin/live-control-2026.html', 'utf8'));
    const sent: PageCapture[] = [];
    const loop = createLoop({
      adapter: buyin,
      doc,
      location: () => 'https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7504730164828561203',
      send: (c) => sent.push(c),
      now: () => Date.now(),
      debounceMs: 400,
      liveIntervalMs: 5000,
      settle: SETTLE,
    });
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    expect(sent).toHaveLength(1);
    const explained = (c: PageCapture | undefined) => c?.items?.filter((i) => i.explaining).map((i) => i.id);
    expect(explained(sent[0])).toEqual(['3712049518802766618']);
    // the tag moves from row 2 to row 3 of the shown list; no page number changes
    const rows = doc.querySelectorAll('#rc-tabs-0-panel-now .rpa_lc__live-goods__goods-item');
    const tag = rows[1]!.querySelector('.explaining-Hc8Zd3')!;
    rows[2]!.querySelector('.cover-Wb3Nq7')!.appendChild(tag);
    [...rows[1]!.querySelectorAll('button')].find((b) => b.textContent === '取消讲解')!.textContent = '讲解';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent).toHaveLength(2);
    expect(explained(sent[1])).toEqual(['3712049518802766625']);
    vi.useRealTimers();
  });

  it('on a live page, a read waits for the interval instead of reading in vain', async () => {
    const { sent, loop, gmvValue } = setup(SCREEN);
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    const readsAtFirstSend = loop.reads;
    const gmv = gmvValue();
    for (let i = 1; i <= 8; i++) {
      gmv.textContent = `${236552 + i}`;
      loop.schedule();
      await vi.advanceTimersByTimeAsync(500);
    }
    // 4 s of changes inside the interval: no read until the interval has passed
    expect(loop.reads).toBe(readsAtFirstSend);
    await vi.advanceTimersByTimeAsync(8000);
    expect(sent).toHaveLength(2);
    vi.useRealTimers();
  });

  it('re-reads after SPA navigation and reads nothing on a page kind it does not know', async () => {
    const { sent, loop, go } = setup('https://compass.jinritemai.com/shop/video/self');
    loop.now();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(0);
    go(DETAIL);
    loop.schedule();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.page).toBe('live-detail');
    vi.useRealTimers();
  });

  it('a reader failure never reaches the host page', () => {
    const errors: unknown[] = [];
    const loop = createLoop({
      adapter: compass,
      doc: {
        createTreeWalker: () => {
          throw new Error('boom');
        },
      } as unknown as Document,
      location: () => DETAIL,
      send: () => {
        throw new Error('must not send');
      },
      onError: (e) => errors.push(e),
    });
    expect(() => loop.now()).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('a new label mapping applies from the next read on', async () => {
    const { sent, loop } = setup(DETAIL);
    loop.now();
    await vi.advanceTimersByTimeAsync(SETTLE.missingStillMs + 100);
    expect(sent[0]!.unknown.map((u) => u.label)).toContain('直播间新客成交占比');
    loop.setOverrides({ 直播间新客成交占比: 'fanBuyerShare' });
    await vi.advanceTimersByTimeAsync(SETTLE.stillMs + 1000);
    const r = sent.at(-1)!.captures.find((c) => c.metric === 'fanBuyerShare');
    expect(r?.value).toBe(0.345);
    vi.useRealTimers();
  });
});
