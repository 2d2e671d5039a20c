/**
 * Stage 5: one reading per metric. The cards stage reads each label alone; a page may show one
 * metric on several cards. In page order:
 *  - over different periods (今日… and 本月… on one screen): the page's own period wins
 *    (./selected-period.ts periodRank); the other is listed for the inspector;
 *  - the same figure twice (133.28万 on one card, 1332801 on another): kept once, the finer text,
 *    with the change and benchmarks either card shows;
 *  - two different figures, or one card of the metric that cannot be read: none is kept, and the
 *    metric is missed as unreadable (a badge beside a heading must not stand in for the real,
 *    unreadable card);
 *  - then a figure whose 万 may not scale is kept only as the page's other numbers settle it
 *    (./doubt.ts).
 */
import type { Held, Missed, Reading, UnknownLabel } from '../capture/types';
import type { MetricId } from '../metrics/core';
import { parseText } from '../parse/text';
import { doubtOf, settleDoubts } from './doubt';
import type { CardOutcome } from './read-cards';
import { periodRank } from './selected-period';

/** Step of the last digit a figure is shown to: 133.28万 → 100, 1,332,801 → 1, 3.4% → 0.001. */
export function shownStep(text: string): number {
  const p = parseText(text);
  if (p.kind !== 'number') return 0;
  const num = /[\d,]+(?:\.(\d+))?/.exec(text.replace(/\s/g, ''));
  const decimals = num?.[1]?.length ?? 0;
  const scale = p.magnitude
    ? (({ 万: 1e4, w: 1e4, W: 1e4, 亿: 1e8, k: 1e3, K: 1e3, 千: 1e3 } as Record<string, number>)[p.magnitude] ?? 1)
    : p.as === 'percent'
      ? 0.01
      : 1;
  return 10 ** -decimals * scale;
}

/** Two readings of one metric that show the same figure to their precision (133.28万 and
 *  1332801): the finer of the two; null when they differ. */
export function sameShown(a: Reading, b: Reading): Reading | null {
  if (a.value === b.value) return a;
  if (a.value === null || b.value === null) return null;
  const sa = shownStep(a.text),
    sb = shownStep(b.text);
  if (!sa || !sb) return null;
  return Math.abs(a.value - b.value) <= Math.max(sa, sb) / 2 + 1e-9 ? (sa <= sb ? a : b) : null;
}

export interface Reconciled {
  readings: Reading[];
  missed: Missed[];
  held: Held[];
  /** readings of a metric over another period than the page's, for the inspector */
  unknown: UnknownLabel[];
}

export function reconcile(outcomes: CardOutcome[], period: string | null): Reconciled {
  const out: Reconciled = { readings: [], missed: [], held: [], unknown: [] };
  const byMetric = new Map<MetricId, Reading>();
  const conflicted = new Set<MetricId>();
  const drop = (r: Reading) => out.readings.splice(out.readings.indexOf(r), 1);
  const replace = (old: Reading, r: Reading) => {
    out.readings.splice(out.readings.indexOf(old), 1, r);
    byMetric.set(r.metric, r);
  };

  for (const o of outcomes) {
    if (o.kind === 'held') {
      out.held.push(o.held);
      continue;
    }
    if (o.kind === 'unreadable') {
      out.missed.push(o.missed);
      if (!o.conflicts) continue;
      const metric = o.missed.metric;
      const prior = byMetric.get(metric);
      if (prior && !conflicted.has(metric) && periodRank(prior, period) === 0) drop(prior);
      if (!o.labelPeriod || o.labelPeriod === period) conflicted.add(metric);
      continue;
    }
    const r = o.reading;
    if (conflicted.has(r.metric)) continue;
    const prior = byMetric.get(r.metric);
    if (!prior) {
      byMetric.set(r.metric, r);
      out.readings.push(r);
      continue;
    }
    const rp = periodRank(r, period),
      pp = periodRank(prior, period);
    if (rp !== pp) {
      const [keep, other] = rp < pp ? [r, prior] : [prior, r];
      if (keep === r) replace(prior, r);
      out.unknown.push({ label: other.label, text: other.text, scope: 'page' });
      continue;
    }
    const same = sameShown(prior, r);
    if (same === null || prior.qualifier !== r.qualifier) {
      drop(prior);
      conflicted.add(r.metric);
      out.missed.push({ metric: r.metric, scope: 'page', reason: 'unreadable', label: r.label, text: `${prior.text} | ${r.text}` });
      continue;
    }
    const [keep, other] = same === r ? [r, prior] : [prior, r];
    if (!keep.compare && other.compare) keep.compare = other.compare;
    if (!keep.benchmarks && other.benchmarks) keep.benchmarks = other.benchmarks;
    if (keep === r) replace(prior, r);
  }

  const doubts = new Map<Reading, [number, number]>();
  for (const r of out.readings) {
    const d = r.value === null ? null : doubtOf(r.text, parseText(r.text), r.value);
    if (d) doubts.set(r, d);
  }
  const settled = settleDoubts(out.readings, doubts);
  out.readings = settled.readings;
  out.missed.push(...settled.missed);
  return out;
}
