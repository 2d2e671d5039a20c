/**
 * Anonymise a saved page so it can be committed as a test page: every number reshaped (same
 * shape, new digits, relations kept where the page shows both sides), names and ids replaced by
 * same-length stand-ins, dates shifted, while labels, units, period words and the platform's own
 * UI text stay, so StageLens reads the copy the way it read the original.
 *
 * Works on a parsed DOM (DOMParser: happy-dom in tests, the page's own in the extension); the
 * result is written back through the same serializer as the snapshot, so it is safe HTML too.
 * Conservative: a Chinese text that is not a known label or UI word and not a number is taken
 * for a name and replaced.
 */
import type { BenchmarkKind } from '../capture/types';
import { numberRuns } from '../extract/card';
import { BENCHMARK_RE, COMPARE_RE, normaliseLabel } from '../extract/labels';
import type { MetricId } from '../metrics/catalog';
import { cleanText, parseText } from '../parse/text';
import { move, minutesOf, renderDate, type DateToken, type Shift } from './dates';
import { chooseFactors, className, type Occurrence } from './factors';
import { Stand, latin } from './ids';
import { defaultParser, type ParseHtml } from './parse';
import { prng, randInt, randomSeed, type Rng } from '../random';
import { digitsOf, isZero, place, precisionOf, substituteDigits, templateOf, type Template } from './reshape';
import { segment, type Seg } from './segment';
import { foldOneForOne } from '../parse/grammar';
import { serializePage } from './serialize';
import { scrubPageUrl, scrubUrl } from './url';
import { buildDictionary, isMetricLike, STATE_WORDS, LATIN_UI, type Dictionary } from './words';

/** What the original capture read, so each number is scaled as the metric it is. */
export interface ReadingHint {
  metric: MetricId;
  text: string;
  benchmarks?: Array<{ kind: BenchmarkKind; text: string }>;
  compare?: { text: string };
}

export interface AnonymiseOptions {
  /** the adapter's aliases + periods + platform UI text: kept as shown */
  keepLabels: Set<string>;
  /** fixed in tests; by default a random one, never written anywhere */
  seed?: number;
  readings?: ReadingHint[];
  /** labels whose value is a name or an id (店铺名称, 直播标题, 直播间ID …): replaced even if it looks like UI text */
  nameLabels?: Iterable<string>;
  parse?: ParseHtml;
  /** for the page URL: false when the scrubbed URL would no longer be the same page kind */
  urlOk?: (url: string) => boolean;
}

export interface AnonymiseStats {
  /** number texts replaced (occurrences) and distinct ones */
  numbers: number;
  numberTexts: number;
  /** numbers moved off their metric's factor to keep their shape */
  clamped: number;
  names: number;
  ids: number;
  dates: number;
  attributes: number;
  /** texts kept because they read like metric labels the adapter does not know */
  keptMetricLike: string[];
}

export interface AnonymiseResult {
  html: string;
  notes: string[];
  stats: AnonymiseStats;
}

type Unit =
  | { kind: 'text'; node: Text; segs: Seg[] }
  /** one number, label or phrase drawn over several text nodes (<span>¥</span><span>236,552</span>) */
  | { kind: 'group'; nodes: Text[]; raw: string; segs: Seg[] }
  | { kind: 'attr'; el: Element; name: string; segs: Seg[] }
  | { kind: 'href'; el: Element; name: string; value: string };

const TEXT_ATTRS = new Set([
  'title', 'alt', 'aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'aria-placeholder', 'placeholder',
  'label', 'summary', 'abbr', 'datetime', 'data-title', 'data-tip', 'data-tooltip', 'data-original-title', 'data-content', 'data-label', 'data-text',
]);
const REF_ATTRS = new Set([
  'id', 'for', 'headers', 'name', 'form', 'list', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns',
  'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto', 'aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'value',
]);
/** Attributes that draw a value (a progress ring's arc: stroke-dasharray="194.527 31.667" is
 *  86% of its circle): every number in them is replaced, digit for digit. */
