/**
 * The page as it is now, as one self-contained HTML file that loads nothing: the DOM the reader
 * saw, with every OPEN shadow root written as declarative shadow DOM
 * (`<template shadowrootmode="open">` first inside its host, as Chromium parses it back).
 *
 * Removed: scripts and inline event handlers; iframe contents (an empty <iframe> stays); images
 * (<img> and <picture> elements, <video> sources, poster, url(...) in CSS, data: URLs anywhere);
 * form values (input value, textarea content, selected options); links (an href other than
 * #fragment); <link>, <base>, <meta> other
 * than the charset; comments; the StageLens badge. Kept: <style> (rules inserted through the
 * CSSOM included), from a linked stylesheet its rules that show or hide things (display,
 * visibility, opacity) when the page can read it, inline styles, class names, hidden/aria-* and data-* attributes (the
 * anonymiser rewrites their values). Closed shadow roots cannot be reached and are not saved.
 */
import { sheetText, stripCss, stripInlineStyle, visibilityCss } from './css';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Elements dropped with everything inside. */
const DROP = new Set([
  'script',
  'noscript',
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'portal',
  'base',
  'link',
  'meta',
  'source',
  'track',
  'param',
  'stagelens-badge',
  'image',
  'feimage',
  'img',
  'picture',
]);
/** Elements kept, but empty. */
const EMPTY = new Set(['iframe', 'textarea', 'canvas', 'video', 'audio']);
/** Attributes that load something, or carry a form value. */
const DROP_ATTR = new Set([
  'src',
  'srcset',
  'sizes',
  'srcdoc',
  'poster',
  'background',
  'ping',
  'action',
  'formaction',
  'integrity',
  'nonce',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'codebase',
  'archive',
  'data-src',
  'data-srcset',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-bg',
  'data-background',
  'data-background-image',
  'imagesrcset',
  'imagesizes',
]);
const BUTTON_INPUT = new Set(['button', 'submit', 'reset']);
const RAW_TEXT = new Set(['style', 'xmp', 'noembed', 'noframes']);

const escText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escAttr = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

/** The attribute's value as saved, or null to drop it. */
export function keptAttribute(el: Element, name: string, value: string): string | null {
  const n = name.toLowerCase();
  const tag = el.localName.toLowerCase();
  if (n.startsWith('on') || DROP_ATTR.has(n)) return null;
  // a style keeps what hides or shows things; only what it would load goes (data: URLs included)
  if (n === 'style') return stripInlineStyle(value);
  if (/^\s*(javascript|vbscript|data):/i.test(value)) return null;
  if (/(^|[\s,('"])data:[a-z]+\/[a-z0-9.+-]+[;,]/i.test(value)) return null; // a data: URL inside
  if (n === 'href' || n === 'xlink:href') return value.trim().startsWith('#') ? value : null; // in-page links (<use href="#icon">) only: no external link is saved
  if (n === 'value' && tag === 'input') return BUTTON_INPUT.has((el.getAttribute('type') ?? '').toLowerCase()) ? value : null;
  if (n === 'selected' && tag === 'option') return null;
  if (n === 'checked' && tag === 'input') return null;
  if (n === 'http-equiv') return null;
  return value;
}

function adoptedCss(root: Document | ShadowRoot): string {
  const sheets = (root as { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets;
  if (!sheets || !sheets.length) return '';
  return sheets.map(sheetText).filter(Boolean).join('\n');
}

function styleText(el: Element): string {
  const own = el.textContent ?? '';
  const text = own.trim() ? own : sheetText((el as HTMLStyleElement).sheet as CSSStyleSheet | null);
  return stripCss(text).replace(/<\/(style)/gi, '<\\/$1');
}

function children(node: Node, out: string[]): void {
  for (let c = node.firstChild; c; c = c.nextSibling) serializeNode(c, out);
}

/** Append one node's saved HTML to `out`. */
export function serializeNode(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    const parent = node.parentNode as Element | null;
    const raw = parent && parent.nodeType === 1 && RAW_TEXT.has(parent.localName);
    out.push(raw ? (node as Text).data : escText((node as Text).data));
    return;
  }
  if (node.nodeType === 11) return children(node, out); // a fragment: its children
  if (node.nodeType !== 1) return; // comments, processing instructions
  const el = node as Element;
  const tag = el.localName;
  const lower = tag.toLowerCase();
  if (lower === 'link' && /(^|\s)stylesheet(\s|$)/i.test(el.getAttribute('rel') ?? '')) {
    // the sheet is not saved (it would be a request); what it hides or shows is
    const css = visibilityCss((el as HTMLLinkElement).sheet as CSSStyleSheet | null);
    if (css) out.push('<style>/* from a linked stylesheet: what it shows or hides */\n', css.replace(/<\/(style)/gi, '<\\/$1'), '</style>');
    return;
  }
  if (DROP.has(lower)) return;

  out.push('<', tag);
  for (const a of [...el.attributes]) {
    const v = keptAttribute(el, a.name, a.value);
    if (v !== null) out.push(' ', a.name, '="', escAttr(v), '"');
  }
  out.push('>');
  if (VOID.has(lower)) return;

  if (lower === 'style') out.push(styleText(el));
  else if (!EMPTY.has(lower)) {
    const sr = (el as HTMLElement).shadowRoot;
    if (sr) {
      out.push('<template shadowrootmode="', sr.mode === 'closed' ? 'closed' : 'open', '">');
      const adopted = adoptedCss(sr);
      if (adopted) out.push('<style>', stripCss(adopted), '</style>');
      children(sr, out);
      out.push('</template>');
    }
    if (lower === 'template') children((el as HTMLTemplateElement).content ?? el, out);
    else children(el, out);
  }
  out.push('</', tag, '>');
}

/** The whole document, saved: see the file comment for what is kept. */
export function serializePage(doc: Document): string {
  const html = doc.documentElement;
  const out: string[] = ['<!doctype html>\n<html'];
  for (const a of [...html.attributes]) {
    const v = keptAttribute(html, a.name, a.value);
    if (v !== null) out.push(' ', a.name, '="', escAttr(v), '"');
  }
  out.push('>');
  const head = doc.head;
  out.push('<head><meta charset="utf-8">');
  if (head) children(head, out);
  const adopted = adoptedCss(doc);
  if (adopted) out.push('<style>', stripCss(adopted), '</style>');
  out.push('</head>');
  for (let c = html.firstChild; c; c = c.nextSibling) {
    if (c === head) continue;
    serializeNode(c, out);
  }
  out.push('</html>'); // no newline after it: a parser would move one into <body>
  return out.join('');
}
