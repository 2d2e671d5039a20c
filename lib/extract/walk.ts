/**
 * One pass over the page's text, open shadow roots included (微信小店 renders inside
 * <micro-app>'s shadow root). Text nodes come out in document order, with a shadow root's
 * content placed where its host is, so an element's text is always a contiguous run.
 */
export interface WalkResult {
  texts: Text[];
  tables: Element[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'CANVAS', 'IFRAME', 'TEXTAREA', 'INPUT', 'SELECT']);

export function walk(root: Node, out: WalkResult = { texts: [], tables: [] }): WalkResult {
  const doc = root.ownerDocument ?? (root as Document);
  const tw = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(n) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIP.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 2; // REJECT subtree
        return 1;
      }
      return 1;
    },
  });
  let n: Node | null = tw.nextNode();
  while (n) {
    if (n.nodeType === 3) {
      const t = n as Text;
      if (t.data.trim() !== '') out.texts.push(t);
    } else {
      const el = n as Element;
      if (el.tagName === 'TABLE') out.tables.push(el);
      const sr = (el as HTMLElement).shadowRoot;
      if (sr) walk(sr, out);
    }
    n = tw.nextNode();
  }
  return out;
}

/** The parent across a shadow boundary. */
export function parentOf(n: Node): Element | null {
  const p = n.parentNode;
  if (!p) return null;
  if (p.nodeType === 11) return (p as ShadowRoot).host ?? null;
  return p.nodeType === 1 ? (p as Element) : null;
}

/** Is `inner` inside `outer`, across shadow boundaries? */
export function within(inner: Node, outer: Node): boolean {
  for (let n: Node | null = inner; n; n = parentOf(n)) if (n === outer) return true;
  return false;
}
