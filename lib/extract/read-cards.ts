/**
 * Stage 4: each card label's card, read (./card.ts). Per label, in page order:
 *   a. held: the label or its card sits under a loader or a rolling counter (./busy.ts);
 *   b. the card: the widest ancestor holding no other label (./card.ts findCard), or a title row
 *      and the value rows below it (titleAndValueRows) when the title row has no number;
 *   c. read it (readCard), then check the card is really the label's alone: the value rows after
 *      a title row and up to TERRITORY levels above must not hold another candidate;
 *   d. a value under a loader is held, not read.
 * The outcome of each label goes to the reconcile stage, which decides what one metric shown
 * twice becomes. Invariant: a label gives one value or none; two candidates → unreadable.
 */
import { METRIC_CORE as METRICS, type MetricId } from '../metrics/core';
import type { NormaliseHints } from '../parse/normalise';
import type { Held, Missed, Reading, UnknownLabel } from '../capture/types';
import { busyWithin, type BusyFacts } from './busy';
import { cardItems, findCard, readCard, titleAndValueRows, type CardResult } from './card';
import type { Eligible } from './eligible';
import type { PageIndex } from './index-text';
import type { Entry } from './labels';
import { CARD_DEPTH, HEADING_REACH, SCAN_LIMIT, TERRITORY } from './limits';
import type { DomFacts } from './walk';
import type { Steps } from './slices';

/** What reading one label gave. */
export type CardOutcome =
  | { kind: 'reading'; reading: Reading }
  /** `conflicts`: the card was found but not readable, so the metric is shown somewhere unreadable */
  | { kind: 'unreadable'; missed: Missed; conflicts: boolean; labelPeriod?: string }
  | { kind: 'held'; held: Held };

export interface CardsInput {
  root: Document | Element;
  idx: PageIndex;
  eligible: Eligible[][];
  lookup: Map<string, Entry>;
  hints: Record<string, NormaliseHints>;
  facts: DomFacts;
  busy: BusyFacts;
  /** is number candidate i shown, outside a table, and a number? (decided once, lazily) */
  isValid: (i: number) => boolean;
}

export interface CardsResult {
  outcomes: CardOutcome[];
  /** label-like texts a card's numbers belonged to, for the inspector */
  others: UnknownLabel[];
  /** text nodes read as values or changes (the inspector does not list them) */
  used: Set<Text>;
}

const OUTER_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'TABLE', 'TBODY', 'THEAD', 'TR']);

const unreadable = (res: CardResult, text: string): CardResult => ({
  ok: false,
  reason: 'unreadable',
  text,
  why: 'several numbers could be the value',
  used: [],
  others: res.others,
});

/** Pauses after each label (./slices.ts): a label's work is bounded by limits.ts, the number of
 *  labels is the page's. */
