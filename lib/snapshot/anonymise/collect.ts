/**
 * Stage 1, collect: walk the parsed page (open shadow roots and templates included, scripts and
 * styles not) into slots: text nodes, numbers and phrases drawn over several nodes, attributes
 * and links, each cut into segments. Reads the DOM; changes nothing.
 */
import { numberRuns } from '../../extract/card';
import { BENCHMARK_RE, COMPARE_RE, normaliseLabel } from '../../extract/labels';
import { foldOneForOne } from '../../parse/grammar';
import { templateOf } from '../reshape';
import type { Seg } from '../segment';
import { isMetricLike } from '../words';
import { attrSegs, textSegs, type Words } from './segs';
import type { AttrMode, Slot } from './types';

const TEXT_ATTRS = new Set([
  'title',
  'alt',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'aria-placeholder',
  'placeholder',
  'label',
  'summary',
  'abbr',
  'datetime',
  'data-title',
  'data-tip',
  'data-tooltip',
  'data-original-title',
  'data-content',
  'data-label',
  'data-text',
]);
const REF_ATTRS = new Set([
  'id',
  'for',
  'headers',
  'name',
  'form',
  'list',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-valuenow',
  'aria-valuemin',
  'aria-valuemax',
  'value',
]);
/** Attributes that draw a value (a progress ring's arc: stroke-dasharray="194.527 31.667" is
 *  86% of its circle): every number in them is replaced, digit for digit. */
const DRAWN_VALUE_ATTRS = new Set(['stroke-dasharray', 'stroke-dashoffset']);
const SKIP = new Set(['script', 'style', 'noscript']);
/** A piece of a number the reader does not see (lib/extract/walk.ts hides these classes and
 *  inline styles): an odometer's spacer digit. */
const HIDDEN_PIECE_CLASS = /(?:^|\s)(?:odometer-digit-spacer|sr-only|visually-hidden)(?:\s|$)/;
const HIDDEN_PIECE_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Longest text taken as one number drawn in pieces, and most pieces in it. */
const MAX_PIECE_GROUP_TEXT = 160;
const MAX_PIECES = 40;
/** Longest text taken as one number, label or phrase over several nodes, and how deep below
 *  the element its texts may sit (as the reader widens a number or a label). */
const MAX_GROUP_TEXT = 60;
const MAX_GROUP_DEPTH = 2;

function hiddenPiece(t: Text, stop: Element): boolean {
  for (let e = t.parentElement; e && e !== stop; e = e.parentElement) {
    if (HIDDEN_PIECE_CLASS.test(e.getAttribute('class') ?? '') || HIDDEN_PIECE_STYLE.test(e.getAttribute('style') ?? '') || e.hasAttribute('hidden'))
      return true;
  }
  return false;
}

/** Every slot of the page under `root`, in document order. */
export function collect(root: Node, w: Words): Slot[] {
  const slots: Slot[] = [];
  walk(root, w, slots, { nameNext: false });
  return slots;
}

