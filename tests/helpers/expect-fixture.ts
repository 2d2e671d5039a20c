/**
 * The fixture test's assertions as a function over one page and its expected file: every
 * observed and derived number, the missed and unknown labels, and the background's own schema.
 * Used by tests/extract/fixtures.test.ts for every fixture, by the snapshot tests for a
 * snapshot's own pair, and by fixture-check.test.ts for a page `npm run fixture:add` files.
 */
import { expect } from 'vitest';
import { extractPage, withoutHeld } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import type { PageCapture, Reading } from '../../lib/capture/types';
import { PageCaptureSchema, describeZodError } from '../../lib/capture/schema';
import { loadFixtureDocument, type Expected } from './fixtures';
import { expectedItems, type ExpectedItem } from '../../lib/snapshot/expected';
import { normaliseLabel } from '../../lib/extract/labels';

const observedView = (r: Reading) => {
  const v: Record<string, unknown> = { metric: r.metric, label: r.label, text: r.text, value: r.value, unit: r.unit, scope: r.scope };
  if (r.qualifier) v.qualifier = r.qualifier;
  if (r.compare) v.compare = r.compare;
  if (r.benchmarks) v.benchmarks = r.benchmarks;
  if (r.period) v.period = r.period;
  return v;
};
const key = (x: { metric: string; scope: string }) => `${x.scope}|${x.metric}`;
const byKey = <T extends { metric: string; scope: string }>(xs: T[]) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));

export function expectFixturePasses(html: string, exp: Expected): PageCapture {
  const adapter = adapterForUrl(exp.url);
  expect(adapter?.id).toBe(exp.platform);
  const doc = loadFixtureDocument(html);
  const read = extractPage(doc, exp.url, adapter!, { now: 0 });
  // a static page's readings under a loader are held back, never read (lib/extract/busy.ts)
  expect(read.held.map((h) => `${h.scope}|${h.metric}|${h.why}`).sort()).toEqual((exp.held ?? []).slice().sort());
  const cap: PageCapture = withoutHeld(read);
  const checked = PageCaptureSchema.safeParse({ ...cap, capturedAt: Date.UTC(2026, 0, 1) });
  expect(checked.success ? '' : describeZodError(checked.error)).toBe('');

  expect(cap.page).toBe(exp.page);
  expect(cap.period).toBe(exp.period);
  if (exp.shop) expect(cap.shop).toEqual(exp.shop);
  if (exp.session) expect(cap.session).toMatchObject(exp.session);
  else expect(cap.session).toBeUndefined();
  if (exp.sessions) expect(cap.sessions.map((s) => ({ ...s }))).toEqual(exp.sessions);

  const observed = cap.captures.filter((r) => r.source === 'observed');
  expect(byKey(observed).map(observedView)).toEqual(byKey(exp.captures));

  const derived = cap.captures.filter((r) => r.source === 'derived');
  expect(byKey(derived).map((r) => ({ metric: r.metric, value: r.value, scope: r.scope }))).toEqual(byKey(exp.derived ?? []));

  expect(cap.missed.map((m) => `${m.scope}|${m.metric}|${m.reason}`).sort()).toEqual(
    (exp.missed ?? []).map((m) => `${m.scope}|${m.metric}|${m.reason}`).sort(),
  );
  for (const label of exp.unknown ?? []) expect(cap.unknown.map((u) => u.label)).toContain(label);

  // every item number, and no item the file does not list (two items are never merged: each
  // expected item must come back whole under its own key)
  const itemView = (it: ExpectedItem) => ({
    key: it.id !== undefined ? `id:${it.id}` : `title:${it.title}`,
    title: it.title,
    kind: it.kind ?? 'product',
    index: it.index,
    explaining: it.explaining ?? false,
    readings: Object.entries(it.metrics)
      .map(([metric, r]) => ({ metric, label: normaliseLabel(r.label), text: r.text, value: r.value, compare: r.compare }))
      .sort((a, b) => a.metric.localeCompare(b.metric)),
  });
  const byItemKey = <T extends { key: string }>(xs: T[]) => xs.slice().sort((a, b) => a.key.localeCompare(b.key));
  expect(byItemKey(expectedItems(cap.items ?? []).map(itemView))).toEqual(byItemKey((exp.items ?? []).map(itemView)));
  expect(cap.itemsPartial ?? false).toBe(exp.itemsPartial ?? false);
  return cap;
}
