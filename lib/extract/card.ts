/**
 * Read one metric card, anchored on its visible label. A card may hold several numbers: its own
 * value, the change against the last period and the platform's peer benchmarks. Each is told
 * apart by what stands right before it (较上一周期 …, 同行同级优秀值 …) or by the change
 * widget's class, never by position alone. When two numbers could both be the card's own value,
 * the card is reported unreadable instead of guessing.
 */
import { METRICS, type MetricId } from '../metrics/catalog';
import { normalise, type NormaliseHints } from '../parse/normalise';
import { parseText } from '../parse/text';
import type { Benchmark, BenchmarkKind, Compare, Qualifier } from '../capture/types';
import type { Item, TextIndex } from './index-text';
import { COMPARE_RE, BENCHMARK_RE } from './labels';
import { parentOf } from './walk';

export type CardResult =
  | { ok: true; text: string; value: number | null; qualifier?: Qualifier; compare?: Compare; benchmarks?: Benchmark[]; valueEl: Element }
  | { ok: false; reason: 'notFound' | 'unreadable'; text?: string; why: string };

const CHANGE_CLASS = /(change|ratio-value|trend|compare|increase|decrease)/i;
const UP = /(^|[-_\s])(up|rise|increase|positive|raise)([-_\s]|$)|arrow-?up|icon-?up|上升|▲|↑/i;
const DOWN = /(^|[-_\s])(down|fall|decrease|negative|decline|drop)([-_\s]|$)|arrow-?down|icon-?down|下降|▼|↓/i;

/** Find the card: the nearest ancestor of the label that holds a number and no other label. */
export function findCard(idx: TextIndex, label: Item): Element | null {
  for (const a of idx.chain(label)) {
    const g = idx.groups.get(a);
    if (!g) continue;
    if (g.labels.some((l) => l !== label && l.el !== label.el && !label.el.contains(l.el))) return null;
    if (g.numbers.some((n) => !label.el.contains(n.el))) return a;
  }
  return null;
}

function classText(el: Element | null, stop: Element): string {
  let s = '';
  for (let e: Element | null = el, d = 0; e && e !== stop && d < 3; e = parentOf(e), d++) {
    s += ` ${typeof e.className === 'string' ? e.className : e.getAttribute('class') ?? ''}`;
  }
  return s;
}

/** The sign of a change widget: from its classes or an arrow glyph/icon next to it. */
export function signOf(valueEl: Element, card: Element): 1 | -1 | 0 {
  const parent = parentOf(valueEl) ?? card;
  const around = `${classText(valueEl, card)} ${[...parent.querySelectorAll('*')].map((e) => e.getAttribute('class') ?? '').join(' ')} ${parent.textContent ?? ''}`;
  const up = UP.test(around), down = DOWN.test(around);
  return up === down ? 0 : up ? 1 : -1;
}

function previousText(idx: TextIndex, it: Item, card: Element): Item | null {
  for (let i = it.i - 1; i >= 0; i--) {
    const p = idx.items[i]!;
    if (!card.contains(p.node) && !card.contains(p.el)) return null;
    if (p.el.contains(it.node)) continue;
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
  if (/账号中位/.test(phrase)) return 'accountMedian';
  return null;
}

/** A phrase with its number inside: `同行同级优秀值¥300` or `超过同行同级45.2%的商家`. */
const INLINE_NUMBER = /(¥?[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万|亿|w)?%?)/;

function readBenchmark(kind: BenchmarkKind, text: string, metric: MetricId): Benchmark {
  const unit = kind === 'peerBeatShare' ? 'ratio' : METRICS[metric].unit;
  const n = normalise(parseText(text), unit);
  return { kind, text, value: n.ok ? n.value : null };
}

function readCompare(basis: string, text: string, valueEl: Element | null, card: Element): Compare {
  const p = parseText(text);
  if (p.kind !== 'number' || p.as !== 'percent') return { basis, text, value: null };
  const explicit = /^[+-]/.test(text.trim());
  let sign: number = explicit ? Math.sign(p.value) || 1 : valueEl ? signOf(valueEl, card) : 0;
  if (explicit && valueEl) {
    const s = signOf(valueEl, card);
    if (s !== 0 && s !== Math.sign(p.value)) sign = 0; // text and arrow disagree: trust neither
  }
  const magnitude = Math.abs(p.value);
  return { basis, text, value: sign === 0 ? (magnitude === 0 ? 0 : null) : sign * magnitude };
}

export function readCard(idx: TextIndex, label: Item, card: Element, metric: MetricId, hints: NormaliseHints = {}): CardResult {
  const g = idx.groups.get(card)!;
  const unit = METRICS[metric].unit;
  const own: Item[] = [];
  const wrongUnit: Item[] = [];
  let compare: Compare | undefined;
  const benchmarks: Benchmark[] = [];

  for (const ph of g.phrases) {
    const kind = benchmarkKind(ph.text);
    const m = INLINE_NUMBER.exec(ph.text.replace(BENCHMARK_RE, '').replace(/^.*?(值|均值|平均)/, ''));
    if (kind && m && /\d/.test(m[1]!)) benchmarks.push(readBenchmark(kind, m[1]!, metric));
    else if (!kind && COMPARE_RE.test(ph.text)) {
      const rest = ph.text.replace(COMPARE_RE, '');
      if (rest && /\d/.test(rest)) compare = readCompare(ph.text.match(COMPARE_RE)![0], rest, ph.el, card);
    }
  }

  for (const n of g.numbers) {
    if (label.el.contains(n.el)) continue;
    const prev = previousText(idx, n, card);
    const prevText = prev && prev.kind !== 'number' ? prev.text : '';
    const bkind = prevText ? benchmarkKind(prevText) : null;
    if (bkind) {
      benchmarks.push(readBenchmark(bkind, n.text, metric));
      continue;
    }
    const basis = prevText.match(COMPARE_RE)?.[0];
    if (basis || CHANGE_CLASS.test(classText(n.el, card))) {
      if (!compare) compare = readCompare(basis ?? '', n.text, n.el, card);
      continue;
    }
    if (prev && prev.kind === 'label' && prev !== label) continue; // belongs to a sub-label
    const ok = normalise(n.parsed!, unit, hints);
    (ok.ok ? own : wrongUnit).push(n);
  }

  if (own.length === 0) {
    if (wrongUnit.length === 0) return { ok: false, reason: 'notFound', why: 'no value next to the label' };
    return { ok: false, reason: 'unreadable', text: wrongUnit.map((n) => n.text).join(' | '), why: `not a ${unit} value` };
  }
  const distinct = own.filter((n, i) => own.findIndex((m) => m.el === n.el || m.el.contains(n.el) || n.el.contains(m.el)) === i);
  if (distinct.length > 1) {
    return { ok: false, reason: 'unreadable', text: distinct.map((n) => n.text).join(' | '), why: 'several numbers could be the value' };
  }
  const v = distinct[0]!;
  const norm = normalise(v.parsed!, unit, hints);
  if (!norm.ok) return { ok: false, reason: 'unreadable', text: v.text, why: norm.reason };
  const out: CardResult = { ok: true, text: v.text, value: norm.value, valueEl: v.el };
  if (norm.qualifier) out.qualifier = norm.qualifier;
  if (compare) out.compare = compare;
  if (benchmarks.length) out.benchmarks = benchmarks;
  return out;
}
