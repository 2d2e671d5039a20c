/**
 * Store only what the page settled on. The reader says what the page shows at one instant; a
 * dashboard is often mid-change: a count-up animation running to its value, an odometer rolling,
 * a `--` placeholder before the data arrives, the previous period's numbers still standing under a
 * spinner after a tab switch, the old page's cards after SPA navigation. This module decides,
 * from successive reads of one tab, when a read may be sent. Pure: reads and times in, a decision
 * out; the loop (./loop.ts) does the timers.
 *
 * The rules, each with its limit:
 *  1. A reading the reader marks `held` (its value sits under a loading indicator or a rolling
 *     odometer, lib/extract/busy.ts) is not settled.
 *  2. A number is settled once it has shown the same text for STILL_MS: a count-up or a roll
 *     changes faster than that until it ends.
 *  3. A "missing" value (`--`, 暂无数据) must stand for MISSING_STILL_MS: pages show `--` while
 *     their data loads, usually for a second or two; a `--` that stays is missing, as always.
 *  4. When what the numbers are about changes (the URL, the page kind or the selected period),
 *     the numbers already on screen at that moment may be the old ones. They count as settled
 *     only once the page has shown it refreshed (some value changed since, or a new one
 *     appeared), or after CONTEXT_HOLD_MS without any change (the page's answer, then).
 *     A read with no number at all (a skeleton, a page still rendering) waits as a `--` does.
 *  5. A read is sent when all its readings are settled. A page that never settles (a number that
 *     changes every half second, a spinner that never stops) is sent after MAX_HOLD_MS with the
 *     unsettled readings left out and listed as missed: unreadable, never stored as values.
 */
import type { Held, Missed, PageCapture, Reading } from './types';

/** A number that has not changed for this long is no longer animating (count-ups run ≤ ~3 s
 *  but change every frame until they end; odometers re-render digit by digit). */
export const STILL_MS = 1200;
/** A `--` is a loading placeholder until it has stood this long. */
export const MISSING_STILL_MS = 4000;
/** After a period switch or navigation, numbers still the same as before are trusted only
 *  after this long (快手 refreshes values in place 3–5 s after the click). */
export const CONTEXT_HOLD_MS = 8000;
/** Longest a read waits for the page to settle before sending what has settled. */
export const MAX_HOLD_MS = 20000;

/** A read as the reader returns it (held readings optional, for captures made elsewhere). */
export type Read = PageCapture & { held?: Held[] };

interface Seen {
  text: string;
  since: number;
}

export interface SettleDecision {
  /** the capture to send (settled readings only), or null */
  send: PageCapture | null;
  /** read again after this many ms to see whether it settled (null: nothing pending) */
  recheckIn: number | null;
}

export interface SettleLimits {
  stillMs: number;
  missingStillMs: number;
  contextHoldMs: number;
  maxHoldMs: number;
}

const DEFAULT_LIMITS: SettleLimits = { stillMs: STILL_MS, missingStillMs: MISSING_STILL_MS, contextHoldMs: CONTEXT_HOLD_MS, maxHoldMs: MAX_HOLD_MS };

const keyOf = (r: { scope: string; metric: string }) => `${r.scope}|${r.metric}`;
const contextOf = (c: PageCapture) => `${c.url.split('#')[0]}|${c.page}|${c.period ?? ''}`;

export function createSettler(limits: Partial<SettleLimits> = {}) {
  const L = { ...DEFAULT_LIMITS, ...limits };
  /** per reading: the text shown and since when (this context) */
  let seen = new Map<string, Seen>();
  let context = '';
  /** the texts on screen when the context last changed: suspects until the page refreshes */
  let before: Map<string, string> | null = null;
  let contextSince = 0;
  /** since when the current context has been waiting to settle */
  let waitingSince: number | null = null;
  /** since when the page has shown no number at all (this context) */
  let emptySince: number | null = null;

  function observe(read: Read, now: number): SettleDecision {
    const { held = [], ...cap } = read;
    const observed = cap.captures.filter((r) => r.source === 'observed');
    const ctx = contextOf(cap);
    if (ctx !== context) {
      // The first read of a tab has no "before": nothing was on screen for another context.
      before = context === '' ? null : new Map([...seen].map(([k, s]) => [k, s.text]));
      context = ctx;
      contextSince = now;
      waitingSince = now;
      seen = new Map();
      emptySince = null;
    }

    // Track how long each reading has shown its text.
    const next = new Map<string, Seen>();
    for (const r of observed) {
      const k = keyOf(r);
      const prior = seen.get(k);
      next.set(k, prior && prior.text === r.text ? prior : { text: r.text, since: now });
    }
    seen = next;

    // Rule 4: the page has refreshed once any value differs from what stood at the switch.
    if (before && (observed.some((r) => before!.get(keyOf(r)) !== r.text) || now - contextSince >= L.contextHoldMs)) before = null;

    const unsettled = new Map<string, string>(); // key → why
    if (observed.length === 0) {
      emptySince ??= now;
      if (now - emptySince < L.missingStillMs) unsettled.set('page|(nothing)', 'nothing shown yet');
    } else emptySince = null;
    for (const h of held) unsettled.set(keyOf(h), h.why === 'loading' ? 'loading' : 'still changing');
    for (const r of observed) {
      const k = keyOf(r);
      const s = seen.get(k)!;
      const need = r.value === null ? L.missingStillMs : L.stillMs;
      if (now - s.since < need) unsettled.set(k, r.value === null ? 'placeholder?' : 'still changing');
      else if (before) unsettled.set(k, 'as before the switch');
    }

    if (waitingSince === null) waitingSince = now;
    if (unsettled.size === 0) {
      waitingSince = null;
      return { send: cap, recheckIn: null };
    }
    const waited = now - waitingSince;
    if (waited < L.maxHoldMs) {
      // Read again when the first unsettled reading could have settled.
      let soonest = L.maxHoldMs - waited;
      if (emptySince !== null) soonest = Math.min(soonest, emptySince + L.missingStillMs - now);
      for (const r of observed) {
        const s = seen.get(keyOf(r))!;
        const due = s.since + (r.value === null ? L.missingStillMs : L.stillMs) - now;
        if (due > 0) soonest = Math.min(soonest, due);
      }
      if (before) soonest = Math.min(soonest, contextSince + L.contextHoldMs - now);
      return { send: null, recheckIn: Math.max(50, soonest) };
    }
    // Rule 5: waited long enough; send what settled, and say what did not.
    waitingSince = null;
    const keep = (r: Reading) => !unsettled.has(keyOf(r)) && (r.source === 'observed' || !dependsOnUnsettled(r, unsettled));
    const missed: Missed[] = [...cap.missed];
    for (const [k, why] of unsettled) {
      if (k === 'page|(nothing)') continue;
      const [scope, metric] = splitKey(k);
      const r = observed.find((x) => keyOf(x) === k) ?? held.find((x) => keyOf(x) === k);
      missed.push({ metric: metric as Reading['metric'], scope, reason: 'unreadable', label: r?.label ?? metric, text: why });
    }
    return { send: { ...cap, captures: cap.captures.filter(keep), missed }, recheckIn: null };
  }

  return { observe };
}

function splitKey(k: string): [string, string] {
  const i = k.lastIndexOf('|');
  return [k.slice(0, i), k.slice(i + 1)];
}

/** A derived reading (lib/extract/derive.ts) of a scope with anything unsettled is left out. */
function dependsOnUnsettled(r: Reading, unsettled: Map<string, string>): boolean {
  for (const k of unsettled.keys()) if (splitKey(k)[0] === r.scope) return true;
  return false;
}
