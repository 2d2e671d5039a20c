/**
 * A capture written as a fixture's expected file (the format of tests/fixtures/<platform>/
 * <page>.expected.json, read by tests/helpers/fixtures.ts), with `"review": "to review"` on top:
 * it was written by StageLens about itself, so a person must check it before it is trusted.
 */
import type { Compare, Held, ItemRow, PageCapture, Reading } from '../capture/types';

/** The expected-values file of a fixture page (tests/fixtures/<platform>/<page>.expected.json). */
export interface FixtureExpected {
  url: string;
  platform: string;
  page: string;
  period: string | null;
  shop?: { id?: string; name?: string };
  session?: Record<string, unknown>;
  sessions?: Array<Record<string, unknown>>;
  captures: Array<Record<string, unknown> & { metric: string; scope: string }>;
  derived?: Array<{ metric: string; value: number; scope: string }>;
  missed?: Array<{ metric: string; scope: string; reason: string; label?: string; text?: string }>;
  unknown?: string[];
  /** readings the reader must hold back as not settled, as `scope|metric|why` (lib/extract/busy.ts) */
  held?: string[];
  /** the item rows the page shows (lib/extract/items.ts), each number asserted */
  items?: ExpectedItem[];
  /** the list shows only some of its items (virtual list, pages) */
  itemsPartial?: boolean;
}

/** One item row as an expected file writes it: its numbers by item metric. */
export interface ExpectedItem {
  id?: string;
  title?: string;
  kind?: 'plan';
  index?: number;
  explaining?: boolean;
  metrics: Record<string, { label: string; text: string; value: number | null; unit?: string; compare?: Compare }>;
}

export function expectedItems(items: ItemRow[]): ExpectedItem[] {
  return items.map((it) => {
    const e: ExpectedItem = { metrics: {} };
    if (it.id !== undefined) e.id = it.id;
    if (it.title !== undefined) e.title = it.title;
    if (it.kind === 'plan') e.kind = 'plan';
    if (it.index !== undefined) e.index = it.index;
    if (it.explaining) e.explaining = true;
    for (const r of it.readings) e.metrics[r.metric] = { label: r.label, text: r.text, value: r.value, ...(r.compare ? { compare: r.compare } : {}) };
    return e;
  });
}

/** What a snapshot writes: every list present, and a note that a person must review it. */
export interface SnapshotExpected extends FixtureExpected {
  review: string;
  derived: NonNullable<FixtureExpected['derived']>;
  missed: NonNullable<FixtureExpected['missed']>;
  unknown: string[];
}

/** The fields the fixture test compares, in its order. */
function observed(r: Reading): Record<string, unknown> & { metric: string; scope: string } {
  const v: Record<string, unknown> & { metric: string; scope: string } = {
    metric: r.metric,
    label: r.label,
    text: r.text,
    value: r.value,
    unit: r.unit,
    scope: r.scope,
  };
  if (r.qualifier) v.qualifier = r.qualifier;
  if (r.compare) v.compare = r.compare;
  if (r.benchmarks) v.benchmarks = r.benchmarks;
  if (r.period) v.period = r.period;
  return v;
}

/** `held`: what the reader held back on the page (a card under a loader): written so the fixture
 *  test, which checks it, passes on the saved pair. */
export function expectedFrom(cap: PageCapture & { held?: Held[] }, review = 'to review'): SnapshotExpected {
  const e: SnapshotExpected = {
    review,
    url: cap.url,
    platform: cap.platform,
    page: cap.page,
    period: cap.period,
    captures: cap.captures.filter((r) => r.source === 'observed').map(observed),
    derived: cap.captures.filter((r) => r.source === 'derived' && r.value !== null).map((r) => ({ metric: r.metric, value: r.value!, scope: r.scope })),
    missed: cap.missed.map((m) => ({
      metric: m.metric,
      scope: m.scope,
      reason: m.reason,
      ...(m.label ? { label: m.label } : {}),
      ...(m.text ? { text: m.text } : {}),
    })),
    unknown: [...new Set(cap.unknown.map((u) => u.label))],
  };
  if (cap.shop) e.shop = { ...cap.shop };
  if (cap.session) e.session = { ...cap.session };
  if (cap.sessions.length) e.sessions = cap.sessions.map((s) => ({ ...s }));
  if (cap.items?.length) e.items = expectedItems(cap.items);
  if (cap.itemsPartial) e.itemsPartial = true;
  if (cap.held?.length) e.held = cap.held.map((h) => `${h.scope}|${h.metric}|${h.why}`).sort();
  return e;
}

/** JSON laid out like the hand-written fixtures: one key per line, one array item per line. */
export function formatExpected(e: SnapshotExpected): string {
  // -0 (a "0.00%" change drawn with a down arrow) is what the reader returns and what the fixture
  // test compares with Object.is: JSON.stringify would write it as 0.
  const NEG = '"\u0000-0"';
  const json = (x: unknown) =>
    JSON.stringify(x, (_k, v: unknown) => (Object.is(v, -0) ? '\u0000-0' : v))
      .split(NEG)
      .join('-0');
  const lines = Object.entries(e).map(([k, v]) => {
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') {
      return `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${json(x)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(k)}: ${json(v)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
