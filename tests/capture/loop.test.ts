import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLoop } from '../../lib/capture/loop';
import { compass } from '../../lib/platforms/compass';
import type { PageCapture } from '../../lib/capture/types';
import { loadFixtureDocument } from '../helpers/fixtures';

const DETAIL = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456';
const SCREEN = 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456&live_app_id=1128';
const html = readFileSync('tests/fixtures/compass/live-detail.html', 'utf8');

function setup(url: string) {
  vi.useFakeTimers();
  const doc = loadFixtureDocument(html);
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
  });
  const gmvValue = () => [...doc.querySelectorAll('span')].find((s) => s.textContent === '236,552')!;
  return { doc, sent, loop, gmvValue, go: (u: string) => (href = u) };
}

describe('capture loop', () => {
  it('sends the first read, nothing for an unchanged page, and the new numbers after a change', async () => {
    const { sent, loop, gmvValue } = setup(DETAIL);
    loop.now();
    expect(sent).toHaveLength(1);
    loop.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1); // re-reading an unchanged page sends nothing
    gmvValue().textContent = '240,001';
    loop.schedule();
    loop.schedule(); // a burst of mutations is one read
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.captures.find((r) => r.metric === 'gmv')?.value).toBe(240001);
    expect(loop.reads).toBe(3);
    vi.useRealTimers();
  });

  it('on a live page, sends at most once per interval so a ticking screen becomes a series', async () => {
    const { sent, loop, gmvValue } = setup(SCREEN);
    loop.now();
    expect(sent).toHaveLength(1);
    const gmv = gmvValue();
    for (let i = 1; i <= 10; i++) {
      gmv.textContent = `${236552 + i}`;
      loop.schedule();
      await vi.advanceTimersByTimeAsync(1000);
    }
    // 10 s of changes every second: the first send at t=0, then at most one per 5 s
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent.length).toBeLessThanOrEqual(3);
    const last = sent.at(-1)!.captures.find((r) => r.metric === 'gmv')!.value!;
    expect(last).toBeGreaterThan(236552);
    // the pending trailing read delivers the final value: nothing is lost at the end
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent.at(-1)!.captures.find((r) => r.metric === 'gmv')!.value).toBe(236562);
    vi.useRealTimers();
  });

  it('on a live page, reads the page once per capture sent: the throttle is checked before reading', async () => {
    const { sent, loop, gmvValue } = setup(SCREEN);
    loop.now();
    expect(loop.reads).toBe(1);
    const gmv = gmvValue();
    for (let i = 1; i <= 30; i++) {
      gmv.textContent = `${236552 + i}`;
      loop.schedule();
      await vi.advanceTimersByTimeAsync(1000);
    }
    await vi.advanceTimersByTimeAsync(6000); // the trailing read
    // 36 s, changing every second: a capture every 5 s, and no read that is not sent
    expect(sent.length).toBeGreaterThanOrEqual(7);
    expect(loop.reads).toBe(sent.length);
    expect(sent.at(-1)!.captures.find((r) => r.metric === 'gmv')!.value).toBe(236582);
    // the captures are at least the interval apart
    const at = sent.map((c) => c.capturedAt);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(5000);
    // a quiet live page: a change after the interval is read (once) after the debounce only
    await vi.advanceTimersByTimeAsync(10_000);
    const before = { reads: loop.reads, sent: sent.length };
    gmv.textContent = '999';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(loop.reads).toBe(before.reads + 1);
    expect(sent).toHaveLength(before.sent + 1);
    vi.useRealTimers();
  });

  it('on a live page, a pending read still reads once when nothing changed in the end', async () => {
    const { sent, loop, gmvValue } = setup(SCREEN);
    loop.now();
    const gmv = gmvValue();
    gmv.textContent = '1';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    gmv.textContent = '236,552'; // back to what was sent
    await vi.advanceTimersByTimeAsync(6000);
    expect(loop.reads).toBe(2);
    expect(sent).toHaveLength(1); // same numbers: nothing sent
    vi.useRealTimers();
  });

  it('re-reads after SPA navigation and reads nothing on a page kind it does not know', async () => {
    const { sent, loop, go } = setup('https://compass.jinritemai.com/shop/video/self');
    loop.now();
    expect(sent).toHaveLength(0);
    go(DETAIL);
    loop.schedule();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.page).toBe('live-detail');
    vi.useRealTimers();
  });

  it('a reader failure never reaches the host page', () => {
    const errors: unknown[] = [];
    const loop = createLoop({
      adapter: compass,
      doc: { createTreeWalker: () => { throw new Error('boom'); } } as unknown as Document,
      location: () => DETAIL,
      send: () => { throw new Error('must not send'); },
      onError: (e) => errors.push(e),
    });
    expect(() => loop.now()).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('a new label mapping applies from the next read on', async () => {
    const { sent, loop } = setup(DETAIL);
    loop.now();
    expect(sent[0]!.unknown.map((u) => u.label)).toContain('直播间新客成交占比');
    loop.setOverrides({ 直播间新客成交占比: 'fanBuyerShare' });
    await vi.advanceTimersByTimeAsync(500);
    const r = sent.at(-1)!.captures.find((c) => c.metric === 'fanBuyerShare');
    expect(r?.value).toBe(0.345);
    vi.useRealTimers();
  });
});