const DRAWN_VALUE_ATTRS = new Set(['stroke-dasharray', 'stroke-dashoffset']);
const SKIP = new Set(['script', 'style', 'noscript']);
/** A piece of a number the reader does not see (lib/extract/walk.ts hides these classes and
 *  inline styles): an odometer's spacer digit. */
const HIDDEN_PIECE_CLASS = /(?:^|\s)(?:odometer-digit-spacer|sr-only|visually-hidden)(?:\s|$)/;
const HIDDEN_PIECE_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
function hiddenPiece(t: Text, stop: Element): boolean {
  for (let e = t.parentElement; e && e !== stop; e = e.parentElement) {
    if (HIDDEN_PIECE_CLASS.test(e.getAttribute('class') ?? '') || HIDDEN_PIECE_STYLE.test(e.getAttribute('style') ?? '') || e.hasAttribute('hidden')) return true;
  }
  return false;
}
const TOKEN_RE = /\d+(?:[.,:/-]\d+)*/g;

/** The number-looking tokens of a text with two or more digits: what must not survive. */
export function numberTokens(text: string): string[] {
  return (foldOneForOne(text).match(TOKEN_RE) ?? []).filter((t) => t.replace(/\D/g, '').length >= 2);
}

const famOf = (as: string) => (as === 'percent' ? 'pct' : as === 'seconds' ? 'sec' : 'num');
const hintKey = (raw: string): string | null => {
  const p = parseText(raw);
  return p.kind === 'number' ? `${famOf(p.as)}:${Math.abs(p.value)}` : null;
};

function shapeClass(t: Template): string {
  const p = t.parsed;
  if (p.as === 'percent') return 'pct';
  if (p.as === 'seconds') return 'dur';
  if (p.as === 'cny') return 'money';
  return t.type === 'decimal' && t.k === 0 ? 'count' : 'dec';
}

/** The date a time-only token belongs to: the start of its range. */
function baseOf(start: DateToken | undefined) {
  if (!start || start.mo === undefined || start.d === undefined) return undefined;
  const after = minutesOf(start);
  return after === undefined ? { y: start.y ?? 2024, mo: start.mo, d: start.d } : { y: start.y ?? 2024, mo: start.mo, d: start.d, after };
}

class Anonymiser {
  readonly rng: Rng;
  readonly dict: Dictionary;
  readonly stand: Stand;
  readonly forbidden = new Set<string>();
  readonly keepExact: Set<string>;
  readonly nameLabels: Set<string>;
  readonly hints = new Map<string, string>();
  private hintList: Array<{ fam: string; value: number; cls: string }> = [];
  readonly stats: AnonymiseStats = { numbers: 0, numberTexts: 0, clamped: 0, names: 0, ids: 0, dates: 0, attributes: 0, keptMetricLike: [] };
  readonly notes: string[] = [];
  private numberMemo = new Map<string, string>();
  private usedNumbers = new Map<string, string>();
  private classOf = new Map<string, string>();
  private targetOf = new Map<string, number>();
  private factors = new Map<string, number>();
  shift: Shift | null = null;
  private clampedClasses = new Set<string>();

  constructor(private opts: AnonymiseOptions) {
    this.rng = prng(opts.seed ?? randomSeed());
    this.dict = buildDictionary(opts.keepLabels);
    this.keepExact = new Set([...opts.keepLabels].map(normaliseLabel));
    this.nameLabels = new Set([...(opts.nameLabels ?? [])].map(normaliseLabel));
    this.stand = new Stand(this.rng, (s) => numberTokens(s).some((t) => this.forbidden.has(t)));
    for (const r of opts.readings ?? []) {
      const set = (text: string, cls: string) => {
        const k = hintKey(text);
        if (k && !this.hints.has(k)) {
          this.hints.set(k, cls);
          const p = parseText(text);
          if (p.kind === 'number') this.hintList.push({ fam: famOf(p.as), value: Math.abs(p.value), cls });
        }
      };
      set(r.text, `m:${r.metric}`);
      for (const b of r.benchmarks ?? []) set(b.text, b.kind === 'peerBeatShare' ? 'share' : `m:${r.metric}`);
      if (r.compare) set(r.compare.text, 'compare');
    }
  }

