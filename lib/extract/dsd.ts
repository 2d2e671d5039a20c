/**
 * Declarative shadow DOM for documents that were not parsed by a browser's streaming parser
 * (DOMParser, happy-dom's `document.write`): each `<template shadowrootmode>` becomes a real
 * shadow root on its parent, as Chromium does when it loads the page. Used by the tests and by
 * `npm run extract`, so a saved 微信小店 page reads the same offline as in the browser.
 */
export function attachDeclarativeShadowRoots(root: Document | Element | ShadowRoot | DocumentFragment): void {
  for (const tpl of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = tpl.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const sr = host.attachShadow({ mode });
    sr.append(tpl.content.cloneNode(true));
    tpl.remove();
    attachDeclarativeShadowRoots(sr);
  }
}
