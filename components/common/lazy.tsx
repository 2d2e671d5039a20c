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
  const start = (): Promise<unknown> => (pending ??= load().then((v) => void (loaded = v), (e: unknown) => {
    pending = null;
    throw e;
  }));
  function Lazy() {
    const t = useT();
    const [, done] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      start().then(() => live && done((n) => n + 1), () => undefined);
      return () => void (live = false);
    }, []);
    const View = loaded;
    return View ? <View /> : <p class="muted" role="status" data-lazy-loading="">{t('view.loading')}</p>;
  }
  return Object.assign(Lazy, { prefetch: () => start().catch(() => undefined) });
}
