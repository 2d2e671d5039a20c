/**
 * Read one metric card, anchored on its visible label. A card may hold several numbers: its own
 * value, the change against the last period and the platform's peer benchmarks. Each is told
 * apart by what stands right before it (较上一周期 …, 同行同级优秀值 …) or by the change
 * widget's class, never by position alone. When two numbers could both be the card's own value,
 * the card is reported unreadable instead of guessing.
 *
 * Only the card's own subtree is classified here; the page pass (index-text.ts) only says where
 * the labels and the possible numbers are.
 */
import { METRIC_CORE as METRICS, type MetricId } from '../metrics/core';
import type { NormaliseHints } from '../parse/normalise';
import { parseText, type Parsed } from '../parse/text';
import { findDecimal } from '../parse/grammar';
import type { Benchmark, BenchmarkKind, Compare, Qualifier } from '../capture/types';
import { readsAsNumber } from './index-text';
import { COMPARE_RE, BENCHMARK_RE, normaliseLabel, looksLikeLabel, type Entry } from './labels';
import { parentOf, classOf, type DomFacts } from './walk';
import { readValue } from './value';
import {
  CARD_DEPTH,
  LABEL_WRAPPER_DEPTH,
  MAX_CARD_TEXTS,
  MAX_LABEL,
  MAX_PIECE,
  MAX_WRAPPER_CHILDREN,
  TITLE_ROW_REACH,
  VALUE_ROWS,
  WIDGET_CLASS_REACH,
  WIDGET_SUBTREE,
} from './limits';

/** `fragment`: digits that are a piece of a number we could not join (`3.` beside `2万`) */
export type Kind = 'label' | 'number' | 'phrase' | 'fragment' | 'other';
/** Only number characters, yet not a number on its own: a piece of one. */
const FRAGMENT = /^[¥￥+\-]?[\d.,]*\d[\d.,]*$/;

export interface CardItem {
  i: number;
  node: Text;
  /** every text node this item covers (`<span>¥</span><span>1,234</span>` is one item) */
  nodes: Text[];
  /** the node holding the item's whole text: the text node, or the widest element (≤ 3 levels
   *  up, inside the card) whose text still reads as this one label or number */
  el: Node;
  text: string;
  kind: Kind;
  metric?: MetricId;
  parsed?: Parsed;
  glyph?: 1 | -1;
}

export type CardResult =
  | {
      ok: true;
      text: string;
      value: number | null;
      qualifier?: Qualifier;
      compare?: Compare;
      benchmarks?: Benchmark[];
      used: Text[];
      others: Array<{ label: string; text: string }>;
    }
  | { ok: false; reason: 'notFound' | 'unreadable'; text?: string; why: string; used: Text[]; others: Array<{ label: string; text: string }> };

/** The word a change widget shows for "no change". */
const FLAT = '持平';
export const CHANGE_CLASS = /(change|ratio-value|trend|compare|increase|decrease|growth|diff)/i;
const UP = /(^|[-_\s])(up|rise|increase|positive|raise)([-_\s]|$)|(arrow|caret|icon|trend)-?up|上升|▲|↑/i;
const DOWN = /(^|[-_\s])(down|fall|decrease|negative|decline|drop)([-_\s]|$)|(arrow|caret|icon|trend)-?down|下降|▼|↓/i;
/** camelCase class names: `upIdentify-LQaHnC`, `downIcon-x1` (case-sensitive on purpose: not `update`) */
const UP_CAMEL = /(^|[-_\s])(up|rise)[A-Z]/;
const DOWN_CAMEL = /(^|[-_\s])(down|fall)[A-Z]/;

const contains = (outer: Node, inner: Node) => outer === inner || outer.contains(inner);

