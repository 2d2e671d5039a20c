/**
 * The content script's body, shared by the per-backend entrypoints (entrypoints/<id>.content.ts):
 * each backend's script carries only its own adapter's data, so the script a page loads stays
 * small. Read the page, send what settled to the background, keep the badge current, answer
 * the panel's "save as test page". All reading lives in lib/extract; the loop (debounce, live
 * throttle, settling, sliced reads) in lib/capture/loop. Reads are sliced: the page gets its main
 * thread back between slices (lib/capture/yield-to-page.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../../lib/platforms/types';
import { matchPattern } from '../../lib/platforms/match';
import { createLoop } from '../../lib/capture/loop';
import { pageYielder } from '../../lib/capture/yield-to-page';
import { mountBadge } from '../badge/mount';
import { respondToSnapshot } from '../../lib/snapshot/respond';
import { isMessage, toBackground, type ReplyTo } from '../../lib/messages';

/** Match patterns of one backend's hosts. */
export const matchesOf = (adapter: PlatformAdapter): string[] => adapter.hosts.map(matchPattern);

export function runContentScript(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const badge = mountBadge(ctx, () => toBackground(browser, { type: 'openPanel' }).catch(() => undefined));
  const loop = createLoop({
    adapter,
    doc: document,
    location: () => location.href,
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as number),
    yieldToPage: pageYielder(),
    send: (capture) => {
      badge.update(capture);
      toBackground(browser, { type: 'capture', capture })
        .then((reply) => {
          if (!reply?.ok) return;
          badge.setChanged(reply.pageChanged === true);
          badge.setAlerts(reply.alerts);
        })
        .catch(() => undefined);
    },
    onError: (e) => console.debug('[StageLens] read failed', e),
  });

  toBackground(browser, { type: 'getOverrides', platform: adapter.id })
    .then((o) => o && loop.setOverrides(o))
    .catch(() => undefined);
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (isMessage(msg, 'overridesChanged') && msg.platform === adapter.id && msg.overrides) loop.setOverrides(msg.overrides);
  });
  // "Save as test page" (side panel): the page saved here, where the DOM and its open shadow
  // roots are, with what the reader reads, handed back to the panel that asked, which
  // anonymises it before showing or saving anything. Nothing else receives it.
  browser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, sendResponse: (r: ReplyTo<'snapshot'>) => void) => {
    if (!isMessage(msg, 'snapshot')) return undefined;
    sendResponse(respondToSnapshot(document, location.href, adapter));
    return undefined;
  });

  const observer = new MutationObserver((records) => {
    if (records.every((r) => badge.owns(r.target))) return;
    loop.schedule();
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => loop.schedule());
  ctx.onInvalidated(() => {
    observer.disconnect();
    loop.stop();
  });
  loop.now();
}
