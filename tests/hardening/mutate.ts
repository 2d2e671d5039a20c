/**
 * Page mutations for the "may miss, never wrong" test: each takes a parsed fixture document and
 * changes it the way a platform release might. Every mutation is deterministic given its seed.
 */
import { attachDeclarativeShadowRoots } from '../helpers/fixtures';

export type Mutation = {
  name: string;
  /** uses its random source: worth running once per seed (the others are run once) */
  seeded?: true;
  /** mutate `doc` in place; return label texts whose cards were swapped, if any */
  apply(doc: Document, rnd: () => number, labels: string[]): { swapped?: [string, string] } | void;
};

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

const textNodes = (root: Node): Text[] => {
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const tw = doc.createTreeWalker(root, 4);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  for (const el of (root as ParentNode).querySelectorAll?.('*') ?? []) if (el.shadowRoot) out.push(...textNodes(el.shadowRoot));
  return out;
};
const pick = <T>(xs: T[], rnd: () => number): T | undefined => xs[Math.floor(rnd() * xs.length)];
const isNumberish = (s: string) => /\d/.test(s) && s.trim().length <= 20;
const labelNodes = (doc: Document, labels: string[]) => textNodes(doc).filter((t) => labels.includes(t.data.trim()));
/** The label texts on the page outside table headers, once per occurrence. */
export const labelTexts = (doc: Document, labels: string[]): string[] =>
  labelNodes(doc, labels)
    .filter((t) => !t.parentElement?.closest('th, thead'))
    .map((t) => t.data.trim());

