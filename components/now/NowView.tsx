/** Now: the numbers of the page beside the panel (or of the latest capture, labelled so). */
import type { PageView } from '../../lib/store/page-view';
import { useApp, useT } from '../state/context';
import { NextActions } from '../common/NextActions';
import { CaptureSection } from './CaptureSection';
import { Inspector } from './Inspector';
import { LiveStrip } from './LiveStrip';
import { DueReviews } from './DueReviews';
import { NowHeader } from './NowHeader';
import { NowItems } from './NowItems';
import { PageChanged, usePageHealth } from './PageChanged';
import { SupportedPages } from './SupportedPages';

export function NowView() {
  const { page } = useApp();
  const t = useT();
  const v = page.signals.view.value;
  if (page.signals.error.value) {
    return <p role="alert">{t('error.read', { message: String((page.signals.error.value as Error)?.message ?? page.signals.error.value) })}</p>;
  }
  if (!v) return page.signals.loading.value ? <p class="muted">{t('loading')}</p> : <SupportedPages />;
  return <PageNumbers v={v} />;
}

function PageNumbers({ v }: { v: PageView }) {
  const { page, pageShop } = useApp();
  const first = v.rows[0];
  const health = usePageHealth(first?.platform ?? '', first?.page ?? '');
  const changed = health?.changed === true;
  return (
    <>
      <LiveStrip />
      <DueReviews />
      <NowHeader view={v} active={page.computed.isActiveTab.value} />
      {health?.changed ? <PageChanged health={health} /> : null}
      {v.rows.map((row, i) => (
        <CaptureSection key={row.id} row={row} open={i === 0} />
      ))}
      <NowItems />
      <NextActions actions={pageShop.computed.actions.value} />
      <Inspector rows={v.rows} snapshot={!changed} />
    </>
  );
}
