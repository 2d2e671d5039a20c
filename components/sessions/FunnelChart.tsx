/** The live-room funnel of each picked session, as bars on a shared log scale. */
import { METRICS } from '../../lib/metrics/catalog';
import { formatValue } from '../../lib/format/number';
import { funnel, funnelScale, hasFunnel } from '../../lib/view-model/funnel';
import { short } from '../../lib/i18n/lang';
import { sessionName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';

export function FunnelChart() {
  const { sessions } = useApp();
  const t = useT();
  const l = short(useLang());
  const picked = sessions.computed.selectedRows.value;
  const scale = funnelScale(picked);
  return (
    <section class="funnels" aria-labelledby="funnel-h">
      <h3 id="funnel-h">{t('funnel.title')}</h3>
      <p class="muted small">{t('funnel.scale')}</p>
      {picked.map((s) => (
        <figure key={s.id} class="funnel" data-funnel={s.key}>
          <figcaption>{sessionName(s)}</figcaption>
          {hasFunnel(s) ? (
            <ol>
              {funnel(s, scale).map((step) => (
                <li key={step.metric}>
                  <span class="step-name">{METRICS[step.metric][l]}</span>
                  <span class="step-bar">
                    <span style={{ width: `${(step.width * 100).toFixed(1)}%` }} />
                  </span>
                  <span class="num">{formatValue(step.value, METRICS[step.metric].unit, l)}</span>
                  <span class="rate muted">{step.rate !== null ? `${formatValue(step.rate, 'ratio', l)}` : ''}</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted small">{t('funnel.none')}</p>
          )}
        </figure>
      ))}
    </section>
  );
}
