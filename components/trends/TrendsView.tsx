/** Trends: one metric across the shop's sessions, and a live session's minute curve. */
import { useMemo } from 'preact/hooks';
import { bandFor } from '../../lib/growth';
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import { refValue } from '../../lib/format/refValue';
import { short } from '../../lib/i18n/lang';
import { TREND_RANGES, trendColumns, trendMetrics } from '../../lib/view-model/trend';
import { MetricSelect } from '../common/MetricSelect';
import { stageName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';
import { MinuteCurve } from './MinuteCurve';
import { TrendChart } from './TrendChart';
import { TrendSummaryLine } from './TrendSummaryLine';
import { TrendTable } from './TrendTable';

export function TrendsView() {
  const { trends, shop, shops, settings } = useApp();
  const t = useT();
  const lang = useLang();
  const sessions = shop.signals.sessions.value;
  const metric = trends.signals.metric.value;
  const hist = trends.signals.history.value;
  const cols = useMemo(() => trendColumns(hist), [hist]);
  const offered = useMemo(() => trendMetrics(sessions), [sessions]);
  if (!shops.computed.current.value) return <p class="muted">{t('sessions.noShop')}</p>;
  const s = settings.signals.settings.value;
  const stage = shop.computed.stage.value.stage;
  const band = bandFor(metric, stage, s.category ?? undefined);
  const limit = trends.signals.limit.value;
  return (
    <>
      <div class="filters">
        <MetricSelect
          id="trend-metric"
          label={t('trends.metric')}
          value={metric}
          only={offered.length ? offered : undefined}
          onChange={(m: MetricId) => trends.actions.setMetric(m)}
        />
        <label class="field" for="trend-range">
          <span>{t('trends.range')}</span>
          <select
            id="trend-range"
            value={String(limit)}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              trends.actions.setLimit(v === 'null' ? null : Number(v));
            }}
          >
            {TREND_RANGES.map((n) => (
              <option key={String(n)} value={String(n)}>
                {n === null ? t('trends.all') : t('trends.last', { n })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section class="card" aria-labelledby="trend-h">
        <h2 id="trend-h">{METRICS[metric][short(lang)]}</h2>
        {cols[0].length === 0 ? (
          <p class="muted">{t('trends.none')}</p>
        ) : (
          <>
            <TrendChart
              data={cols}
              unit={METRICS[metric].unit}
              lang={short(lang)}
              label={METRICS[metric][short(lang)]}
              theme={s.theme}
              {...(band ? { band: { low: band.low, high: band.high } } : {})}
            />
            <p class="muted small">
              {band
                ? t('trends.band', {
                    stage: stageName(stage, lang),
                    range: `${refValue(band.low, METRICS[metric].unit, short(lang))}–${refValue(band.high, METRICS[metric].unit, short(lang))}`,
                  })
                : t('trends.noBand')}
            </p>
            <TrendSummaryLine metric={metric} ys={cols[1]} />
            <TrendTable metric={metric} points={hist} sessions={sessions} />
          </>
        )}
      </section>
      <MinuteCurve />
    </>
  );
}
