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
 */
import type { PageCapture } from './types';
import type { PlatformAdapter } from '../platforms/types';
import type { MetricId } from '../metrics/catalog';
import { extractPage, pageKindOf } from '../extract/page';
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
}

/** What changes when the page shows different numbers: not the capture time. */
export function fingerprint(c: PageCapture): string {
  return JSON.stringify([c.url, c.page, c.period, c.shop, c.session, c.sessions, c.captures.map((r) => [r.scope, r.metric, r.text, r.value, r.period, r.compare?.text, r.benchmarks?.map((b) => b.text)]), c.missed.length, c.unknown.length]);
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

  function read(href: string): Read | null {
    try {
      reads++;
      return extractPage(d.doc, href, d.adapter, { overrides, now: now() });
    } catch (e) {
      d.onError?.(e); // never into the host page
      return null;
    }
  }

  function flush(): void {
    timer = null;
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
    const got = read(here.href);
    if (!got) return;
    const { send: cap, recheckIn } = settler.observe(got, now());
    if (recheckIn !== null) arm(recheckIn);
    if (!cap || (cap.captures.length === 0 && cap.missed.length === 0)) return;
    const fp = fingerprint(cap);
    if (fp === last) return;
    last = fp;
    lastSentAt = now();
    d.send(cap);
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
    /** something changed: read after the page settles */
    schedule(): void {
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
    },
    get reads() {
      return reads;
    },
  };
}
