/** The side panel: header, failures, the view tabs, and the active view. */
import { useEffect, useMemo } from 'preact/hooks';
import type { StageLensDB } from '../lib/store/db';
import type { ViewId } from '../lib/view-model/tabs';
import { ErrorBanner } from './common/ErrorBanner';
import { ShopPicker } from './common/ShopPicker';
import { Tabs, panelId, tabId } from './common/Tabs';
import { lazyView } from './common/lazy';
import { NowView } from './now/NowView';
import { createApp, type AppOptions, type AppState } from './state/app';
import { AppContext, useApp, useT } from './state/context';
import { loadEngine } from './state/engine';

// Trends (uPlot, ~25 KB gzip), Sessions (comparison, funnel), Items (item table, segments, ledger), Growth (checklist and session lists)
// and Data (forms) load on first use, or just after first paint (below); the exporters load when
// used (state/data.ts), the growth engine's larger half at start (state/engine.ts)
const LAZY = {
  trends: lazyView(() => import('./trends/TrendsView').then((m) => m.TrendsView)),
  growth: lazyView(() => Promise.all([import('./growth/GrowthView'), loadEngine()]).then(([m]) => m.GrowthView)),
  data: lazyView(() => import('./data/DataView').then((m) => m.DataView)),
  sessions: lazyView(() => import('./sessions/SessionsView').then((m) => m.SessionsView)),
  items: lazyView(() => import('./items/ItemsView').then((m) => m.ItemsView)),
};
const VIEW: Record<ViewId, () => preact.JSX.Element | null> = { now: NowView, ...LAZY };

/** Once the panel has painted and settled, fetch Sessions, Growth and Data (small), so switching to them is instant. */
function usePrefetchViews() {
  useEffect(() => {
    const idle = (globalThis as { requestIdleCallback?: (f: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const go = () =>
      void LAZY.sessions
        .prefetch()
        .then(() => LAZY.growth.prefetch())
        .then(() => LAZY.data.prefetch());
    if (idle) {
      const id = idle(go, { timeout: 3000 });
      return () => (globalThis as { cancelIdleCallback?: (id: number) => void }).cancelIdleCallback?.(id);
    }
    const id = setTimeout(go, 1500);
    return () => clearTimeout(id);
  }, []);
}

/** Language and theme live on <html>, so the CSS and screen readers see them. */
function useDocumentSettings(doc: Document = document) {
  const s = useApp().settings.signals.settings.value;
  useEffect(() => {
    const root = doc.documentElement;
    root.lang = s.language;
    if (s.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = s.theme;
  }, [s.language, s.theme]);
}

function Shell({ demo }: { demo: boolean }) {
  const { nav } = useApp();
  const t = useT();
  useDocumentSettings();
  usePrefetchViews();
  const view = nav.signals.view.value;
  const View = VIEW[view];
  return (
    <main class="app">
      <header class="topbar">
        <h1>
          <img class="logo" src="/icon/32.png" width={20} height={20} alt="" />
          StageLens <span class="muted small">{t('app.tagline')}</span>
          {demo ? <span class="tag demo">{t('app.demo')}</span> : null}
        </h1>
        <ShopPicker />
      </header>
      <ErrorBanner />
      <Tabs />
      <div class="panel" role="tabpanel" id={panelId(view)} aria-labelledby={tabId(view)} tabIndex={0}>
        <View />
      </div>
    </main>
  );
}

export function App({ db, app: given, api, demo = false }: { db: StageLensDB; app?: AppState; api?: AppOptions['api']; demo?: boolean }) {
  const app = useMemo(() => given ?? createApp(db, api ? { api } : {}), []);
  useEffect(() => () => void (given ? undefined : app.dispose()), []);
  return (
    <AppContext.Provider value={app}>
      <Shell demo={demo} />
    </AppContext.Provider>
  );
}
