/**
 * The loop with sliced reads (what the content script runs): a read paused between its slices
 * may see the page change under it. Such a read is thrown away, never settled or sent, and the
 * page is read again; and there is never more than one read at a time. The pauses are held here
 * by hand (a yieldToPage that waits until the test releases it), the slices are as short as they
 * can be (budget 0: a pause at every point the reader can pause), and the settling limits are 0,
 * so any read that reaches the settle step is sent at once: a stale read that got through would
 * show up in `sent`.
 */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createLoop, MAX_STALE_READS } from '../../lib/capture/loop';
import { compass } from '../../lib/platforms/compass';
import type { PageCapture } from '../../lib/capture/types';
import { loadFixtureDocument } from '../helpers/fixtures';

const DETAIL = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456';
const html = readFileSync('tests/fixtures/compass/live-detail.html', 'utf8');
const AT_ONCE = { stillMs: 0, missingStillMs: 0, contextHoldMs: 0, maxHoldMs: 20000 };
const DEBOUNCE = 400;

function setup(opts: { sliced?: boolean } = {}) {
  vi.useFakeTimers();
  const doc = loadFixtureDocument(html);
  const sent: PageCapture[] = [];
  /** pauses waiting for the test to release them; `hold` false: each resumes at once */
  const paused: Array<() => void> = [];
  let hold = true;
  let pauses = 0;
  const yieldToPage = () => {
    pauses++;
    return hold ? new Promise<void>((resolve) => paused.push(resolve)) : Promise.resolve();
  };
  const loop = createLoop({
    adapter: compass,
    doc,
    location: () => DETAIL,
    send: (c) => sent.push(c),
    now: () => Date.now(),
    debounceMs: DEBOUNCE,
    settle: AT_ONCE,
    ...(opts.sliced === false ? {} : { yieldToPage, sliceBudgetMs: 0 }),
  });
  const gmv = () => [...doc.querySelectorAll('span')].find((s) => /^2\d\d,\d{3}$/.test(s.textContent ?? ''))!;
  const value = (c: PageCapture | undefined) => c?.captures.find((r) => r.metric === 'gmv' && r.scope === 'page')?.value;
  /** let the read in flight run to its end, pause by pause */
  const release = async () => {
    hold = false;
    while (paused.length) {
      paused.shift()!();
      await vi.advanceTimersByTimeAsync(0);
    }
  };
  return { doc, sent, loop, gmv, value, paused, release, holdAgain: () => (hold = true), pauses: () => pauses };
}

describe('capture loop, sliced reads', () => {
  it('a read that no change interrupts is sent as the one-piece read is', async () => {
    const sliced = setup();
    sliced.loop.now();
    expect(sliced.paused.length).toBe(1); // it paused: the page has its thread back
    await sliced.release();
    expect(sliced.sent).toHaveLength(1);
    vi.useRealTimers();

    const whole = setup({ sliced: false });
    whole.loop.now();
    expect(whole.pauses()).toBe(0);
    expect(whole.sent).toHaveLength(1);
    expect({ ...sliced.sent[0], capturedAt: 0 }).toEqual({ ...whole.sent[0], capturedAt: 0 });
    vi.useRealTimers();
  });

  it('a change while a read is paused: that read is thrown away, never sent, and the page is read again', async () => {
    const { sent, loop, gmv, value, paused, release } = setup();
    loop.now();
    expect(paused.length).toBe(1);
    gmv().textContent = '240,001'; // the page changes between two slices …
    loop.schedule(); // … and its MutationObserver says so
    await release();
    expect(sent).toHaveLength(0); // the read spanned the change: nothing of it is sent
    expect(loop.reads).toBe(1);
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(loop.reads).toBe(2); // read again, after the usual debounce
    expect(sent.map(value)).toEqual([240001]);
    vi.useRealTimers();
  });

  it('one read at a time: timers and changes while a read is in flight start no second read', async () => {
    const { sent, loop, gmv, value, paused, release, pauses } = setup();
    loop.now();
    expect(loop.reads).toBe(1);
    gmv().textContent = '240,001';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 3); // the debounce timer fires while the read is paused
    loop.now(); // and a navigation asks for a read now
    expect(loop.reads).toBe(1);
    expect(paused.length).toBe(1); // still the first read's one pause: nothing else is reading
    expect(pauses()).toBe(1);
    await release();
    expect(sent).toHaveLength(0); // stale (changed under it)
    expect(loop.reads).toBe(1);
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(loop.reads).toBe(2);
    expect(sent.map(value)).toEqual([240001]);
    vi.useRealTimers();
  });

  it(`a page that changes under every sliced read is read in one piece after ${MAX_STALE_READS} stale reads`, async () => {
    const { sent, loop, gmv, value, paused, release, holdAgain, pauses } = setup();
    loop.now();
    for (let i = 1; i <= MAX_STALE_READS; i++) {
      expect(loop.reads).toBe(i);
      gmv().textContent = `${240 + i},001`;
      loop.schedule();
      await release();
      expect(sent).toHaveLength(0);
      holdAgain();
      await vi.advanceTimersByTimeAsync(DEBOUNCE);
    }
    // the read after the last stale one was done in one piece: no pause, sent at once
    expect(loop.reads).toBe(MAX_STALE_READS + 1);
    expect(paused.length).toBe(0);
    expect(sent.map(value)).toEqual([(240 + MAX_STALE_READS) * 1000 + 1]);
    const before = pauses();
    gmv().textContent = '250,001';
    loop.schedule();
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(pauses()).toBeGreaterThan(before); // and the next read is sliced again
    await release();
    expect(sent.map(value)).toEqual([(240 + MAX_STALE_READS) * 1000 + 1, 250001]);
    vi.useRealTimers();
  });

  it('a read in flight when the loop stops is dropped', async () => {
    const { sent, loop, release } = setup();
    loop.now();
    loop.stop();
    await release();
    await vi.advanceTimersByTimeAsync(DEBOUNCE * 2);
    expect(sent).toHaveLength(0);
    vi.useRealTimers();
  });
});
