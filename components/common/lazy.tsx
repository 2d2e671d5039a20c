/**
 * A view loaded on first use (a dynamic import, its own chunk): the side panel's first paint
 * does not wait for what only that view needs (Trends: uPlot).
 * Sizes: bench/figures/sizes.ts.
 */
import { useEffect, useState } from 'preact/hooks';

export function lazyView(load: () => Promise<() => preact.JSX.Element>): () => preact.JSX.Element | null {
  let loaded: (() => preact.JSX.Element) | null = null;
  let pending: Promise<unknown> | null = null;
  return function LazyView() {
    const [, done] = useState(0);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().then((v) => void (loaded = v));
      // a failed load is left to the next mount to retry; the panel shows the view's empty space
      pending.then(() => live && done((n) => n + 1), () => void (pending = null));
      return () => void (live = false);
    }, []);
    const View = loaded;
    return View ? <View /> : null;
  };
}
