/**
 * The one reader the content script, the `extract` CLI and the tests all run: page DOM + URL +
 * adapter → PageRead. Never throws into the host page (the caller wraps it); returns what it
 * read, what it held back as not settled, what the adapter expected but missed, and
 * metric-looking labels it does not know.
 *
 * The stages, in order (each its own file, with its own rule tests):
 *   1 index       index-text.ts      one pass over the page's text (open shadow roots too):
 *                                    labels, number candidates, period words, fields, times
 *   2 eligible    eligible.ts        labels that anchor cards (shown, not in an item row or a
 *                                    choice); header labels hand their table to stage 6
 *   3 period      selected-period.ts the selected period, from the page (class, ARIA, colour)
 *   4 cards       read-cards.ts      each label's card read (card.ts), or held under a loader
 *   5 reconcile   reconcile.ts       one reading per metric; a doubtful 万 settled (doubt.ts)
 *   6 tables      table.ts           session tables, row by row (products are not sessions)
 *  6b items       items.ts           goods rows and product / plan tables, one ItemRow per item
 *   7 unknown     unknown.ts         label-like text with an unread number, for the inspector
 *   8 unproven    (here)             numbers of a period the page does not show are not filed
 *   9 derive      derive.ts          ratios whose two sides the page showed
 *  10 expect      (here)             the page kind's expected metrics not seen → missed
 *  11 identity    identity.ts        the shop and the session
 *
 * Invariants:
 *  - a label gives one value or none: two candidates for it make it unreadable, never a pick;
 *  - a card is the widest block around its label holding no other label (limits.ts bounds every
 *    walk), and a number right after another label belongs to that label;
 *  - a number under a loader or a rolling counter is held, never read;
 *  - one reading per metric and scope: two different figures of one metric keep neither;
 *  - nothing is guessed: a 万 in doubt, a period the page does not show, a row that is not a
 *    session are refused, and say so (missed, unknown), rather than stored.
 *
 * Cost: one text pass over the page, then work around each label only.
 *
 * Two drivers run the same stages (./slices.ts): extractPage in one call (the CLI, the snapshot,
 * the tests), extractPageSliced in slices of SLICE_BUDGET_MS with the page given its main thread
 * back between them (the content script). The stages pause at the same points for both: every
 * TEXTS_PER_STEP text nodes in stage 1, after each label in stage 4, each row in stage 6, and
 * between stages; so both give the same read of a page that holds still. A page that changes
 * while a sliced read is paused is the caller's to notice (lib/capture/loop.ts throws that read
 * away).
 */
import type { PageCapture, PageRead, Missed } from '../capture/types';
import { METRIC_CORE as METRICS, type MetricId } from '../metrics/core';
import type { PlatformAdapter, PageKind } from '../platforms/types';
import { indexSteps, readsAsNumber } from './index-text';
import { eligibleLabels } from './eligible';
import { selectedPeriod } from './selected-period';
import { readCards } from './read-cards';
import { reconcile } from './reconcile';
import { readTables } from './table';
import { readItems } from './items';
import { unknownLabels } from './unknown';
import { derive } from './derive';
import { identity } from './identity';
import { lookupFor } from './lookup';
import { BusyFacts } from './busy';
import { DEFAULT_SHADOW_HOSTS, DomFacts } from './walk';
import { runSliced, runToEnd, type Slicing, type Steps } from './slices';

export interface ExtractOptions {
  /** user label mappings (label → metric), applied on top of the adapter's aliases */
  overrides?: Record<string, MetricId>;
  now?: number;
}

/** The capture as sent: without what the reader held back (the loop's settle step decides on those). */
export function withoutHeld(read: PageRead): PageCapture {
  const { held: _held, ...capture } = read;
  return capture;
}

export function pageKindOf(adapter: PlatformAdapter, url: URL): PageKind | null {
  const target = url.pathname + url.search + url.hash;
  return adapter.pages.find((p) => p.path.test(target)) ?? null;
}

/** Read the page in one call. */
export function extractPage(root: Document | Element, href: string, adapter: PlatformAdapter, opts: ExtractOptions = {}): PageRead {
  return runToEnd(readPage(root, href, adapter, opts));
}

/** Read the page in slices, giving the page its main thread back between them (./slices.ts).
 *  The same read as extractPage's when the page does not change meanwhile. */
