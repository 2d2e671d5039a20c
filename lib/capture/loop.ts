/**
 * The content script's loop, kept out of the entrypoint so it can be tested with a fixture
 * document: read the page, send the capture once it has settled and when it changed, re-read on
 * SPA navigation and on DOM changes (debounced; the period switch on these dashboards changes
 * numbers without changing the URL). Live pages are sent at most every `liveIntervalMs`, so a big
 * screen that ticks every second becomes a time series, not a flood.
 *
 *   DOM change / navigation ─▶ schedule (debounce) ─▶ read (lib/extract/page.ts)
 *        ─▶ settle (./settle.ts: held still? no loader? not the old period's numbers?)
 *        ─▶ not yet: read again when it could have settled │ settled and changed: send
 *
 * Given `yieldToPage`, a read is sliced (extractPageSliced): the page gets its main thread back
 * every SLICE_BUDGET_MS, so a big page is never blocked for long. A sliced read is a read of a
 * page that may change between its slices, so:
 *  - a change (schedule(): a mutation, navigation, new overrides) while it is in flight makes
 *    it stale: its result is thrown away, never settled, merged or sent, and the page is read
 *    again after the usual debounce;
 *  - one read at a time: a timer that fires while a read is in flight leaves it to that read;
 *  - after MAX_STALE_READS stale reads in a row, the next read is done in one piece, so a big
 *    page that changes faster than a sliced read ends is still read (that read blocks the page
 *    once, as every read did before slicing).
 * Without `yieldToPage` (the unit tests, with fake timers) every read is done in one piece.
 */
import type { PageCapture } from './types';
import type { PlatformAdapter } from '../platforms/types';
import type { MetricId } from '../metrics/catalog';
import { extractPage, extractPageSliced, pageKindOf } from '../extract/page';
import { createSettler, type Read, type SettleLimits } from './settle';

export interface LoopDeps {
  adapter: PlatformAdapter;
  doc: Document;
  location: () => string;
  send: (capture: PageCapture) => void;
  onError?: (e: unknown) => void;
  overrides?: Record<string, MetricId>;
  now?: () => number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (h: unknown) => void;
  debounceMs?: number;
  liveIntervalMs?: number;
  /** the settling rules' limits (tests shorten them; see ./settle.ts for the defaults' reasons) */
  settle?: Partial<SettleLimits>;
  /** read in slices, awaiting this between them (./yield-to-page.ts); without it, in one piece */
  yieldToPage?: () => Promise<unknown>;
  /** the slices' length (default SLICE_BUDGET_MS, lib/extract/limits.ts; tests set 0) */
  sliceBudgetMs?: number;
}

/** Sliced reads thrown away in a row (the page changed under each) before the next read is done
 *  in one piece: a big live page that changes every second would otherwise never be read, since
 *  each sliced read spans a change. Three, so a page that is only settling (a period switch,
 *  count-ups) gets its sliced reads, and one that never stops costs one long task every few
 *  reads, not one every read. */
export const MAX_STALE_READS = 3;

/** What changes when the page shows different numbers: not the capture time. */
export function fingerprint(c: PageCapture): string {
  return JSON.stringify([
    c.url,
    c.page,
    c.period,
    c.shop,
    c.session,
    c.sessions,
    c.captures.map((r) => [r.scope, r.metric, r.text, r.value, r.period, r.compare?.text, r.benchmarks?.map((b) => b.text)]),
    c.missed.length,
    c.unknown.length,
    // which item is explained, and each item's numbers: a console whose 讲解中 moves changes nothing else
    c.items?.map((it) => [it.key, it.explaining, it.index, it.readings.map((r) => r.text)]),
    c.itemsPartial,
  ]);
}

