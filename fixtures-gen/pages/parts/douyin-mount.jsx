// Shared by the Douyin-family fixture pages (gen-a): mount a page into its own root div, let the
// libraries settle (motion, measured tabs, portals), optionally run a step after mount (open then
// close a popover), then mark the DOM final.
import { createRoot } from 'react-dom/client';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Render `element` into a fresh `<div id={id}>` in body; `after` (async) runs once it is mounted. */
export function mount(element, { id = 'root', settle = 800, after } = {}) {
  const div = document.createElement('div');
  div.id = id;
  document.body.appendChild(div);
  createRoot(div).render(element);
  (async () => {
    await sleep(settle);
    if (after) await after();
    await sleep(200);
    // rc-util's scroll locker names its <style> with Date.now(): make it stable so the same
    // sources give the same bytes.
    document.querySelectorAll('style[rc-util-key^="rc-util-locker-"]').forEach((s, i) => s.setAttribute('rc-util-key', `rc-util-locker-${i}`));
    window.__rendered = true;
  })();
}

/** The ⓘ icon the ByteDance backends draw next to a label (an svg using a symbol sprite). */
export const QuestionSvg = ({ id = 'icon-yiwen' }) => (
  <svg width="1em" height="1em" fill="currentColor" aria-hidden="true" focusable="false">
    <use xlinkHref={`#${id}`} />
  </svg>
);

/** A right chevron (抖店 「成交金额 >」). */
export const ChevronSvg = () => (
  <svg viewBox="0 0 1024 1024" width="12" height="12" fill="currentColor" aria-hidden="true">
    <path d="M340 128l384 384-384 384-60-60 324-324-324-324z" />
  </svg>
);

/** An svg symbol sprite the icons point at (kept out of text: no digits). */
export const IconSprite = () => (
  <svg style={{ position: 'absolute', width: 0, height: 0, overflow: 'hidden' }} aria-hidden="true">
    <symbol id="icon-yiwen" viewBox="0 0 1024 1024"><path d="M512 64a448 448 0 1 1 0 896 448 448 0 0 1 0-896zm0 640a40 40 0 1 0 0 80 40 40 0 0 0 0-80z" /></symbol>
    <symbol id="icon-arrow-up" viewBox="0 0 1024 1024"><path d="M512 192l320 384H192z" /></symbol>
    <symbol id="icon-arrow-down" viewBox="0 0 1024 1024"><path d="M512 832L192 448h640z" /></symbol>
  </svg>
);
