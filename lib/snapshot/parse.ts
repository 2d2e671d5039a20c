/**
 * Parse saved HTML into an inert document (DOMParser: nothing runs, nothing loads), and attach
 * its declarative shadow roots the way Chromium's page parser does, so the reader sees a saved
 * shadow root where it saw the live one. DOMParser itself leaves `<template shadowrootmode>` as a
 * plain template.
 */
export type ParseHtml = (html: string) => Document;

export function defaultParser(doc?: Document | null): ParseHtml {
  const P = (doc?.defaultView as (Window & typeof globalThis) | null | undefined)?.DOMParser ?? globalThis.DOMParser;
  if (!P) throw new Error('no DOMParser in this context');
  return (html) => new P().parseFromString(html, 'text/html');
}

export function attachShadowTemplates(root: Document | Element | ShadowRoot): void {
  for (const tpl of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    let sr: ShadowRoot;
    try {
      sr = host.attachShadow({ mode });
    } catch {
      continue; // an element that cannot host a shadow root: left as a template
    }
    sr.append(tpl.content.cloneNode(true));
    tpl.remove();
    attachShadowTemplates(sr);
  }
}

/** Saved HTML → a document the reader can read, shadow roots attached. */
export function parseSnapshot(html: string, parse: ParseHtml = defaultParser()): Document {
  const doc = parse(html);
  attachShadowTemplates(doc);
  return doc;
}