function walk(root: Node, w: Words, slots: Slot[], state: { nameNext: boolean }): void {
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = n as Text;
      if (!t.data.trim()) continue;
      const segs = textSegs(w, t.data, state.nameNext);
      state.nameNext = w.nameLabels.has(normaliseLabel(t.data.trim()));
      slots.push({ kind: 'text', node: t, segs });
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.localName.toLowerCase();
    attributes(el, tag, w, slots);
    if (SKIP.has(tag)) continue;
    const sr = (el as HTMLElement).shadowRoot;
    if (sr) walk(sr, w, slots, state);
    if (tag === 'template') {
      walk((el as HTMLTemplateElement).content, w, slots, state);
      continue;
    }
    const pieces = pieceGroup(el);
    if (pieces) {
      slots.push(pieces.group);
      // hidden pieces (an odometer's spacer digit) are not part of the number: each on its own
      for (const t of pieces.hidden) slots.push({ kind: 'text', node: t, segs: textSegs(w, t.data, false) });
      state.nameNext = false;
      attributesBelow(el, w, slots);
      continue;
    }
    const group = numberGroup(el, w);
    if (group) {
      slots.push(group);
      state.nameNext = false;
      attributesBelow(el, w, slots);
      continue;
    }
    walk(el, w, slots, state);
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
function pieceGroup(el: Element): { group: Slot; hidden: Text[] } | null {
  const text = el.textContent ?? '';
  if (text.length > MAX_PIECE_GROUP_TEXT || !/\d/.test(text)) return null;
  if (el.querySelector('script,style,template,textarea,select')) return null;
  const shown: Text[] = [];
  const hidden: Text[] = [];
  const tw = el.ownerDocument.createTreeWalker(el, 0x4);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) {
    const t = n as Text;
    if (!t.data.trim()) continue;
    (hiddenPiece(t, el) ? hidden : shown).push(t);
    if (shown.length > MAX_PIECES) return null;
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
function numberGroup(el: Element, w: Words): Slot | null {
  const text = el.textContent ?? '';
  if (text.length > MAX_GROUP_TEXT || text.trim().length < 2) return null;
  const nodes: Text[] = [];
  const tw = el.ownerDocument.createTreeWalker(el, 0x4);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) nodes.push(n as Text);
  if (nodes.filter((t) => t.data.trim()).length < 2) return null;
  if (el.querySelector('script,style,template,textarea,select')) return null;
  for (const t of nodes) {
    let d = 0;
    for (let p = t.parentNode; p && p !== el; p = p.parentNode) d++;
    if (d > MAX_GROUP_DEPTH) return null;
  }
  const norm = normaliseLabel(text);
  if (templateOf(text)) return { kind: 'group', nodes, raw: text, segs: [{ t: 'num', s: text }] };
  const filled = nodes.filter((t) => t.data.trim());
  if (w.dict.whole.has(norm)) return { kind: 'group', nodes, raw: text, segs: textSegs(w, text, false) };
  if (isMetricLike(norm)) {
    // a list of choices (按上架顺序 | 按成交金额 | 按点击次数) reads like one metric label only
    // by its tail: when a piece before the last is a label on its own, the pieces are separate
    // texts, each taken on its own (a name among them is then replaced)
    const own = (t: Text) => {
      const n = normaliseLabel(t.data.trim());
      return w.dict.whole.has(n) || isMetricLike(n);
    };
    if (filled.slice(0, -1).some(own)) return null;
    return { kind: 'group', nodes, raw: text, segs: textSegs(w, text, false) };
  }
  if (!COMPARE_RE.test(norm) && !BENCHMARK_RE.test(norm)) return null;
  const named = (segs: Seg[]) => segs.some((s) => s.t === 'name' || s.t === 'latin');
  const segs = textSegs(w, text, false);
  if (named(segs) || !nodes.some((n) => n.data.trim() && named(textSegs(w, n.data, false)))) return null;
  return { kind: 'group', nodes, raw: text, segs };
}

function attributesBelow(el: Element, w: Words, slots: Slot[]): void {
  for (const d of [...el.querySelectorAll('*')]) attributes(d, d.localName.toLowerCase(), w, slots);
}

function attributes(el: Element, tag: string, w: Words, slots: Slot[]): void {
  for (const a of [...el.attributes]) {
    const name = a.name.toLowerCase();
    const v = a.value;
    if (!v || name === 'style') continue;
    if (name === 'href' || name === 'xlink:href') {
      if (!v.trim().startsWith('#')) slots.push({ kind: 'href', el, name: a.name, value: v });
      continue;
    }
    let mode: AttrMode | null = null;
    if (TEXT_ATTRS.has(name) || (name === 'value' && (tag === 'button' || tag === 'input'))) mode = 'text';
    else if (name === 'class') mode = 'class';
    else if (name.startsWith('data-')) mode = 'data';
    else if (REF_ATTRS.has(name) || DRAWN_VALUE_ATTRS.has(name)) mode = 'ref';
    // any other attribute: its long digit runs are ids or a value's own digits (the fraction of
    // a progress ring's dash length), never markup
    else if (/\d{7,}/.test(foldOneForOne(v))) mode = 'long';
    if (mode) slots.push({ kind: 'attr', el, name: a.name, segs: attrSegs(w, v, mode) });
  }
}
