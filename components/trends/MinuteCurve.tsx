/** A session's minute-by-minute curve, recorded while its big screen was open. */
import { useMemo } from 'preact/hooks';
import { formatValue } from '../../lib/format/number';
import { METRICS } from '../../lib/metrics/catalog';
import { clock, shortTime } from '../../lib/ui/dates';
import { short } from '../../lib/ui/lang';
import { MINUTE_METRICS, pointColumns } from '../../lib/ui/trend';
import { MetricSelect } from '../common/MetricSelect';
import { sessionName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';
import { TrendChart } from './TrendChart';

const OFFERED = 40;

export function MinuteCurve() {
  const { trends, shop, settings } = useApp();
  const t = useT();
  const l = short(useLang());
  const sessions = shop.signals.sessions.value;
  const current = trends.computed.minuteSession.value;
  const metric = trends.signals.minuteMetric.value;
  const points = trends.signals.points.value;
  const cols = useMemo(() => pointColumns(points), [points]);
  const offered = sessions.slice(0, OFFERED);
  if (current && !offered.includes(current)) offered.unshift(current);
  return (
    <section class="card" aria-labelledby="minute-h">
      <h2 id="minute-h">{t('minute.title')}</h2>
      <div class="filters">
        <label class="field grow" for="minute-session">
          <span>{t('minute.session')}</span>
          <select id="minute-session" value={current?.id ?? ''} onChange={(e) => trends.actions.pickSession((e.currentTarget as HTMLSelectElement).value)}>
            {offered.map((s) => <option key={s.id} value={s.id}>{s.live ? `● ${t('sessions.live')} · ` : ''}{sessionName(s)} · {shortTime(s.t)}</option>)}
          </select>
        </label>
        <MetricSelect id="minute-metric" label={t('minute.metric')} value={metric} only={MINUTE_METRICS} onChange={trends.actions.setMinuteMetric} />
      </div>
      {points.length === 0 ? <p class="muted">{t('minute.none')}</p> : (
        <>
          <TrendChart data={cols} unit={METRICS[metric].unit} lang={l} label={`${METRICS[metric][l]} · ${current ? sessionName(current) : ''}`} clockAxis theme={settings.signals.settings.value.theme} />
          <details class="table-details">
            <summary>{t('minute.table', { n: points.length })}</summary>
            <div class="scroll-y">
              <table class="inspect">
                <thead><tr><th scope="col">{t('trends.time')}</th><th scope="col">{METRICS[metric][l]}</th></tr></thead>
                <tbody>{points.map((p) => <tr key={p.t}><td>{clock(p.t)}</td><td class="num">{formatValue(p.value, METRICS[metric].unit, l)}</td></tr>)}</tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
