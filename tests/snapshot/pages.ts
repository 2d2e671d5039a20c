/**
 * Helpers the snapshot tests share: the page's visible text (open shadow roots and template
 * contents included), its number tokens, and the names and ids a fixture must not leak.
 */
import type { PageCapture } from '../../lib/capture/types';
import type { PlatformAdapter } from '../../lib/platforms/types';
import type { Expected } from '../helpers/fixtures';

/** Every text node's data, in document order, across open shadow roots and templates. */
export function pageTexts(root: Node): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) {
      if ((n as Text).data.trim()) out.push((n as Text).data);
      return;
    }
    const el = n as Element;
    const tag = n.nodeType === 1 ? el.localName : '';
    if (tag === 'script' || tag === 'style') return;
    const sr = n.nodeType === 1 ? (el as HTMLElement).shadowRoot : null;
    if (sr) visit(sr);
    if (tag === 'template') visit((el as HTMLTemplateElement).content);
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

/** Attribute values (not class or style), across shadow roots. */
export function attributeValues(root: Node): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 1) {
      const el = n as Element;
      for (const a of [...el.attributes]) if (a.name !== 'class' && a.name !== 'style') out.push(a.value);
      const sr = (el as HTMLElement).shadowRoot;
      if (sr) visit(sr);
      if (el.localName === 'template') visit((el as HTMLTemplateElement).content);
    }
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(root);
  return out;
}

const FOLD = (s: string) =>
  s
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[：]/g, ':')
    .replace(/[，]/g, ',')
    .replace(/[．]/g, '.');

/** Number-looking tokens with two or more digits (`236,552`, `8.84`, `2025/07/28`, `22:15`). */
export function tokens(text: string): string[] {
  return (FOLD(text).match(/\d+(?:[.,:/-]\d+)*/g) ?? []).filter((t) => t.replace(/\D/g, '').length >= 2);
}

/** The page's own numbers: tokens of its text with the adapter's labels and period words
 *  (近7日, 近30天 …: UI text, kept on purpose) taken out first. Zeros (0.00, 00:00) are left
 *  out: a zero is kept as zero on purpose (derived metrics and "no sales" depend on it). */
export function ownNumbers(texts: string[], adapter: PlatformAdapter, keep: Set<string>): Set<string> {
  const words = [...keep, ...adapter.periods].filter((w) => /\d/.test(w)).sort((a, b) => b.length - a.length);
  const out = new Set<string>();
  texts.forEach((text, i) => {
    // a period word drawn one piece per node (快手 生意通 2026: <span>近</span><span>30</span><span>日</span>)
    // is the same UI text: its digits are not the page's own number
    if (
      /^\s*\d{1,3}\s*$/.test(text) &&
      /(?:近|最近|过去|较前)\s*$/.test(texts[i - 1] ?? '') &&
      /^\s*(?:个自然)?(?:天|日|小时|周|个月|月)/.test(texts[i + 1] ?? '')
    )
      return;
    let t = text;
    for (const w of words) t = t.split(w).join(' ');
    t = t.replace(/(?:近|最近|过去)\d{1,3}(?:个自然)?(?:天|日|小时|周|个月|月)|较前\d{1,3}[日天周月]/g, ' ');
    for (const x of tokens(t)) if (/[1-9]/.test(x)) out.add(x);
  });
  return out;
}

/** Names and ids the fixture names: shop, session title and key, rows, plus long digit strings. */
export function secrets(exp: Expected, cap: PageCapture, texts: string[], attrs: string[]): Set<string> {
  const out = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s === 'string' && s.trim().length >= 2 && !s.startsWith('t:')) out.add(s.trim());
  };
  add(exp.shop?.name);
  add(exp.shop?.id);
  add(exp.session?.key);
  add(exp.session?.title);
  for (const s of exp.sessions ?? []) {
    add(s.key);
    add(s.title);
  }
  add(cap.shop?.name);
  add(cap.shop?.id);
  add(cap.session?.key);
  add(cap.session?.title);
  for (const s of cap.sessions) {
    add(s.key);
    add(s.title);
  }
  for (const t of [...texts, ...attrs]) for (const d of t.match(/\d{7,}/g) ?? []) out.add(d);
  return out;
}

/** The scopes of a capture in order of appearance: 'page' first, then rows. */
export function scopes(cap: PageCapture): string[] {
  const out = ['page'];
  for (const s of cap.sessions) if (!out.includes(s.key)) out.push(s.key);
  for (const r of cap.captures) if (!out.includes(r.scope)) out.push(r.scope);
  for (const m of cap.missed) if (!out.includes(m.scope)) out.push(m.scope);
  return out;
}

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/g;
const LATIN_RUN = /[A-Za-z]{3,}/g;

/** Chinese runs (2+ characters) and Latin words (3+ letters) of the page's text that are not
 *  the platform's words (`kept`): what the anonymiser must have replaced. */
export function nameRuns(texts: string[], kept: (run: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    for (const r of t.match(HAN_RUN) ?? []) if (!kept(r)) out.add(r);
    for (const r of t.match(LATIN_RUN) ?? []) if (!kept(r)) out.add(r);
  }
  return out;
}