/** Classify the card's visible text: labels, numbers (widened over split spans), phrases. */
export function cardItems(card: Element, lookup: Map<string, Entry>, facts: DomFacts, only?: Element[]): CardItem[] | null {
  const doc = card.ownerDocument;
  const tw = doc.createTreeWalker(card, 4 /* SHOW_TEXT */);
  const texts: Array<[Text, string]> = [];
  for (let n = tw.nextNode(); n; n = tw.nextNode()) {
    const t = (n as Text).data.trim();
    if (t !== '' && !facts.isHidden(n) && (!only || only.some((o) => o.contains(n)))) texts.push([n as Text, t]);
    if (texts.length > MAX_CARD_TEXTS) return null;
  }
  const runs = numberRuns(texts);
  const items: CardItem[] = [];
  for (let k = 0; k < texts.length; k++) {
    const run = runs.get(k);
    if (run) {
      const [text, el, end] = run;
      const n = readsAsNumber(text)!;
      const nodes = texts.slice(k, end + 1).map(([t]) => t);
      items.push({ i: items.length, node: nodes[0]!, nodes, el, text, kind: 'number', parsed: n.parsed, ...(n.glyph ? { glyph: n.glyph } : {}) });
      k = end;
      continue;
    }
    const [node, raw] = texts[k]!;
    const text = raw.length <= MAX_LABEL ? normaliseLabel(raw) : raw;
    const item: CardItem = { i: items.length, node, nodes: [node], el: node, text, kind: 'other' };
    const entry = lookup.get(text);
    if (entry?.metric) {
      item.kind = 'label';
      item.metric = entry.metric;
    } else {
      // numbers are read on the text as shown: label normalising drops spaces, and
      // `138 0000 0000` must not become one number
      const n = readsAsNumber(raw);
      if (n) Object.assign(item, { kind: 'number', parsed: n.parsed, text: raw }, n.glyph ? { glyph: n.glyph } : {});
      else if (COMPARE_RE.test(text) || BENCHMARK_RE.test(text)) item.kind = 'phrase';
    }
    // Widen to the parent while its whole text still reads as this one label or number.
    for (let up = parentOf(node), d = 0; up && d < LABEL_WRAPPER_DEPTH && up !== card.parentNode; up = parentOf(up), d++) {
      if (up.childElementCount > MAX_WRAPPER_CHILDREN) break;
      const shown = (up.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (shown.length > MAX_LABEL) break;
      const whole = normaliseLabel(shown);
      if ((item.kind === 'number' ? shown : whole) === item.text) {
        item.el = up;
        continue;
      }
      const e = lookup.get(whole);
      if (e?.metric && item.kind !== 'number') {
        Object.assign(item, { kind: 'label', metric: e.metric, el: up, text: whole });
        delete item.parsed;
        continue;
      }
      // a phrase split over nodes, but not a phrase and its separate number (同行同级优秀值 | 1分32秒)
      if (
        item.kind === 'phrase' &&
        whole.startsWith(item.text) &&
        !readsAsNumber(whole.slice(item.text.length)) &&
        (COMPARE_RE.test(whole) || BENCHMARK_RE.test(whole))
      ) {
        Object.assign(item, { el: up, text: whole }); // 超过同行同<b>级62.18%的商家</b>
        continue;
      }
      if (item.kind !== 'label') {
        const n = readsAsNumber(shown);
        if (n && (item.kind === 'number' || item.kind === 'other')) {
          Object.assign(item, { kind: 'number', parsed: n.parsed, el: up, text: shown });
          if (n.glyph) item.glyph = n.glyph;
          continue;
        }
      }
      break;
    }
    if (item.el !== node) {
      while (k + 1 < texts.length && item.el.contains(texts[k + 1]![0])) item.nodes.push(texts[++k]![0]);
    }
    if (item.kind === 'other' && FRAGMENT.test(item.text)) item.kind = 'fragment';
    items.push(item);
  }
  return items;
}

/** A piece of a number drawn in its own node: a currency sign, a unit or sign mark, or a run
 *  of digits with separators (each per-character node is one of these). */
const MARK = /^(?:[¥￥+\-−]|万元?|亿元?|[wW%元])$/;
const DIGITS = /^[\d.,]+$/;
/** A duration's unit drawn apart from its digits (罗盘 big screen: 4<span class="zh-cn">小时</span>12<span>分钟</span>). */
const DURATION_UNIT = /^(?:天|小时|时|分钟|分|秒)$/;

/**
 * Numbers drawn in pieces, joined: `<div>¥</div><div>110</div><div>万</div>` (罗盘 2022, the
 * unit in a sibling `attach` div), `¥ 1 5 9 , 3 5 7 万` one character per node (罗盘 big
 * screen 2026), odometer digits (one `.odometer-value` per digit; the spacer digit is hidden).
 * Consecutive pieces are one number when the element around them holds nothing else, and
 * either every piece is one character, or only one piece has digits, or digits and duration
 * units alternate (4 小时 12 分钟), or every digit piece but the last cannot stand alone as a
 * number (`3.` | `2万`, `1,0` | `66`): two numbers side by side (`<span>1,024</span><span>128
 * </span>`) are never glued into one. Returns, by the index of a
 * run's first text: its joined text, the element holding it, the index of its last text.
 */
export function numberRuns(texts: Array<[Text, string]>): Map<number, [string, Element, number]> {
  const out = new Map<number, [string, Element, number]>();
  const piece = (t: string) => t.length <= MAX_PIECE && (MARK.test(t) || DIGITS.test(t) || DURATION_UNIT.test(t));
  const duration = (parts: string[]) => parts.length % 2 === 0 && parts.every((t, k) => (k % 2 === 0 ? /^\d+$/.test(t) : DURATION_UNIT.test(t)));
  for (let i = 0; i < texts.length; i++) {
    if (!piece(texts[i]![1])) continue;
    let j = i;
    while (j + 1 < texts.length && piece(texts[j + 1]![1])) j++;
    if (j > i) {
      const parts = texts.slice(i, j + 1).map(([, t]) => t);
      const withDigits = parts.filter((t) => /\d/.test(t)).length;
      const text = parts.join('');
      const el = commonAncestor(texts[i]![0], texts[j]![0]);
      const alone = el && !(i > 0 && el.contains(texts[i - 1]![0])) && !(j + 1 < texts.length && el.contains(texts[j + 1]![0]));
      // a digit piece that cannot stand alone (`3.`, `1,0`) continues into the next one
      const digitParts = parts.filter((t) => /\d/.test(t));
      const unfinished = digitParts.slice(0, -1).every((t) => readsAsNumber(t)?.parsed.kind !== 'number');
      const shape =
        parts.every((t) => t.length === 1) ||
        (withDigits === 1 && !parts.some((t) => DURATION_UNIT.test(t))) ||
        duration(parts) ||
        (withDigits > 1 && unfinished);
      if (alone && shape && readsAsNumber(text)?.parsed.kind === 'number') out.set(i, [text, el, j]);
    }
    i = j;
  }
  return out;
}

function commonAncestor(a: Node, b: Node): Element | null {
  for (let e = parentOf(a); e; e = parentOf(e)) if (e.contains(b)) return e;
  return null;
}

/** The card around a label: the widest ancestor (≤ `depth` levels) that holds no other label,
 *  if it holds a number. Widest, not nearest: a badge number beside the label (`<span>成交金额
 *  </span><span class="badge">3</span>`) must not hide the card's real value; with both in
 *  view the card reads as ambiguous instead. `hasOtherLabel` and `hasNumber` answer from the
 *  page index (map look-ups and a few `contains` calls), so no ancestor's text is read here. */
export function findCard(start: Node, hasOtherLabel: (a: Element) => boolean, hasNumber: (a: Element) => boolean, depth = CARD_DEPTH): Element | null {
  let widest: Element | null = null;
  // parentElement, not parentOf: a card never spans a shadow boundary
  for (let a = start.parentElement, d = 0; a && d < depth; a = a.parentElement, d++) {
    if (hasOtherLabel(a) || a.tagName === 'BODY' || a.tagName === 'HTML') break;
    widest = a;
  }
  return widest && hasNumber(widest) ? widest : null;
}

/**
 * A title row with no number, followed by the rows that show its value (抖店 体验分: title,
 * then `86 较前一日 +0.4`, then the sub-score blocks with labels of their own). The card is the
 * parent; only the title row and the following rows up to the next label are read. Null when
 * those rows hold no number.
 */
export function titleAndValueRows(
  start: Node,
  hasOtherLabel: (a: Element) => boolean,
  hasNumber: (a: Element) => boolean,
  depth = CARD_DEPTH,
  from?: Element,
): [Element, Element[]] | null {
  let widest: Element | null = from ?? null;
  for (let a = from ? null : start.parentElement, d = 0; a && d < depth; a = a.parentElement, d++) {
    if (hasOtherLabel(a) || a.tagName === 'BODY' || a.tagName === 'HTML') break;
    widest = a;
  }
  if (!widest?.parentElement || widest.parentElement.tagName === 'BODY') return null;
  const rows = [widest];
  let numbered = false;
  for (let s = widest.nextElementSibling, k = 0; s && k < VALUE_ROWS && !hasOtherLabel(s); s = s.nextElementSibling, k++) {
    rows.push(s);
    if (hasNumber(s)) numbered = true;
  }
  return numbered ? [widest.parentElement, rows] : null;
}

function classChain(el: Node, stop: Element): string {
  let s = '';
  let e: Element | null = el.nodeType === 1 ? (el as Element) : parentOf(el);
  for (let d = 0; e && e !== stop && d < WIDGET_CLASS_REACH; e = parentOf(e), d++) s += ` ${classOf(e)}`;
  return s;
}

function subtreeClasses(el: Element, limit = WIDGET_SUBTREE): string {
  let s = '';
  let n = 0;
  const stack: Element[] = [el];
  while (stack.length && n < limit) {
    const e = stack.pop()!;
    s += ` ${classOf(e)}`;
    n++;
    for (let c = e.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return s;
}

/** The sign of a change widget: from its classes, an arrow icon or glyph next to it. */
export function signOf(valueEl: Node, card: Element): 1 | -1 | 0 {
  const own = valueEl.nodeType === 1 ? (valueEl as Element) : parentOf(valueEl);
  const parent = (own && own !== card ? parentOf(own) : null) ?? card;
  const around = `${classChain(valueEl, card)} ${subtreeClasses(parent)} ${parent.textContent ?? ''}`;
  const up = UP.test(around) || UP_CAMEL.test(around),
    down = DOWN.test(around) || DOWN_CAMEL.test(around);
  return up === down ? 0 : up ? 1 : -1;
}

/** Do two items sit in one title row: a common ancestor within two levels of each, below the card? */
function sameTitle(a: CardItem, b: CardItem, card: Element): boolean {
  let up = a.el.nodeType === 1 ? (a.el as Element) : parentOf(a.el);
  for (let d = 0; up && up !== card && d < TITLE_ROW_REACH; up = parentOf(up), d++) if (up.contains(b.node)) return true;
  return false;
}

function previousItem(items: CardItem[], it: CardItem): CardItem | null {
  for (let i = it.i - 1; i >= 0; i--) {
    const p = items[i]!;
    if (contains(p.el, it.node)) continue;
    return p;
  }
  return null;
}

export function benchmarkKind(phrase: string): BenchmarkKind | null {
  if (/超过同行/.test(phrase)) return 'peerBeatShare';
  if (/同行同[级层](优秀|top)/i.test(phrase) || /优秀值/.test(phrase)) return 'peerExcellent';
  if (/同行同[级层]中位/.test(phrase) || /^中位值/.test(phrase)) return 'peerMedian';
  if (/同行同层(平均|均值)|行业(均值|平均)/.test(phrase)) return 'peerAverage';
  if (/同行顶尖/.test(phrase)) return 'peerTop';
  if (/同行基准/.test(phrase)) return 'peerBaseline';
  if (/账号中位/.test(phrase)) return 'accountMedian';
  return null;
}

function readBenchmark(kind: BenchmarkKind, text: string, metric: MetricId, hints: NormaliseHints): Benchmark {
  const unit = kind === 'peerBeatShare' ? 'ratio' : METRICS[metric].unit;
  const n = readValue(text, parseText(text), unit, kind === 'peerBeatShare' ? {} : hints);
  return { kind, text, value: n.ok ? n.value : null };
}

/** Bases that name a previous period: a number after them in the metric's own unit (昨日 145,
 *  not 昨日 +12%) is that period's value. */
const PREVIOUS_BASIS = /^(昨日|昨天|上周期|上期|较上周期|较上期|较昨日|较昨天|较前一?日|较上一?周期)$/;

export function readCompare(
  basis: string,
  text: string,
  glyph: 1 | -1 | undefined,
  valueEl: Node | null,
  card: Element,
  metric?: MetricId,
  hints: NormaliseHints = {},
): Compare {
  const p = parseText(text.replace(/^[↑↓▲▼]\s*/, ''));
  if (p.kind === 'number' && p.as !== 'percent' && metric && PREVIOUS_BASIS.test(basis) && !glyph && !/^[+-]/.test(text.trim())) {
    const prev = readValue(text, p, METRICS[metric].unit, hints, metric);
    return { basis, text, value: null, previous: prev.ok ? prev.value : null };
  }
  if (p.kind !== 'number' || p.as !== 'percent') return { basis, text, value: null };
  const explicit = /^[+-]/.test(text.trim());
  const widget = glyph ?? (valueEl ? signOf(valueEl, card) : 0);
  let sign: number = explicit ? Math.sign(p.value) || 1 : widget;
  if (explicit && widget !== 0 && widget !== Math.sign(p.value)) sign = 0; // text and arrow disagree: trust neither
  const magnitude = Math.abs(p.value);
  // 0.00% with a down arrow is 0, not -0 (which JSON and deep equality tell apart)
  return { basis, text, value: magnitude === 0 ? 0 : sign === 0 ? null : sign * magnitude };
}

export function readCard(items: CardItem[], label: CardItem, card: Element, metric: MetricId, hints: NormaliseHints = {}): CardResult {
  const unit = METRICS[metric].unit;
  const own: CardItem[] = [];
  const wrongUnit: CardItem[] = [];
  const used: Text[] = [];
  const others: Array<{ label: string; text: string }> = [];
  let compare: Compare | undefined;
  let flat: Compare | undefined;
  const benchmarks: Benchmark[] = [];

  for (const ph of items) {
    if (ph.kind !== 'phrase') continue;
    const kind = benchmarkKind(ph.text);
    // a phrase with its number inside: 同行同级优秀值¥300, 超过同行同级45.2%的商家
    const inline = findDecimal(ph.text.replace(BENCHMARK_RE, '').replace(/^.*?(值|均值|平均)/, ''));
    if (kind && inline) {
      benchmarks.push(readBenchmark(kind, inline, metric, hints));
      used.push(...ph.nodes);
    } else if (!kind && COMPARE_RE.test(ph.text)) {
      const rest = ph.text.replace(COMPARE_RE, '').trim();
      const next = items[ph.i + 1];
      if (rest === FLAT || (!rest && next?.text === FLAT)) {
        // 较昨日 持平: unchanged, a change of 0 (抖店 homepage); a numbered change wins
        flat ??= { basis: ph.text.match(COMPARE_RE)![0], text: FLAT, value: 0 };
        used.push(...ph.nodes, ...(rest ? [] : next!.nodes));
      } else if (rest && /\d/.test(rest)) {
        compare ??= readCompare(ph.text.match(COMPARE_RE)![0], rest, undefined, ph.el, card);
        used.push(...ph.nodes);
      }
    }
  }

  for (const n of items) {
    if (n.kind !== 'number' || contains(label.el, n.node)) continue;
    const prev = previousItem(items, n);
    const prevText = prev && prev.kind !== 'number' ? prev.text : '';
    const bkind = prevText ? benchmarkKind(prevText) : null;
    if (bkind) {
      benchmarks.push(readBenchmark(bkind, n.text, metric, hints));
      used.push(...n.nodes);
      continue;
    }
    const basis = prevText.match(COMPARE_RE)?.[0];
    if (basis || n.glyph || CHANGE_CLASS.test(classChain(n.el, card))) {
      if (!compare) compare = readCompare(basis ?? '', n.text, n.glyph, n.el, card, metric, hints);
      used.push(...n.nodes);
      continue;
    }
    // A number right after another label (known or not) belongs to that label, not this card;
    // text in the label's own title row (a 支付时间 ▾ switch beside 退款金额) is not another label.
    if (prev && prev !== label && (prev.kind === 'label' || (prev.kind === 'other' && looksLikeLabel(prev.text) && !sameTitle(prev, label, card)))) {
      if (prev.kind === 'other') others.push({ label: prev.text, text: n.text });
      continue;
    }
    const ok = readValue(n.text, n.parsed!, unit, hints, metric);
    (ok.ok ? own : wrongUnit).push(n);
  }

  // a piece of a number we could not join (`3.` beside `2万`): whatever we read, it is not what
  // the page shows as the value
  const fragment = items.find((it) => it.kind === 'fragment' && !contains(label.el, it.node));
  if (fragment) return { ok: false, reason: 'unreadable', text: [...own, fragment].map((n) => n.text).join(' | '), why: 'a number in pieces', used, others };
  if (own.length === 0) {
    if (wrongUnit.length === 0) return { ok: false, reason: 'notFound', why: 'no value next to the label', used, others };
    return { ok: false, reason: 'unreadable', text: wrongUnit.map((n) => n.text).join(' | '), why: `not a ${unit} value`, used, others };
  }
  // A number of the wrong unit that no phrase or widget explains is still a candidate: the card
  // may show its value in a form we do not read (¥37.51 under a ROI label) beside a stray badge
  // that happens to fit. Picking the one that fits would be a guess.
  if (own.length > 1 || wrongUnit.length > 0) {
    const all = [...own, ...wrongUnit].sort((a, b) => a.i - b.i);
    return { ok: false, reason: 'unreadable', text: all.map((n) => n.text).join(' | '), why: 'several numbers could be the value', used, others };
  }
  compare ??= flat;
  const v = own[0]!;
  const norm = readValue(v.text, v.parsed!, unit, hints, metric);
  if (!norm.ok) return { ok: false, reason: 'unreadable', text: v.text, why: norm.reason, used, others };
  used.push(...v.nodes);
  const out: CardResult = { ok: true, text: v.text, value: norm.value, used, others };
  if (norm.qualifier) out.qualifier = norm.qualifier;
  if (compare) {
    // a previous value shown instead of a change: the change is worked out from the two
    if (compare.previous != null && norm.value !== null && compare.previous > 0 && !norm.qualifier) {
      compare.value = Math.round(((norm.value - compare.previous) / compare.previous) * 1e6) / 1e6;
    }
    out.compare = compare;
  }
  if (benchmarks.length) out.benchmarks = benchmarks;
  return out;
}