export const MUTATIONS: Mutation[] = [
  {
    name: 'rename hashed classes',
    apply(doc) {
      const all = [
        doc.documentElement,
        ...doc.querySelectorAll('*'),
        ...[...doc.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [...e.shadowRoot.querySelectorAll('*')] : [])),
      ];
      for (const el of all) {
        const cls = el.getAttribute('class');
        if (!cls) continue;
        el.setAttribute(
          'class',
          cls.replace(/([A-Za-z]+)([-_])((?=[A-Za-z0-9_]*[A-Z0-9])[A-Za-z0-9_]{5,8})\b/g, (m, name: string, sep: string, hash: string) =>
            /^(ant|ecom|aurora|cp|ovui|kpro|tbd|weui)$/.test(name) ? m : `${name}${sep}${hash.split('').reverse().join('')}Z`,
          ),
        );
      }
    },
  },
  {
    name: 'reorder cards',
    seeded: true,
    apply(doc, rnd) {
      for (const parent of doc.querySelectorAll('*')) {
        const kids = [...parent.children];
        if (kids.length < 3 || !kids.every((k) => k.tagName === kids[0]!.tagName && k.className === kids[0]!.className)) continue;
        // one node per character (a number drawn digit by digit): reordering would change the
        // number the page shows, not move cards
        if (kids.every((k) => (k.textContent ?? '').trim().length <= 1)) continue;
        if (['TR', 'TBODY', 'THEAD', 'TABLE', 'COLGROUP'].includes(kids[0]!.tagName) || parent.tagName === 'TR') continue;
        kids.sort(() => rnd() - 0.5).forEach((k) => parent.append(k));
      }
    },
  },
  {
    name: 'wrap content in a shadow root',
    apply(doc) {
      const host = doc.createElement('micro-app');
      const tpl = doc.createElement('template');
      tpl.setAttribute('shadowrootmode', 'open');
      while (doc.body.firstChild) tpl.content.append(doc.body.firstChild);
      host.append(tpl);
      doc.body.append(host);
      attachDeclarativeShadowRoots(doc);
    },
  },
  {
    name: 'split number text across nodes',
    apply(doc) {
      for (const t of textNodes(doc)) {
        const s = t.data.trim();
        if (!isNumberish(s) || s.length < 3 || !t.parentNode) continue;
        const cut = Math.ceil(s.length / 2);
        const a = doc.createElement('span'),
          b = doc.createElement('span');
        a.textContent = s.slice(0, cut);
        b.textContent = s.slice(cut);
        const wrap = doc.createElement('span');
        wrap.append(a, b);
        t.replaceWith(wrap);
      }
    },
  },
  {
    name: 'split label text across nodes',
    apply(doc, _rnd, labels) {
      for (const t of labelNodes(doc, labels)) {
        const s = t.data.trim();
        if (s.length < 4) continue;
        const a = doc.createElement('b'),
          b = doc.createElement('b');
        a.textContent = s.slice(0, 2);
        b.textContent = s.slice(2);
        t.replaceWith(a, b);
      }
    },
  },
  {
    name: 'remove a value',
    seeded: true,
    apply(doc, rnd, labels) {
      const label = pick(labelNodes(doc, labels), rnd);
      if (!label) return;
      // the first number after the label in document order
      const all = textNodes(doc);
      const i = all.indexOf(label);
      // not one character of a number drawn digit by digit: that would leave another number
      const v = all.slice(i + 1, i + 6).find((t) => isNumberish(t.data) && t.data.trim().length > 1);
      if (!v) return;
      // the whole number, not a piece of one split over spans (removing `¥24.` from
      // `¥24.`+`83万` would leave a page that shows 83万)
      let whole: Node = v;
      for (
        let up = v.parentElement;
        up && up.childElementCount <= 3 && isNumberish(up.textContent ?? '') && !labels.some((l) => (up!.textContent ?? '').includes(l));
        up = up.parentElement
      )
        whole = up;
      whole.parentNode?.removeChild(whole);
    },
  },
  {
    name: 'decoy number next to a label',
    seeded: true,
    apply(doc, rnd, labels) {
      for (const label of labelNodes(doc, labels)) {
        if (rnd() < 0.5 || !label.parentElement) continue;
        const decoy = doc.createElement('span');
        // a badge, a plain hashed class, or none: nothing the reader can rely on to skip it
        const style = Math.floor(rnd() * 3);
        if (style < 2) decoy.className = style === 0 ? 'badge-Qx81Lm' : 'text-Rt42Kp';
        decoy.textContent = String(Math.floor(rnd() * 900) + 10);
        label.parentElement.after(decoy);
      }
    },
  },
  {
    name: 'swap two labels',
    seeded: true,
    apply(doc, rnd, labels) {
      // labels on show (not in a hidden pane another mutation added): a swap changes what is seen
      const nodes = labelNodes(doc, labels).filter((t) => !t.parentElement?.closest('th, thead, [aria-hidden="true"]'));
      if (nodes.length < 2) return;
      const a = pick(nodes, rnd)!;
      const b = pick(
        nodes.filter((n) => n !== a && n.data.trim() !== a.data.trim()),
        rnd,
      );
      if (!b) return;
      const [ta, tb] = [a.data, b.data];
      a.data = tb;
      b.data = ta;
      return { swapped: [ta.trim(), tb.trim()] };
    },
  },
  {
    // 罗盘 2022/2025 cards (REAL-DOM.md): ¥ in its own element, the unit in a sibling attach div
    name: 'currency and unit in sibling elements',
    apply(doc) {
      for (const t of textNodes(doc)) {
        const m = /^([¥￥])?([\d.,]+)(万|亿|w)?$/.exec(t.data.trim());
        if (!m || (!m[1] && !m[3]) || !t.parentNode || t.parentElement?.closest('td, th')) continue;
        const wrap = doc.createElement('div');
        wrap.className = 'valueWrapper-Hs9Qk2';
        if (m[1]) wrap.append(Object.assign(doc.createElement('div'), { textContent: m[1] }));
        const v = doc.createElement('div');
        v.textContent = m[2]!;
        wrap.append(v);
        const attach = doc.createElement('div');
        attach.className = 'attach-Bj7xNd';
        attach.textContent = m[3] ?? '';
        wrap.append(attach);
        t.replaceWith(wrap);
      }
    },
  },
  {
    // 罗盘 2026 shop big screen: each character its own node, spaces between them
    name: 'one node per character',
    apply(doc) {
      for (const t of textNodes(doc)) {
        const s = t.data.trim();
        if (!isNumberish(s) || s.length > 12 || !t.parentNode || t.parentElement?.closest('td, th')) continue;
        const wrap = doc.createElement('span');
        wrap.className = 'charWrap-Nb5Hs1';
        [...s].forEach((ch, i) => {
          if (i) wrap.append(doc.createTextNode(' '));
          wrap.append(Object.assign(doc.createElement('span'), { textContent: ch }));
        });
        t.replaceWith(wrap);
      }
    },
  },
  {
    // an inactive tab pane kept in the DOM with the same labels and other numbers
    name: 'hidden duplicate tab pane',
    apply(doc) {
      const pane = doc.createElement('div');
      pane.className = 'ecom-tabs-tabpane ecom-tabs-tabpane-hidden';
      pane.setAttribute('aria-hidden', 'true');
      for (const c of [...doc.body.children]) pane.append(c.cloneNode(true));
      for (const t of textNodes(pane)) if (isNumberish(t.data)) t.data = t.data.replace(/\d/g, (d) => String((Number(d) + 3) % 10));
      doc.body.append(pane);
    },
  },
  {
    // 快手: the selected period tab shows only by its colour (no active class, no ARIA)
    name: 'selected period shown only by colour',
    apply(doc) {
      for (const el of [...doc.querySelectorAll('[class*="active"],[class*="selected"],[class*="checked"],[aria-selected="true"]')]) {
        const cls = el.getAttribute('class') ?? '';
        el.setAttribute('class', cls.replace(/\S*(?:active|selected|checked)\S*/gi, '').trim());
        el.removeAttribute('aria-selected');
        el.setAttribute('style', 'color: rgb(50, 107, 251); background-color: rgb(232, 243, 255)');
      }
    },
  },
  {
    // a block whose data is reloading: its old numbers stand under an antd spin container
    name: 'a block under a loading spinner',
    seeded: true,
    apply(doc, rnd, labels) {
      const label = pick(labelNodes(doc, labels), rnd);
      const block = label?.parentElement?.parentElement;
      if (!block || block === doc.body) return;
      block.setAttribute('class', `${block.getAttribute('class') ?? ''} ecom-spin-container ecom-spin-blur`.trim());
      for (const t of textNodes(block)) if (isNumberish(t.data)) t.data = t.data.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    },
  },
];
