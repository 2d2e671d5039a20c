/**
 * The pass over the page: every text node once, one map look-up each. It keeps only what the
 * reader will ask about: the labels (aliases), the texts that may be numbers (with the text just
 * before each), the selected-period candidates, key/value fields and time ranges. Nothing is
 * parsed and no element is touched here; that happens later, around the labels only.
 */
import type { MetricId } from '../metrics/catalog';
import { parseText, type Parsed } from '../parse/text';
import { WIDE_NINE, WIDE_OFFSET, WIDE_ZERO } from '../parse/grammar';
import { normaliseLabel, type Entry } from './labels';
import { walkTextSteps } from './walk';
import type { Steps } from './slices';
import { MAX_FIELD, MAX_LABEL, MAX_NUMBER_TEXT } from './limits';

export interface LabelHit {
  /** the label's text node(s): several when the label is split over elements */
  nodes: Text[];
  /** the label as the adapter spells it */
  text: string;
  metric: MetricId;
  scoped: boolean;
  seg: number;
  /** index in `numbers` of the first number candidate after this label */
  numPos: number;
  /** when `nodes` is a split label that turns out not to be one: the last node alone */
  fallback?: LabelHit;
  /** the period the label itself names (近30日成交金额 → 近30日), when it names one */
  period?: string;
}

/** The texts that may be numbers, as parallel arrays (one allocation per page, not per text). */
export interface Numbers {
  node: Text[];
  text: string[];
  /** the text right before each on the page, when it may be a label ('' otherwise) */
  prev: string[];
  seg: number[];
}

export interface TextHit {
  node: Text;
  text: string;
  seg: number;
}

export interface FieldHit {
  field: NonNullable<Entry['field']>;
  node: Text;
  value: string;
}

export interface PageIndex {
  roots: Node[];
  labels: LabelHit[];
  numbers: Numbers;
  periods: TextHit[];
  headings: TextHit[];
  fields: FieldHit[];
  times: TextHit[];
}

/** Worth normalising before a second look-up: spaces, full-width forms, a trailing marker. */
const NEEDS_NORMALISE = /[\s\u00a0\u3000\uff01-\uff5e\u200b-\u200d\u2060\ufeff:?ⓘ*]/;

const LABEL_START = 1;
const NUMBER_START = 2;
const charsCache = new WeakMap<Map<string, Entry>, Uint8Array>();

/** Per UTF-16 code unit: may a label start with it (first characters of every text the look-up
 *  knows, full-width forms too), may a number? One array read per text on the fast path. */
function charTable(lookup: Map<string, Entry>): Uint8Array {
  let table = charsCache.get(lookup);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (const k of lookup.keys()) {
      const c = k.charCodeAt(0);
      table[c]! |= LABEL_START;
      if (c >= 0x21 && c <= 0x7e) table[c + WIDE_OFFSET]! |= LABEL_START; // ASCII → full-width (（, Ｇ)
    }
    // digits, ¥, qualifiers (< > ≤ ≥ 约 ~), signs, dashes and "/" (missing), arrows (↑ ↓ ▲ ▼)
    for (let c = 48; c <= 57; c++) table[c]! |= NUMBER_START;
    for (let c = WIDE_ZERO; c <= WIDE_NINE; c++) table[c]! |= NUMBER_START;
    for (const c of [
      0xa5, 0xffe5, 60, 62, 0x2264, 0x2265, 0x7ea6, 126, 43, 45, 0x2212, 0xff0d, 0xff0b, 0xff1c, 0xff1e, 0x2014, 0x2013, 47, 0x2191, 0x2193, 0x25b2, 0x25bc,
    ])
      table[c]! |= NUMBER_START;
    charsCache.set(lookup, table);
  }
  return table;
}

export interface IndexOptions {
  shadowHosts?: string;
  /** collect `label：value` fields (shop name, session title) */
  fields?: boolean;
  /** collect texts that may hold the session's time range (detail pages) */
  times?: boolean;
}

/** Does the nearest element holding both nodes show just `text` (spaces aside)? */
function shownAlone(first: Node, last: Node, text: string): boolean {
  for (let e = first.parentElement; e; e = e.parentElement) {
    if (e.contains(last)) return (e.textContent ?? '').replace(/\s+/g, '') === text;
  }
  return false;
}

