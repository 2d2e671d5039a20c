/**
 * A read in slices. The reader's long passes are generators (`Steps`) that yield where stopping
 * costs nothing: every TEXTS_PER_STEP text nodes of the page pass (./walk.ts), after each label
 * (./read-cards.ts), each table row (./table.ts), between stages (./page.ts). A driver decides
 * what a yield means:
 *  - runToEnd: nothing. extractPage, the CLI, the snapshot and the tests read in one call, as
 *    before, and get exactly what a sliced read gets (same code, same order).
 *  - runSliced: look at the clock; once the slice has run `budgetMs`, await `yieldToPage()` so
 *    the seller's page has its main thread back (input, rendering, its own scripts) before the
 *    next slice.
 * Why generators rather than a walker that stops and resumes itself or callbacks: the passes
 * stay the plain loops they were, their state stays in their locals, the sync form pays one
 * generator resume per step (well under 1 µs per TEXTS_PER_STEP nodes), and the budget lives
 * in one place, here. A yield is a chance to stop, not a stop: the clock is read only there.
 */
import { SLICE_BUDGET_MS } from './limits';

/** A pass that may be paused at each `yield`, returning T at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Run the steps to the end in one go. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface Slicing {
  /** give the page its main thread back (scheduler.yield, a posted message …) */
  yieldToPage: () => Promise<unknown>;
  /** longest run between two yields to the page, in ms (default SLICE_BUDGET_MS) */
  budgetMs?: number;
  /** the clock (default performance.now) */
  now?: () => number;
  /** told each slice's length, in ms, as it ends (the bench's longest-task figure) */
  onSlice?: (ms: number) => void;
}

const clock = (): number => performance.now();

/** Run the steps in slices of about `budgetMs` (a slice ends at the first yield past the
 *  budget, so its length is the budget plus at most one step), yielding to the page between
 *  them. The first slice starts at once: a read that fits in one slice is one task, as before. */
export async function runSliced<T>(steps: Steps<T>, s: Slicing): Promise<T> {
  const now = s.now ?? clock;
  const budget = s.budgetMs ?? SLICE_BUDGET_MS;
  for (;;) {
    const t0 = now();
    let r = steps.next();
    while (!r.done && now() - t0 < budget) r = steps.next();
    s.onSlice?.(now() - t0);
    if (r.done) return r.value;
    await s.yieldToPage();
  }
}
