/** Latest, median, lowest and highest of the series, as the backend would show them. */
import { formatValue } from '../../lib/format/number';
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import { short } from '../../lib/i18n/lang';
import { refValue } from '../../lib/format/refValue';
import { trendSummary } from '../../lib/view-model/trend';
import { Delta } from '../common/Delta';
import { useLang, useT } from '../state/context';

export function TrendSummaryLine({ metric, ys }: { metric: MetricId; ys: ReadonlyArray<number | null> }) {
  const t = useT();
  const l = short(useLang());
  const s = trendSummary(ys);
  const f = (v: number | null) => formatValue(v, METRICS[metric].unit, l);
  return (
    <dl class="summary">
      <div>
        <dt>{t('trends.latest')}</dt>
        <dd>
          {f(s.latest)} <Delta metric={metric} value={s.latestVsMedian} label={t('trends.vsMedian')} />
        </dd>
      </div>
      <div>
        <dt>{t('trends.median')}</dt>
        <dd>{refValue(s.median, METRICS[metric].unit, l)}</dd>
      </div>
      <div>
        <dt>{t('trends.min')}</dt>
        <dd>{f(s.min)}</dd>
      </div>
      <div>
        <dt>{t('trends.max')}</dt>
        <dd>{f(s.max)}</dd>
      </div>
      <div>
        <dt>{t('trends.sessions')}</dt>
        <dd>
          {s.known}/{s.n}
        </dd>
      </div>
    </dl>
  );
}