export function createLoop(d: LoopDeps) {
  const now = d.now ?? Date.now;
  const set = d.setTimeout ?? ((fn, ms) => globalThis.setTimeout(fn, ms));
  const clear = d.clearTimeout ?? ((h) => globalThis.clearTimeout(h as number));
  const debounceMs = d.debounceMs ?? 400;
  const liveIntervalMs = d.liveIntervalMs ?? 5000;
  let overrides = d.overrides ?? {};
  let last = '';
  let lastSentAt = -Infinity;
  let timer: unknown = null;
  let timerAt = 0;
  let reads = 0;
  const settler = createSettler(d.settle);

  /** The page kind at the current address, or null where nothing is read. */
  function kindHere(): { href: string; live: boolean } | null {
    const href = d.location();
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return null;
    }
    const kind = pageKindOf(d.adapter, url);
    return kind ? { href, live: kind.live ?? false } : null;
  }

  /** a sliced read in flight, and whether the page changed since it started */
  let inFlight = false;
  let stale = false;
  let staleInARow = 0;
  /** bumped by stop(): a read in flight from before is dropped */
  let epoch = 0;

  function readNow(href: string): Read | null {
    try {
      reads++;
      return extractPage(d.doc, href, d.adapter, { overrides, now: now() });
    } catch (e) {
      d.onError?.(e); // never into the host page
      return null;
    }
  }

  function readSliced(href: string, yieldToPage: () => Promise<unknown>): void {
    reads++;
    inFlight = true;
    stale = false;
    const mine = epoch;
    const done = (got: Read | null): void => {
      inFlight = false;
      if (mine !== epoch) return;
      if (stale) {
        // the page changed while the read was paused: what it read may be half old, half new
        staleInARow++;
        arm(debounceMs);
        return;
      }
      staleInARow = 0;
      if (got) take(got);
    };
    const slicing = { yieldToPage, ...(d.sliceBudgetMs !== undefined ? { budgetMs: d.sliceBudgetMs } : {}) };
    extractPageSliced(d.doc, href, d.adapter, { overrides, now: now() }, slicing).then(done, (e: unknown) => {
      d.onError?.(e); // never into the host page
      done(null);
    });
  }

  /** Settle a read; send it when it settled and changed. */
  function take(got: Read): void {
    const { send: cap, recheckIn } = settler.observe(got, now());
    if (recheckIn !== null) arm(recheckIn);
    if (!cap || (cap.captures.length === 0 && cap.missed.length === 0 && !cap.items?.length)) return;
    const fp = fingerprint(cap);
    if (fp === last) return;
    last = fp;
    lastSentAt = now();
    d.send(cap);
  }

  function flush(): void {
    timer = null;
    // One read at a time. The read in flight answers this timer: it ends after the timer's
    // time, and a change since it started has made it stale already (schedule()), in which case
    // it arms the next read when it ends.
    if (inFlight) return;
    const here = kindHere();
    if (!here) return;
    // A live page is sent at most every liveIntervalMs: when that has not passed yet, wait for
    // it BEFORE reading (reading now would be thrown away and read again then). Changes in the
    // meantime need no timer of their own: the pending read sees them.
    const wait = here.live ? lastSentAt + liveIntervalMs - now() : 0;
    if (wait > 0) {
      arm(wait);
      return;
    }
    if (d.yieldToPage && staleInARow < MAX_STALE_READS) {
      readSliced(here.href, d.yieldToPage);
      return;
    }
    staleInARow = 0;
    const got = readNow(here.href);
    if (got) take(got);
  }

  /** Read in `ms`, unless a read is already due sooner (that read sees this change too). */
  function arm(ms: number): void {
    const at = now() + ms;
    if (timer !== null) {
      if (timerAt <= at) return;
      clear(timer);
    }
    timerAt = at;
    timer = set(flush, ms);
  }

  return {
    /** read now (first load, navigation) */
    now: flush,
    /** something changed: read after the page settles (a sliced read in flight is stale) */
    schedule(): void {
      if (inFlight) stale = true;
      arm(debounceMs);
    },
    setOverrides(o: Record<string, MetricId>): void {
      overrides = o;
      last = '';
      this.schedule();
    },
    stop(): void {
      if (timer !== null) clear(timer);
      timer = null;
      epoch++;
    },
    get reads() {
      return reads;
    },
  };
}