export function* readCards(c: CardsInput): Steps<CardsResult> {
  const { idx, facts, busy, lookup, hints } = c;
  const nums = idx.numbers;
  const out: CardsResult = { outcomes: [], others: [], used: new Set() };

  /** A scoped label (微信小店 商品 under 我的体验分) counts when the nearest block above its card
   *  that holds a heading holds no other metric label but the heading's own: the score block,
   *  not the whole page a menu item 商品 sits in. */
  const underHeading = (card: Element, seg: number, list: Eligible[]): boolean => {
    for (let a: Element | null = card, d = 0; a && d <= HEADING_REACH; a = a.parentElement, d++) {
      const heads = idx.headings.filter((h) => h.seg === seg && a!.contains(h.node));
      if (!heads.length) continue;
      return !list.some((l) => !l.hit.scoped && !heads.some((h) => l.hit.nodes.includes(h.node)) && a!.contains(l.hit.nodes[0]!));
    }
    return false;
  };

  const readLabel = (list: Eligible[], seg: number, p: number): void => {
    const { hit, el } = list[p]!;
    const metric: MetricId = hit.metric;
    const hold = (why: Held['why']): void => {
      out.outcomes.push({ kind: 'held', held: { metric, scope: 'page', label: hit.text, why } });
    };
    const before = list[p - 1],
      after = list[p + 1];
    const hasOtherLabel = (a: Element) => (before !== undefined && a.contains(before.el)) || (after !== undefined && a.contains(after.el));
    // Does the block hold a number candidate? Answered from the page index: the candidates
    // just after and before the label, scanned outwards once (SCAN_LIMIT) across all calls.
    let fwd = hit.numPos,
      back = hit.numPos - 1,
      scanned = 0,
      found = false;
    const hasNumber = (a: Element): boolean => {
      if (found) return true;
      for (; fwd < nums.node.length && scanned < SCAN_LIMIT; fwd++, scanned++) {
        const node = nums.node[fwd]!;
        if (nums.seg[fwd] !== seg || !a.contains(node)) break;
        if (!el.contains(node) && c.isValid(fwd)) return (found = true);
      }
      for (; back >= 0 && scanned < SCAN_LIMIT; back--, scanned++) {
        const node = nums.node[back]!;
        if (nums.seg[back] !== seg || !a.contains(node)) break;
        if (!el.contains(node) && c.isValid(back)) return (found = true);
      }
      return false;
    };

    // a. the label itself under a loader
    const loading = busy.of(hit.nodes[0]!);
    if (loading) return hold(loading);

    // b. the card
    let card = findCard(el, hasOtherLabel, hasNumber, CARD_DEPTH);
    let rows: Element[] | undefined;
    const split = titleAndValueRows(el, hasOtherLabel, hasNumber, CARD_DEPTH, card ?? undefined);
    if (!card) {
      if (!split) return;
      [card, rows] = split;
    }
    if (hit.scoped && !underHeading(card, seg, list)) return;
    const inside = rows ? rows.map(busyWithin).find(Boolean) : busyWithin(card);
    if (inside) return hold(inside);
    const items = cardItems(card, lookup, facts, rows);
    const label = items?.find((it) => it.nodes.includes(hit.nodes[0]!) || it.el.contains(hit.nodes[0]!));
    if (!items || !label) {
      out.outcomes.push({ kind: 'unreadable', missed: { metric, scope: 'page', reason: 'unreadable', label: hit.text }, conflicts: false });
      return;
    }

    // c. read, then make sure no other candidate for the value stands beside the card
    let res = readCard(items, label, card, metric, hints[hit.text]);
    const reread = (block: Element, only?: Element[]): CardResult | null => {
      const its = cardItems(block, lookup, facts, only);
      const lab = its?.find((it) => it.nodes.includes(hit.nodes[0]!) || it.el.contains(hit.nodes[0]!));
      return its && lab ? readCard(its, lab, block, metric, hints[hit.text]) : null;
    };
    // A title row with a number (a badge) and a value row below it: only the value is
    // weighed, since a change or a benchmark in those rows may be the next card's.
    if (res.ok && !rows && split) {
      const s = reread(split[0], split[1]);
      if (!s || !s.ok || s.value !== res.value || s.text !== res.text) res = unreadable(res, s?.ok ? `${res.text} | ${s.text}` : (s?.text ?? res.text));
    }
    // The nearest block with a number may be the label's own title row (a badge or a stray
    // number next to the label): the wider block the label still owns alone, up to TERRITORY
    // levels, must not hold another candidate for the value.
    if (res.ok && !rows) {
      let wide: Element = card;
      for (let a = card.parentElement, d = 0; a && d < TERRITORY && a !== c.root && !OUTER_TAGS.has(a.tagName) && !hasOtherLabel(a); a = a.parentElement, d++)
        wide = a;
      if (wide !== card) {
        const w = reread(wide);
        if (!w || !w.ok) res = { ok: false, reason: 'unreadable', text: w?.text ?? res.text, why: w?.why ?? 'card too large', used: [], others: res.others };
        else if (w.value === res.value && w.text === res.text) res = w;
        else res = unreadable(res, `${res.text} | ${w.text}`);
      }
    }
    for (const n of res.used) out.used.add(n);

    // d. a value under a loader or a rolling counter is not the page's settled value yet
    const why = res.ok ? (res.used.map((n) => busy.of(n)).find(Boolean) ?? null) : null;
    if (why) return hold(why);
    for (const o of res.others) out.others.push({ label: o.label, text: o.text, scope: 'page' });
    if (!res.ok) {
      if (res.reason === 'unreadable') {
        const missed: Missed = { metric, scope: 'page', reason: 'unreadable', label: hit.text, ...(res.text ? { text: res.text.slice(0, 80) } : {}) };
        out.outcomes.push({ kind: 'unreadable', missed, conflicts: true, ...(hit.period ? { labelPeriod: hit.period } : {}) });
      }
      return;
    }
    const r: Reading = { metric, label: hit.text, text: res.text, value: res.value, unit: METRICS[metric].unit, scope: 'page', source: 'observed' };
    if (res.qualifier) r.qualifier = res.qualifier;
    if (hit.period) r.period = hit.period;
    if (res.compare) r.compare = res.compare;
    if (res.benchmarks) r.benchmarks = res.benchmarks;
    out.outcomes.push({ kind: 'reading', reading: r });
  };

  for (let seg = 0; seg < c.eligible.length; seg++) {
    const list = c.eligible[seg]!;
    for (let p = 0; p < list.length; p++) {
      readLabel(list, seg, p);
      yield;
    }
  }
  return out;
}
