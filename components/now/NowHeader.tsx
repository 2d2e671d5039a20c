/** Which page the numbers are from, when, and whether it is the open tab or the latest capture. */
import type { PageView } from '../../lib/store/page-view';
import { fullTime } from '../../lib/format/time';
import { useApp, useLang, useT } from '../state/context';
import { pageName, platformName, stageName } from '../common/names';

export function NowHeader({ view, active }: { view: PageView; active: boolean }) {
  const t = useT();
  const lang = useLang();
  const { pageShop } = useApp();
  const stage = pageShop.computed.stage.value;
  const shop = pageShop.signals.sessions.value.length;
  return (
    <header class="now-head">
      <p class={active ? 'source active' : 'source latest'}>{active ? t('now.activeTab') : t('now.latest')}</p>
      <p>
        <strong>{platformName(view.platform, t)}</strong> · {pageName(view.platform, view.page, t)}
        {view.period ? ` · ${view.period}` : ''}
      </p>
      <p class="muted">
        {t('now.capturedAt', { time: fullTime(view.capturedAt) })} · {t('now.stage', { stage: stageName(stage.stage, lang) })}
        {shop ? ` · ${t('now.sessionsKnown', { n: shop })}` : ''}
      </p>
    </header>
  );
}
