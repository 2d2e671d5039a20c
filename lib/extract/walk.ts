/**
 * The one pass over the page's text, and the few DOM questions the reader asks about the nodes
 * it keeps.
 *
 * Speed: a text-only TreeWalker with no filter callback, so the pass costs about what a bare
 * text walk costs; elements are never visited. Everything per element (is it hidden? is it in a
 * table?) is asked later, only for the few nodes near a label, and cached.
 *
 * Shadow DOM: open shadow roots are walked too (微信小店 renders inside <micro-app>'s shadow
 * root). Finding every shadow host would mean visiting every element, so the adapter names its
 * hosts (`shadowHosts`, CSS selectors); each root is one segment, walked in turn.
 */

import { CELL_REACH, TEXTS_PER_STEP } from './limits';
import type { Steps } from './slices';

/** Tags whose text is not shown as page text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'SVG', 'CANVAS', 'IFRAME', 'TITLE', 'HEAD']);
/** Inline styles that hide an element. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Component-library classes of a closed popup (ant-tooltip-hidden, ecom-popover-hidden …).
 *  Not any `*-hidden`: `overflow-hidden` is a layout class on visible content. */
const HIDDEN_CLASS =
  /(?:tooltip|popover|popup|dropdown|drawer|modal|select|picker|tabpane)[\w-]*-hidden\b|(?:^|\s)(?:sr-only|visually-hidden|odometer-digit-spacer|semi-tabs-pane-inactive)(?:\s|$)/;

/** Elements that may hide their content, found in one native query (confirmed by hiddenSelf). */
export const MAY_HIDE =
  '[hidden],[aria-hidden="true"],[style*="none"],[style*="hidden"],[class*="-hidden"],[class*="sr-only"],script,style,template,noscript,textarea,select';

/** Micro-frontend hosts that render a whole app into an open shadow root (micro-app, 无界);
 *  adapters add their own with `shadowHosts`. */
export const DEFAULT_SHADOW_HOSTS = ['micro-app', 'wujie-app'];

export type Visit = (node: Text, text: string, seg: number) => void;

/** Visit every non-blank text node under `root` (trimmed text), then under each open shadow
 *  root whose host matches `shadowHosts` (and their own hosts, recursively). Returns the roots,
 *  one per segment. Pauses (yields) every TEXTS_PER_STEP text nodes, so a sliced read can give
 *  the page its main thread back (./slices.ts). A TreeWalker
 *  resumes where it stood: nodes removed or added while a read is paused are the loop's
 *  concern (it throws such a read away), not the walk's. */
export function* walkTextSteps(root: Node, shadowHosts: string, visit: Visit): Steps<Node[]> {
  const roots: Node[] = [];
  const queue: Node[] = [root];
  let step = TEXTS_PER_STEP;
  while (queue.length) {
    const r = queue.shift()!;
    const seg = roots.length;
    roots.push(r);
    const doc = (r.ownerDocument ?? r) as Document;
    const tw = doc.createTreeWalker(r, 4 /* SHOW_TEXT */);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) {
      const t = (n as Text).data.trim();
      if (t !== '') visit(n as Text, t, seg);
      if (--step === 0) {
        step = TEXTS_PER_STEP;
        yield;
      }
    }
    if (shadowHosts && 'querySelectorAll' in r) {
      for (const host of hostsIn(r as ParentNode, shadowHosts)) {
        const sr = (host as Element).shadowRoot;
        if (sr) queue.push(sr);
      }
    }
  }
  return roots;
}

const TAG_LIST = /^\s*[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\s*,\s*[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*\s*$/;

/** `root.querySelectorAll(hosts)`, in document order. When the hosts are plain tag names (the
 *  usual case) and the root is a document or element, the browser's tag-name collections are
 *  asked instead: no selector matching over the whole page, and kept by the browser between
 *  reads until elements are added or removed. Several tags found at once: the query, for its order. */
function hostsIn(root: ParentNode, hosts: string): Iterable<Element> {
  if (!TAG_LIST.test(hosts) || !('getElementsByTagName' in root)) return root.querySelectorAll(hosts);
  let found: HTMLCollectionOf<Element> | null = null;
  for (const tag of hosts.split(',')) {
    const c = (root as Document | Element).getElementsByTagName(tag.trim());
    if (c.length === 0) continue;
    if (found) return root.querySelectorAll(hosts);
    found = c;
  }
  return found ? Array.from(found) : [];
}

/** The parent across a shadow boundary. */
export function parentOf(n: Node): Element | null {
  const p = n.parentNode;
  if (!p) return null;
  if (p.nodeType === 11) return (p as ShadowRoot).host ?? null;
  return p.nodeType === 1 ? (p as Element) : null;
}

export const classOf = (el: Element): string => {
  const c = el.getAttribute('class');
  return c ?? '';
};

export function hiddenSelf(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && HIDDEN_CLASS.test(cls);
}

/** Per-element answers, cached for one read of the page. */
export class DomFacts {
  private hidden = new Map<Element, boolean>();
  private cell = new Map<Element, Element | null>();

  /** Is the node (or any ancestor, across shadow hosts) hidden or not page text? */
  isHidden(n: Node): boolean {
    const el = n.nodeType === 1 ? (n as Element) : parentOf(n);
    return el ? this.hiddenEl(el) : false;
  }

  private hiddenEl(el: Element): boolean {
    const known = this.hidden.get(el);
    if (known !== undefined) return known;
    const p = parentOf(el);
    const h = hiddenSelf(el) || (p ? this.hiddenEl(p) : false);
    this.hidden.set(el, h);
    return h;
  }

  /** The table cell (TH / TD / role=columnheader|cell|gridcell) the node sits in, within CELL_REACH levels. */
  cellOf(n: Node): Element | null {
    let el = n.nodeType === 1 ? (n as Element) : parentOf(n);
    const path: Element[] = [];
    let found: Element | null = null;
    for (let d = 0; el && d < CELL_REACH; d++) {
      const known = this.cell.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(el);
      const tag = el.tagName;
      const role = tag === 'TH' || tag === 'TD' ? null : el.getAttribute('role');
      if (tag === 'TH' || tag === 'TD' || role === 'columnheader' || role === 'cell' || role === 'gridcell') {
        found = el;
        break;
      }
      el = parentOf(el);
    }
    for (const e of path) this.cell.set(e, found);
    return found;
  }
}