  /** The metric of a reading this number shows to its own precision (133.28万 for a reading of
   *  ¥1332801: the reader took the two for one figure and kept the finer text). */
  private nearHint(t: Template): string | undefined {
    const fam = famOf(t.parsed.as), v = Math.abs(t.parsed.value), half = precisionOf(t) / 2 + 1e-9;
    return this.hintList.find((h) => h.fam === fam && h.value !== 0 && Math.abs(h.value - v) <= half)?.cls;
  }

  // ---------- reading the page into units ----------

  textSegs(data: string, forceName: boolean): Seg[] {
    const trimmed = data.trim();
    const norm = normaliseLabel(trimmed);
    if (!forceName || this.keepExact.has(norm)) {
      if (this.dict.whole.has(norm) || parseText(trimmed).kind === 'missing') return [{ t: 'keep', s: data }];
      if (isMetricLike(norm)) return [{ t: 'keep', s: data, metricLike: true }];
    }
    const m = /^(\s*)([^:：]{2,8}?)([:：]\s*)([^]+?)(\s*)$/.exec(data);
    if (m && this.dict.whole.has(normaliseLabel(m[2]!))) {
      const isName = this.nameLabels.has(normaliseLabel(m[2]!));
      // a range's end points at its start by index: one segment goes before them here
      const inner = segment(m[4]!, this.dict, { noKeep: isName }).map((x): Seg => (x.t === 'date' && x.from !== undefined ? { ...x, from: x.from + 1 } : x));
      return [{ t: 'keep', s: m[1]! + m[2]! + m[3]! }, ...inner, { t: 'keep', s: m[5]! }];
    }
    return segment(data, this.dict, { noKeep: forceName });
  }

  attrSegs(value: string, mode: 'text' | 'ref' | 'data' | 'class' | 'long'): Seg[] {
    if (mode === 'text') return this.textSegs(value, false);
    const out: Seg[] = [];
    const re = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([A-Za-z]+)|(\d+)|([^]+?)/g;
    const f = foldOneForOne(value);
    for (let m = re.exec(f); m; m = re.exec(f)) {
      const s = value.slice(m.index, m.index + m[0].length);
      if (m[1]) out.push(mode !== 'class' && mode !== 'long' && !this.dict.whole.has(m[1]) && !(this.dict.han.has(m[1]))  ? { t: 'name', s } : { t: 'keep', s });
      else if (m[2]) out.push(mode === 'data' && !(STATE_WORDS.has(m[2].toLowerCase()) || LATIN_UI.has(m[2]) || m[2].length <= 2) ? { t: 'latin', s } : { t: 'keep', s });
      else if (m[3]) out.push(m[3].length >= (mode === 'class' || mode === 'long' ? 7 : 2) ? { t: 'id', s } : { t: 'keep', s });
      else out.push({ t: 'keep', s });
    }
    return out;
  }

  collect(root: Node, units: Unit[], state: { nameNext: boolean }): void {
    for (let n = root.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n as Text;
        if (!t.data.trim()) continue;
        const segs = this.textSegs(t.data, state.nameNext);
        state.nameNext = this.nameLabels.has(normaliseLabel(t.data.trim()));
        units.push({ kind: 'text', node: t, segs });
        continue;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = el.localName.toLowerCase();
      this.collectAttributes(el, tag, units);
      if (SKIP.has(tag)) continue;
      const sr = (el as HTMLElement).shadowRoot;
      if (sr) this.collect(sr, units, state);
      if (tag === 'template') {
        this.collect((el as HTMLTemplateElement).content, units, state);
        continue;
      }
      const pieces = this.pieceGroup(el);
      if (pieces) {
        units.push(pieces.group);
        // hidden pieces (an odometer's spacer digit) are not part of the number: each on its own
        for (const t of pieces.hidden) units.push({ kind: 'text', node: t, segs: this.textSegs(t.data, false) });
        state.nameNext = false;
        this.collectAttributesBelow(el, units);
        continue;
      }
      const group = this.numberGroup(el);
      if (group) {
        units.push(group);
        state.nameNext = false;
        this.collectAttributesBelow(el, units);
        continue;
      }
      this.collect(el, units, state);
    }
  }

