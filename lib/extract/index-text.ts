/**
 * Classify every text node of the page once: a known label, a number (or a "--"), a
 * comparison/benchmark phrase, or other text. Then index each classified node under its nearest
 * ancestors, so finding "the card around this label" is a few map look-ups, not a DOM search.
 */
import { parseText, type Parsed } from '../parse/text';
import { walk, parentOf } from './walk';
import { normaliseLabel, COMPARE_RE, BENCHMARK_RE } from './labels';
import type { MetricId } from '../metrics/catalog';

export type Kind = 'label' | 'number' | 'phrase' | 'other';

export interface Item {
  i: number;
  node: Text;
  /** the element that holds this item's whole text (for a number: the widest element whose
   *  text still reads as one number, so `<span>¥</span><span>1,234</span>` is one item) */
  el: Element;
  text: string;
  kind: Kind;
  metric?: MetricId;
  parsed?: Parsed;
  inTable: boolean;
}

export interface Group {
  labels: Item[];
  numbers: Item[];
  phrases: Item[];
}

export interface TextIndex {
  items: Item[];
  tables: Element[];
  groups: Map<Element, Group>;
  /** ancestor chains, nearest first, capped at DEPTH */
  chain(item: Item): Element[];
}

export const DEPTH = 10;

const CELL_TAGS = new Set(['TH', 'TD']);
const MAX_TEXT = 40;

function readsAsNumber(s: string): Parsed | null {
  if (s.length > MAX_TEXT || !/[\d-—–暂无]/.test(s)) return null;
  const p = parseText(s);
  return p.kind === 'unreadable' ? null : p;
}

export function indexText(root: Node, aliases: Record<string, MetricId>): TextIndex {
  const { texts, tables } = walk(root);
  const items: Item[] = [];
  const chains = new Map<Item, Element[]>();
  const groups = new Map<Element, Group>();
  const claimed = new Set<Text>();

  for (let k = 0; k < texts.length; k++) {
    const node = texts[k]!;
    if (claimed.has(node)) continue;
    const parent = parentOf(node);
    if (!parent) continue;
    const raw = node.data;
    const label = raw.length <= 48 ? normaliseLabel(raw) : '';
    let kind: Kind = 'other';
    let el: Element = parent;
    let text = label;
    let metric: MetricId | undefined;
    let parsed: Parsed | undefined;

    const alias = label ? aliases[label] : undefined;
    if (alias) {
      kind = 'label';
      metric = alias;
    } else {
      const p = label ? readsAsNumber(label) : null;
      if (p) {
        kind = 'number';
        parsed = p;
      } else if (label && (COMPARE_RE.test(label) || BENCHMARK_RE.test(label))) {
        kind = 'phrase';
      }
    }
    // A label or a number split over several nodes (`<span>¥</span><span>1,234</span>`,
    // `<b>直播间</b><b>观看人数</b>`): widen to the parent while its whole text still reads as one.
    for (let up: Element | null = parent, depth = 0; up && depth < 3; up = parentOf(up), depth++) {
      const whole = up.textContent ?? '';
      if (whole.length > 48) break;
      const t = normaliseLabel(whole);
      if (t === text) { el = up; continue; }
      const a = aliases[t];
      if (a) { kind = 'label'; metric = a; parsed = undefined; el = up; text = t; continue; }
      if (kind !== 'label') {
        const p = readsAsNumber(t);
        if (p) { kind = 'number'; parsed = p; el = up; text = t; continue; }
      }
      break;
    }
    if (kind === 'other' && !label) continue;
    if (el !== parent) for (let j = k + 1; j < texts.length && el.contains(texts[j]!); j++) claimed.add(texts[j]!);

    const item: Item = { i: items.length, node, el, text, kind, inTable: false };
    if (metric) item.metric = metric;
    if (parsed) item.parsed = parsed;
    items.push(item);
    if (kind === 'other') continue;

    const chain: Element[] = [];
    for (let up: Element | null = kind === 'label' ? el : parentOf(el), d = 0; up && d < DEPTH; up = parentOf(up), d++) {
      if (CELL_TAGS.has(up.tagName) || up.getAttribute('role') === 'columnheader') item.inTable = true;
      chain.push(up);
    }
    chains.set(item, chain);
    if (item.inTable) continue;
    for (const a of chain) {
      let g = groups.get(a);
      if (!g) groups.set(a, (g = { labels: [], numbers: [], phrases: [] }));
      (kind === 'label' ? g.labels : kind === 'number' ? g.numbers : g.phrases).push(item);
    }
  }
  return { items, tables, groups, chain: (it) => chains.get(it) ?? [] };
}
