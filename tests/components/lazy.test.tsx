/**
 * A lazily loaded view must appear once its chunk is there, however the load and the first
 * render interleave. The case that froze the panel on 「加载中」: the chunk (prefetched after
 * first paint) arrives after the view rendered its loading line but before its effect ran.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../components/common/lazy';
import { AppContext } from '../../components/state/context';
import { createApp } from '../../components/state/app';
import { openDb } from '../../lib/store/db';

describe('lazy views', () => {
  it('a chunk that arrives between the loading render and its effect still shows the view', async () => {
    let resolve!: (v: () => preact.JSX.Element) => void;
    const Lazy = lazyView(() => new Promise((r) => (resolve = r)));
    void Lazy.prefetch(); // the panel prefetches after first paint
    const app = createApp(openDb(`lazy-${Math.random()}`));
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <AppContext.Provider value={app}>
        <Lazy />
      </AppContext.Provider>,
      root,
    );
    expect(root.querySelector('[data-lazy-loading]')).not.toBeNull();
    // the chunk lands now: before Preact runs the view's effects (after paint)
    resolve(() => <p id="the-view">view</p>);
    await expect.poll(() => root.querySelector('#the-view'), { timeout: 3000 }).not.toBeNull();
    render(null, root);
    app.dispose();
  });

  it('a view opened before any prefetch loads and shows', async () => {
    const Lazy = lazyView(() => Promise.resolve(() => <p id="v2">view</p>));
    const app = createApp(openDb(`lazy-${Math.random()}`));
    const root = document.createElement('div');
    render(
      <AppContext.Provider value={app}>
        <Lazy />
      </AppContext.Provider>,
      root,
    );
    await expect.poll(() => root.querySelector('#v2'), { timeout: 3000 }).not.toBeNull();
    render(null, root);
    app.dispose();
  });
});