  /**
   * A number drawn in pieces the way the reader joins them (lib/extract/card.ts numberRuns): one
   * character per node with spaces between (`<span>¥</span> <span>1</span> <span>5</span> …万`,
   * 罗盘 big screen), odometer digits (one `.odometer-value` per digit, each beside a hidden
   * spacer digit), `¥ | 110 | 万`. Taken as one number when the element's shown pieces are all
   * one run, so the number is rewritten as a whole, each node keeping its character count;
   * rewritten digit by digit it would no longer be the same kind of figure (nor hold a formula),
   * and one-digit pieces would be replaced by a fixed digit-for-digit table.
   */
  pieceGroup(el: Element): { group: Unit; hidden: Text[] } | null {
    const text = el.textContent ?? '';
    if (text.length > 160 || !/\d/.test(text)) return null;
    if (el.querySelector('script,style,template,textarea,select')) return null;
    const shown: Text[] = [];
    const hidden: Text[] = [];
    const tw = el.ownerDocument.createTreeWalker(el, 0x4);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) {
      const t = n as Text;
      if (!t.data.trim()) continue;
      (hiddenPiece(t, el) ? hidden : shown).push(t);
      if (shown.length > 40) return null;
    }
    if (shown.length < 2) return null;
    const run = numberRuns(shown.map((t) => [t, t.data.trim()] as [Text, string])).get(0);
    if (!run || run[2] !== shown.length - 1) return null;
    const raw = shown.map((t) => t.data).join('');
    if (!templateOf(raw)) return null;
    return { group: { kind: 'group', nodes: shown, raw, segs: [{ t: 'num', s: raw }] }, hidden };
  }

  /**
   * One number, label or comparison phrase drawn over several text nodes, read as the reader
   * reads it: `<span>¥</span><span>236,552</span>`, `<b>直播间</b><b>新客成交占比</b>`,
   * `超过同行同<b>级62.18%的商家</b>`. Taken as a whole only when that keeps more than taking the
   * nodes one by one would (a phrase cut mid-word would otherwise look like a name).
   */
  numberGroup(el: Element): Unit | null {
    const text = el.textContent ?? '';
    if (text.length > 60 || text.trim().length < 2) return null;
    const nodes: Text[] = [];
    const tw = el.ownerDocument.createTreeWalker(el, 0x4);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) nodes.push(n as Text);
    if (nodes.filter((t) => t.data.trim()).length < 2) return null;
    if (el.querySelector('script,style,template,textarea,select')) return null;
    // as the reader widens a number or a label: at most three levels above its text
    for (const t of nodes) {
      let d = 0;
      for (let p = t.parentNode; p && p !== el; p = p.parentNode) d++;
      if (d > 2) return null;
    }
    const norm = normaliseLabel(text);
    if (templateOf(text)) return { kind: 'group', nodes, raw: text, segs: [{ t: 'num', s: text }] };
    const filled = nodes.filter((t) => t.data.trim());
    if (this.dict.whole.has(norm)) return { kind: 'group', nodes, raw: text, segs: this.textSegs(text, false) };
    if (isMetricLike(norm)) {
      // a list of choices (按上架顺序 | 按成交金额 | 按点击次数) reads like one metric label only
      // by its tail: when a piece before the last is a label on its own, the pieces are separate
      // texts, each taken on its own (a name among them is then replaced)
      const own = (t: Text) => {
        const n = normaliseLabel(t.data.trim());
        return this.dict.whole.has(n) || isMetricLike(n);
      };
      if (filled.slice(0, -1).some(own)) return null;
      return { kind: 'group', nodes, raw: text, segs: this.textSegs(text, false) };
    }
    if (!COMPARE_RE.test(norm) && !BENCHMARK_RE.test(norm)) return null;
    const named = (segs: Seg[]) => segs.some((s) => s.t === 'name' || s.t === 'latin');
    const segs = this.textSegs(text, false);
    if (named(segs) || !nodes.some((n) => n.data.trim() && named(this.textSegs(n.data, false)))) return null;
    return { kind: 'group', nodes, raw: text, segs };
  }

  collectAttributesBelow(el: Element, units: Unit[]): void {
    for (const d of [...el.querySelectorAll('*')]) this.collectAttributes(d, d.localName.toLowerCase(), units);
  }

  collectAttributes(el: Element, tag: string, units: Unit[]): void {
    for (const a of [...el.attributes]) {
      const name = a.name.toLowerCase();
      const v = a.value;
      if (!v || name === 'style') continue;
      if (name === 'href' || name === 'xlink:href') {
        if (!v.trim().startsWith('#')) units.push({ kind: 'href', el, name: a.name, value: v });
        continue;
      }
      let mode: 'text' | 'ref' | 'data' | 'class' | 'long' | null = null;
      if (TEXT_ATTRS.has(name) || (name === 'value' && (tag === 'button' || tag === 'input'))) mode = 'text';
      else if (name === 'class') mode = 'class';
      else if (name.startsWith('data-')) mode = 'data';
      else if (REF_ATTRS.has(name) || DRAWN_VALUE_ATTRS.has(name)) mode = 'ref';
      // any other attribute: its long digit runs are ids or a value's own digits (the fraction of
      // a progress ring's dash length), never markup
      else if (/\d{7,}/.test(foldOneForOne(v))) mode = 'long';
      if (mode) units.push({ kind: 'attr', el, name: a.name, segs: this.attrSegs(v, mode) });
    }
  }

  // ---------- planning ----------

  plan(units: Unit[], extraTexts: string[]): void {
    for (const u of units) {
      const text = u.kind === 'text' ? u.node.data : u.kind === 'group' ? u.raw : u.kind === 'href' ? u.value : u.segs.map((s) => s.s).join('');
      for (const t of numberTokens(text)) this.forbidden.add(t);
      // and each piece of one drawn over several nodes (`<span>512</span>,<span>364</span>`)
      if (u.kind === 'group') for (const n of u.nodes) for (const t of numberTokens(n.data)) this.forbidden.add(t);
    }
    for (const t of extraTexts.flatMap(numberTokens)) this.forbidden.add(t);

    const occs: Occurrence[] = [];
    const addNumber = (raw: string) => {
      const t = templateOf(raw);
      if (!t || isZero(t)) return;
      const key = cleanText(raw);
      let cls = this.classOf.get(key);
      if (!cls) {
        cls = this.hints.get(hintKey(raw) ?? '') ?? this.nearHint(t) ?? shapeClass(t);
        this.classOf.set(key, cls);
      }
      occs.push({ t, cls, value: t.parsed.value });
    };
    const dates: Array<{ s: string; tok: DateToken; base?: DateToken }> = [];
    for (const u of units) {
      if (u.kind === 'href') continue;
      u.segs.forEach((s) => {
        if (s.t === 'num') addNumber(s.s);
        if (s.t === 'date') {
          const from = s.from !== undefined ? u.segs[s.from] : undefined;
          dates.push(from && from.t === 'date' ? { s: s.s, tok: s.tok, base: from.tok } : { s: s.s, tok: s.tok });
        }
      });
    }
    const free = (t: Template, d: string) => !numberTokens(cleanText(substituteDigits(t.raw, d))).some((x) => this.forbidden.has(x));
    const { factors, derived } = chooseFactors(occs, this.rng, free);
    this.factors = factors;
    // One target per value and kind, rounded to the coarsest way the page shows it, so
    // 8.84万 and 88,400 still agree after the change; and one for the same figure shown to two
    // precisions (133.28万 on a card, 1332801 on another: the reader takes them for one), so
    // they still agree to the coarser one's digits.
    const groups: Array<{ value: number; cls: string; fam: string; precision: number; as: string; keys: Set<string> }> = [];
    const keyOf = new Map<string, { value: number; precision: number }>();
    for (const o of [...occs].sort((a, b) => precisionOf(b.t) - precisionOf(a.t))) {
      const fam = famOf(o.t.parsed.as), v = Math.abs(o.value), p = precisionOf(o.t);
      const key = `${o.cls}|${fam}|${v}`;
      const known = keyOf.get(key);
      keyOf.set(key, { value: v, precision: known ? Math.min(known.precision, p) : p });
      const prior = groups.find((g) => g.cls === o.cls && g.fam === fam && (g.keys.has(key) || Math.abs(g.value - v) <= Math.max(g.precision, p) / 2 + 1e-9));
      if (!prior) groups.push({ value: v, cls: o.cls, fam, precision: p, as: o.t.parsed.as, keys: new Set([key]) });
      else {
        prior.precision = Math.max(prior.precision, p);
        prior.keys.add(key);
      }
    }
    for (const x of groups) {
      let target = x.value * (factors.get(x.cls) ?? 1);
      if (x.as === 'percent' && x.value <= 1) target = Math.min(target, 1);
      target = Math.round(target / x.precision) * x.precision || x.precision;
      for (const k of x.keys) {
        const own = keyOf.get(k)!;
        // a finer figure that was not equal to the coarser one stays a little off it (within
        // half the coarser step, so the two still agree), so the finer one is still the finer
        let off = 0;
        const room = Math.floor((0.8 * x.precision) / 2 / own.precision);
        if (own.value !== x.value && room >= 1) off = randInt(this.rng, 1, room) * own.precision * (own.value > x.value ? 1 : -1);
        this.targetOf.set(k, target + off);
      }
    }
    this.shift = dates.length ? this.chooseShift(dates) : null;
    this.planNotes(derived);
  }

  chooseShift(dates: Array<{ s: string; tok: DateToken; base?: DateToken }>): Shift {
    let best: Shift = { days: -400, minutes: 7 }, bestScore = Infinity;
    for (let i = 0; i < 80; i++) {
      const shift: Shift = { days: -randInt(this.rng, 380, 1500), minutes: randInt(this.rng, 3, 57) * (this.rng() < 0.5 ? -1 : 1) };
      let score = 0;
      for (const { s, tok, base } of dates) {
        const r = renderDate(s, tok, move(tok, shift, baseOf(base)).values);
        if (!r.fits) score += 10;
        if (numberTokens(r.text).some((t) => this.forbidden.has(t))) score += 1;
        // a range must still cross midnight exactly when it did
        if (base && this.crosses(base, tok, { days: 0, minutes: 0 }) !== this.crosses(base, tok, shift)) score += 10;
      }
      if (score < bestScore) [best, bestScore] = [shift, score];
      if (score === 0) break;
    }
    return best;
  }

  private crosses(start: DateToken, end: DateToken, shift: Shift): boolean {
    const s = move(start, shift);
    const e = move(end, shift, baseOf(start));
    if (s.at !== undefined && e.at !== undefined) return Math.floor(s.at / 1440) !== Math.floor(e.at / 1440);
    const sm = (s.values.h ?? 0) * 60 + (s.values.mi ?? 0), em = (e.values.h ?? 0) * 60 + (e.values.mi ?? 0);
    return em < sm;
  }

  planNotes(derived: Map<string, { num: string; den: string }>): void {
    const rel = [...derived].map(([c, f]) => `${className(c)} = ${className(f.num)} ÷ ${className(f.den)}`);
    this.notes.push(
      'Numbers: each keeps its shape (digit count, grouping, ¥/元, 万/亿/w/k, %, 分秒/时:分:秒, the < and + qualifiers); "--" and zeros are kept as they are.',
      'Scaling: every value of a metric was multiplied by one factor for that metric (benchmarks of a metric with it); numbers not read as a metric by shape class (money, counts, percentages, durations).',
      rel.length
        ? `Percentages and per-viewer amounts recomputed from their scaled sides, so the formula still holds to the digits shown: ${rel.join('; ')}.`
        : 'No catalogue formula had both sides on this page: percentages were rescaled on their own, not recomputed.',
      'Percentages without both sides on the page (较上一周期 changes, 超过同行 shares, rates of metrics not shown) were rescaled, not recomputed: they no longer match any formula.',
      'Relative sizes within one metric are kept (that is what keeps the formulas): one true value of a metric would reveal the others of the same metric approximately.',
    );
  }

  // ---------- writing ----------

  /** Whether a new text, cut where the original's nodes end, makes an original number in any
   *  one node (a number drawn in pieces: `¥|1|5|9|,|3|5|7|万`, `512|,364|,998|,877`). */
  private piecesFree(out: string, cuts: number[]): boolean {
    if (!cuts.length) return true;
    let from = 0;
    for (const c of [...cuts, out.length]) {
      if (numberTokens(out.slice(from, c)).some((x) => this.forbidden.has(x))) return false;
      from = c;
    }
    return true;
  }

  number(raw: string, cuts: number[] = []): string {
    const key = cleanText(raw);
    const memo = this.numberMemo.get(key);
    if (memo !== undefined && this.piecesFree(substituteDigits(raw, memo), cuts)) {
      this.stats.numbers++;
      return substituteDigits(raw, memo);
    }
    const t = templateOf(raw);
    if (!t) return this.digits(raw);
    if (isZero(t)) return raw;
    const cls = this.classOf.get(key) ?? shapeClass(t);
    const target = this.targetOf.get(`${cls}|${famOf(t.parsed.as)}|${Math.abs(t.parsed.value)}`) ?? Math.abs(t.parsed.value);
    const accept = (d: string) => {
      const out = cleanText(substituteDigits(raw, d));
      const owner = this.usedNumbers.get(out);
      return (owner === undefined || owner === key) && !numberTokens(out).some((x) => this.forbidden.has(x)) && this.piecesFree(substituteDigits(raw, d), cuts);
    };
    // near the target first; a long number whose leading digits make an original piece
    // (512,364,998,877 aimed at 960,877,…) is moved a little further, a little at a time
    let placed = place(t, target, accept);
    for (const d of [0.002, 0.005, 0.01, 0.02, 0.05]) {
      if (placed) break;
      placed = place(t, target * (1 + d), accept) ?? place(t, target * (1 - d), accept);
      if (placed) placed.clamped = true;
    }
    placed ??= place(t, target);
    if (!placed) return raw; // a template with one possible value (none seen on a dashboard)
    if (placed.clamped) {
      this.stats.clamped++;
      this.clampedClasses.add(cls);
    }
    // the same number elsewhere on the page is shown the same way (a piece-wise one that had to
    // move off the page's choice keeps its own)
    if (memo === undefined) this.numberMemo.set(key, placed.digits);
    this.usedNumbers.set(cleanText(substituteDigits(raw, placed.digits)), key);
    this.stats.numbers++;
    this.stats.numberTexts++;
    return substituteDigits(raw, placed.digits);
  }

  digits(raw: string): string {
    const d = digitsOf(raw);
    if (!d) return raw;
    const before = this.stand.size;
    const out = substituteDigits(raw, this.stand.digits(foldOneForOne(raw).replace(/[^\d*]/g, '')).replace(/\*/g, ''));
    if (this.stand.size > before) this.stats.ids++;
    return out;
  }

  date(s: string, tok: DateToken, base?: DateToken): string {
    this.shift ??= this.chooseShift([{ s, tok }]); // a date only in the URL
    this.stats.dates++;
    return renderDate(s, tok, move(tok, this.shift, baseOf(base)).values).text;
  }

  /** `cuts`: where the text's nodes end, for a text drawn over several nodes. */
  render(segs: Seg[], cuts: number[] = []): string {
    let at = 0;
    return segs
      .map((s) => {
        const from = at;
        at += s.s.length;
        switch (s.t) {
          case 'keep':
            if (s.metricLike && s.s.trim() && !this.stats.keptMetricLike.includes(s.s.trim())) this.stats.keptMetricLike.push(s.s.trim());
            return s.s;
          case 'num':
            return this.number(s.s, cuts.filter((c) => c > from && c < at).map((c) => c - from));
          case 'date': {
            const from = s.from !== undefined ? segs[s.from] : undefined;
            return this.date(s.s, s.tok, from && from.t === 'date' ? from.tok : undefined);
          }
          case 'id':
          case 'phone':
            return this.digits(s.s);
          case 'name': {
            const before = this.stand.size;
            const out = this.stand.name(s.s);
            if (this.stand.size > before) this.stats.names++;
            return out;
          }
          case 'latin':
            return latin(s.s);
        }
      })
      .join('');
  }

  /** A value with nothing kept (URL query values, id fields). */
  value(v: string): string {
    return this.render(segment(v, this.dict, { noKeep: true }));
  }

  write(units: Unit[]): void {
    for (const u of units) {
      if (u.kind === 'text') {
        const out = this.render(u.segs);
        if (out !== u.node.data) u.node.data = out;
      } else if (u.kind === 'group') {
        const cuts: number[] = [];
        for (let i = 0, c = 0; i < u.nodes.length - 1; i++) cuts.push((c += u.nodes[i]!.data.length));
        let out = this.render(u.segs, cuts);
        if (out.length !== u.raw.length) {
          // a date that needed a digit more: give each node its own text instead
          for (const n of u.nodes) if (n.data.trim()) n.data = this.render(this.textSegs(n.data, false));
          continue;
        }
        let at = 0;
        for (const n of u.nodes) {
          const next = out.slice(at, at + n.data.length);
          at += n.data.length;
          if (next !== n.data) n.data = next;
        }
        out = '';
      } else if (u.kind === 'attr') {
        const out = this.render(u.segs);
        if (out !== u.el.getAttribute(u.name)) {
          u.el.setAttribute(u.name, out);
          this.stats.attributes++;
        }
      } else {
        const out = scrubUrl(u.value, { value: (v) => this.value(v), digits: (d) => this.digits(d) });
        if (out !== u.value) {
          u.el.setAttribute(u.name, out);
          this.stats.attributes++;
        }
      }
    }
  }

  finalNotes(): void {
    const s = this.stats;
    if (s.clamped) {
      this.notes.push(
        `Shape before relation: ${s.clamped} number(s) could not take their factor without changing their digit count and were set to the nearest value of the same shape (${[...this.clampedClasses].map(className).join(', ')}); relations through them hold only approximately.`,
      );
    }
    this.notes.push(`Names: ${s.names} distinct Chinese/Latin texts replaced by same-length placeholders (甲乙丙…, x/X); ids, phone numbers and other digit strings: ${s.ids} replaced digit for digit.`);
    if (this.shift) {
      this.notes.push(`Dates: shifted by ${this.shift.days} days and ${this.shift.minutes > 0 ? '+' : ''}${this.shift.minutes} minutes (one shift for the page, dates stay valid, ranges keep their length and whether they cross midnight).`);
    }
    if (s.keptMetricLike.length) {
      this.notes.push(`Kept because they read like metric labels StageLens does not know (check they are not names): ${s.keptMetricLike.join('、')}.`);
    }
    this.notes.push('Not anonymised: class names and CSS (words and numbers in CSS content strings were removed when saving); text inside closed shadow roots, iframes and canvases was never saved.');
  }
}

