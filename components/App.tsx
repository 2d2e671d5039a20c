import { useMemo } from 'preact/hooks';
import type { StageLensDB } from '../lib/store/db';
import { pageView } from '../lib/store/page-view';
import { useLiveQuery } from './hooks/useLiveQuery';
import { createActiveTab } from './state/activeTab';
import { CaptureTable, SupportedPages } from './now/NowView';
import { adapterById } from '../lib/platforms/registry';

export function App({ db }: { db: StageLensDB }) {
  const tab = useMemo(() => createActiveTab(), []);
  const url = tab.url.value;
  const view = useLiveQuery(() => pageView(db, url), [url], null);
  const v = view.value;
  const adapter = v ? adapterById(v.platform) : undefined;
  return (
    <main class="app">
      <header class="bar">
        <h1>StageLens</h1>
      </header>
      {view.error ? <p role="alert">读取本地数据失败：{String((view.error as Error)?.message ?? view.error)}</p> : null}
      {!v && !view.loading ? <SupportedPages /> : null}
      {v ? (
        <section aria-label="当前页面" class="now">
          <p class="muted">
            {adapter?.zh ?? v.platform} · {adapter?.pages.find((p) => p.id === v.page)?.zh ?? v.page}
            {v.period ? ` · ${v.period}` : ''} · {new Date(v.capturedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}
            {url ? '' : ' · 最近一次读取'}
          </p>
          <CaptureTable rows={v.rows} />
        </section>
      ) : null}
    </main>
  );
}