export function extractPageSliced(root: Document | Element, href: string, adapter: PlatformAdapter, opts: ExtractOptions, slicing: Slicing): Promise<PageRead> {
  return runSliced(readPage(root, href, adapter, opts), slicing);
}

function* readPage(root: Document | Element, href: string, adapter: PlatformAdapter, opts: ExtractOptions): Steps<PageRead> {
  const url = new URL(href);
  const kind = pageKindOf(adapter, url);
  const lookup = lookupFor(adapter, opts.overrides ?? {});
  const hints = adapter.labelHints ?? {};
  const facts = new DomFacts();
  const busy = new BusyFacts();

  // 1 index
  const idx = yield* indexSteps(root, lookup, {
    shadowHosts: [...new Set([...DEFAULT_SHADOW_HOSTS, ...(adapter.shadowHosts ?? [])])].join(','),
    fields: true,
    times: Boolean(kind?.sessionParams?.length),
  });
  // A number candidate counts when it reads as a number, is shown, and is not in a table cell.
  // Decided lazily, once (0 = not yet, 1 = yes, 2 = no).
  const nums = idx.numbers;
  const validity = new Uint8Array(nums.node.length);
  const isValid = (i: number): boolean => {
    if (validity[i] === 0) validity[i] = readsAsNumber(nums.text[i]!) !== null && !facts.isHidden(nums.node[i]!) && !facts.cellOf(nums.node[i]!) ? 1 : 2;
    return validity[i] === 1;
  };

  // 2 eligible, 3 period, 4 cards, 5 reconcile
  const { eligible, headerTables } = eligibleLabels(idx, facts);
  yield;
  const { period, undecided } = selectedPeriod(idx, facts);
  yield;
  const cards = yield* readCards({ root, idx, eligible, lookup, hints, facts, busy, isValid });
  const page = reconcile(cards.outcomes, period);
  yield;

  // 6 tables
  const tables = yield* readTables(headerTables, {
    aliases: (h) => lookup.get(h)?.metric,
    labelHints: hints,
    rowKeyHeaders: adapter.rowKeyHeaders ?? [],
    titleHeaders: adapter.titleHeaders ?? [],
    timeHeaders: adapter.timeHeaders ?? [],
    facts,
    busy,
  });
  const readings = [...page.readings, ...tables.readings];
  const missed: Missed[] = [...page.missed, ...tables.missed];
  const held = [...page.held, ...tables.held];
  for (const n of tables.used) cards.used.add(n);
  yield;

  // 6b items
  const items = yield* readItems(root, facts, busy);
  yield;

  // 7 unknown
  const unknown = yield* unknownLabels(idx, lookup, cards.used, isValid, [...cards.others, ...page.unknown, ...tables.unknown]);
  yield;

  // 8 numbers of a period the page does not show as selected are not filed under any period
  if (undecided) {
    for (let i = readings.length - 1; i >= 0; i--) {
      const r = readings[i]!;
      if (r.scope !== 'page') continue;
      readings.splice(i, 1);
      missed.push({ metric: r.metric, scope: 'page', reason: 'unreadable', label: r.label, text: 'period not shown' });
    }
  }

  yield;

  // 9 derive
  readings.push(...derive(readings));
  yield;

  // 10 expect
  if (kind && !kind.table) {
    // seen: read on the page, missed on the page, or held (one pass: a long table's readings
    // are not scanned once per expected metric)
    const seen = new Set<MetricId>();
    for (const r of readings) if (r.source === 'observed' && r.scope === 'page') seen.add(r.metric);
    for (const m of missed) if (m.scope === 'page') seen.add(m.metric);
    for (const h of held) seen.add(h.metric);
    for (const metric of kind.expect) {
      if (!seen.has(metric)) missed.push({ metric, scope: 'page', reason: 'notFound', label: METRICS[metric].zh });
    }
  }

  yield;

  // 11 identity
  return {
    platform: adapter.id,
    page: kind?.id ?? 'unknown',
    url: href,
    period,
    capturedAt: opts.now ?? Date.now(),
    ...identity(idx, facts, url, adapter, kind),
    sessions: tables.sessions,
    captures: readings,
    missed,
    unknown,
    ...(items.items.length ? { items: items.items, ...(items.partial ? { itemsPartial: true } : {}) } : {}),
    held,
  };
}