/** The pass; it pauses where the walk pauses (./walk.ts, ./slices.ts). */
export function* indexSteps(root: Node, lookup: Map<string, Entry>, opts: IndexOptions = {}): Steps<PageIndex> {
  const labels: LabelHit[] = [];
  const numbers: Numbers = { node: [], text: [], prev: [], seg: [] };
  const withFields = opts.fields ?? true;
  const withTimes = opts.times ?? true;
  const periods: TextHit[] = [];
  const headings: TextHit[] = [];
  const fields: FieldHit[] = [];
  const times: TextHit[] = [];
  let prev = '';
  let prevSeg = -1;
  let pendingField: FieldHit['field'] | null = null;
  let split: { nodes: Text[]; text: string } | null = null;
  const chars = charTable(lookup);

  const addNumber = (node: Text, t: string, seg: number) => {
    numbers.node.push(node);
    numbers.text.push(t);
    numbers.prev.push(prev);
    numbers.seg.push(seg);
  };
  /** Only text that may be a label is kept as a number's "prev": 2–24 characters, CJK or a
   *  Latin letter first. */
  const setPrev = (t: string, len: number, c0: number) => {
    prev = len <= 24 && len >= 2 && (c0 >= 0x4e00 ? c0 <= 0x9fff : (c0 | 32) >= 97 && (c0 | 32) <= 122) ? t : '';
  };

  /** A text whose first character may start a label (or a label is pending): look it up. */
  const slow = (node: Text, t: string, seg: number, len: number, c0: number) => {
    let e: Entry | undefined;
    let norm = t;
    if (len <= MAX_LABEL) {
      e = lookup.get(t);
      if (!e) {
        // Normalise only a text whose part before the first space / marker starts some label.
        const cut = t.search(NEEDS_NORMALISE);
        if (cut === 0 || (cut > 0 && lookup.has(t.slice(0, cut)))) {
          norm = normaliseLabel(t);
          e = lookup.get(norm);
        }
      }
    }

    // a label drawn in pieces: <b>直播间</b><b>观看人数</b>
    let joined: LabelHit | null = null;
    if (split) {
      const s: { nodes: Text[]; text: string } = split;
      const text = s.text + norm;
      const j = lookup.get(text);
      split = null;
      // (a label with a period in front is only ever one text: a period tab followed by a
      // card's label is not one label)
      if (j?.metric && !j.labelPeriod) {
        joined = { nodes: [...s.nodes, node], text: j.label, metric: j.metric, scoped: !!j.scoped, seg, numPos: numbers.node.length };
        // <b>实时</b><b>在线人数</b>: the first piece is part of a label, not a period tab
        while (periods.length && s.nodes.includes(periods[periods.length - 1]!.node)) periods.pop();
      } else {
        // a period word drawn in pieces (<span>近</span><span>7日</span>), when the element
        // around the pieces shows nothing else: not 近 | 30天共开播 in a sentence
        if (j?.period && shownAlone(s.nodes[0]!, node, j.label)) periods.push({ node, text: j.label, seg });
        if (j?.prefix) split = { nodes: [...s.nodes, node], text };
      }
    }
    if (e?.metric) {
      const hit: LabelHit = { nodes: [node], text: e.label, metric: e.metric, scoped: !!e.scoped, seg, numPos: numbers.node.length };
      if (e.labelPeriod) hit.period = e.labelPeriod;
      if (joined) joined.fallback = hit;
      else labels.push(hit);
    }
    if (joined) labels.push(joined);
    else if (!split && e?.prefix && !e.metric) split = { nodes: [node], text: norm };

    if (e) {
      if (e.period) periods.push({ node, text: e.label, seg });
      if (e.heading) headings.push({ node, text: e.label, seg });
      if (e.field) pendingField = e.field;
    }
    if (e?.missing || chars[c0]! & NUMBER_START) addNumber(node, t, seg);
    if (withFields && len >= 4) {
      // 直播标题：夏日清凉好物专场 (field labels are in the look-up, so only texts here can be one)
      const fw = t.indexOf('：');
      const colon = fw >= 0 ? fw : t.indexOf(':');
      if (colon >= 2 && colon <= 9) {
        const f = lookup.get(normaliseLabel(t.slice(0, colon)))?.field;
        const value = t.slice(colon + 1).trim();
        if (f && value) fields.push({ field: f, node, value });
      }
    }
  };

  const roots = yield* walkTextSteps(root, opts.shadowHosts ?? '', (node, t, seg) => {
    if (seg !== prevSeg) {
      prev = '';
      pendingField = null;
      split = null;
      prevSeg = seg;
    }
    const len = t.length;
    if (pendingField !== null) {
      if (len <= MAX_FIELD) fields.push({ field: pendingField, node, value: t });
      pendingField = null;
    }
    if (len > MAX_FIELD) {
      prev = '';
      split = null;
      return;
    }
    const c0 = t.charCodeAt(0);
    const flags = chars[c0]!;
    if (split !== null || flags & LABEL_START) slow(node, t, seg, len, c0);
    else if (flags & NUMBER_START) addNumber(node, t, seg);
    if (withTimes && len >= 10 && len <= 80 && t.indexOf(':') >= 0) times.push({ node, text: t, seg });
    setPrev(t, len, c0);
  });
  return { roots, labels, numbers, periods, headings, fields, times };
}

const ARROW = /^([↑↓▲▼])\s*/;

export interface NumberText {
  parsed: Parsed;
  /** sign given by an arrow glyph in the same text (`↓ 17.10%`) */
  glyph?: 1 | -1;
}

/** The text as a number (or a "--"), or null. Read on the text as shown (trimmed), never on a
 *  label-normalised form: dropping spaces would turn `138 0000 0000` into one number. An arrow glyph in front gives a sign, kept apart. */
export function readsAsNumber(raw: string): NumberText | null {
  const s = raw.trim();
  if (s.length > MAX_NUMBER_TEXT || !/[\d\uff10-\uff19\-—–暂无/]/.test(s)) return null;
  const arrow = ARROW.exec(s);
  if (arrow) {
    const p = parseText(s.slice(arrow[0].length));
    if (p.kind !== 'number' || p.value < 0) return null;
    return { parsed: p, glyph: arrow[1] === '↑' || arrow[1] === '▲' ? 1 : -1 };
  }
  const p = parseText(s);
  return p.kind === 'unreadable' ? null : { parsed: p };
}
