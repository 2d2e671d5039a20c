/**
 * A view loaded on first use (a dynamic import, its own chunk): the side panel's first paint
 * does not wait for what only that view needs (Trends: uPlot; Sessions: comparison and funnel;
 * Items: item table, timeline, ledger, its words and CSS; Growth: the checklist and the pre-live/after-session lists; Data: the forms). Until it is there, a short loading line.
 * `prefetch()` starts the load early (after first paint), so a switch is usually instant.
 * Sizes: bench/figures/sizes.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../state/context';

export type LazyView = (() => preact.JSX.Element) & { prefetch(): Promise<unknown> };

export function lazyView(load: () => Promise<() => preact.JSX.Element>): LazyView {
  let loaded: (() => preact.JSX.Element) | null = null;
  let pending: Promise<unknown> | null = null;
  // a failed load is left to the next mount (or prefetch) to retry
  const start = (): Promise<unknown> =>
    (pending ??= load().then(
      (v) => void (loaded = v),
      (e: unknown) => {
        pending = null;
        throw e;
      },
    ));
  function Lazy() {
    const t = useT();
    const [, done] = useState(0);
    const View = loaded;
    useEffect(() => {
      // decided by what THIS render showed, not by `loaded` now: a chunk that arrived after the
      // loading line was drawn but before this effect ran must still trigger the re-render
      // (checking `loaded` here left the panel on 「加载中」 for good when a prefetch won that race)
      if (View) return;
      let live = true;
      start().then(
        () => live && done((n) => n + 1),
        () => undefined,
      );
      return () => void (live = false);
    }, []);
    return View ? (
      <View />
    ) : (
      <p class="muted" role="status" data-lazy-loading="">
        {t('view.loading')}
      </p>
    );
  }
  return Object.assign(Lazy, { prefetch: () => start().catch(() => undefined) });
}