export interface PageResult extends AnonymiseResult {
  url: string;
}

/** Anonymise a saved page and its URL with one set of stand-ins (the URL's live_room_id and the
 *  page's 直播间ID become the same new id). */
export function anonymisePage(html: string, url: string | null, opts: AnonymiseOptions): PageResult {
  const a = new Anonymiser(opts);
  const doc = (opts.parse ?? defaultParser())(html);
  const units: Unit[] = [];
  a.collect(doc, units, { nameNext: false });
  a.plan(units, url ? [url] : []);
  let outUrl = '';
  if (url) {
    const r = scrubPageUrl(url, { value: (v) => a.value(v), digits: (d) => a.digits(d) }, opts.urlOk);
    outUrl = r.url;
    a.notes.push(
      r.restored.length
        ? `URL: query values scrubbed (keys kept); put back to keep the page kind: ${r.restored.join(', ')}.`
        : r.kindLost
          ? 'URL: query values scrubbed; the page kind could not be kept without the original values (check the expected page).'
          : 'URL: query values scrubbed (keys kept, same-shape stand-ins), path kept.',
    );
  }
  a.write(units);
  a.finalNotes();
  return { html: serializePage(doc), url: outUrl, notes: a.notes, stats: a.stats };
}

export function anonymiseHtml(html: string, opts: AnonymiseOptions): AnonymiseResult {
  const { url: _url, ...rest } = anonymisePage(html, null, opts);
  return rest;
}

