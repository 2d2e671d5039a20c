/** The user's own label → metric mappings, with a way to remove each. */
import { METRICS } from '../../lib/metrics/catalog';
import { short } from '../../lib/i18n/lang';
import { platformName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';

export function LabelMapsPanel() {
  const { data } = useApp();
  const t = useT();
  const l = short(useLang());
  const maps = data.signals.maps.value;
  return (
    <section class="card" aria-labelledby="maps-h">
      <h2 id="maps-h">{t('maps.title')}</h2>
      {maps.length === 0 ? (
        <p class="muted">{t('maps.none')}</p>
      ) : (
        <ul class="maps">
          {maps.map((m) => (
            <li key={m.id} data-map={m.label}>
              <span class="label-text">{m.label}</span> → <strong>{METRICS[m.metric][l]}</strong> <span class="muted small">{platformName(m.platform, t)}</span>{' '}
              <button type="button" class="link" aria-label={t('maps.remove', { label: m.label })} onClick={() => void data.actions.removeMap(m)}>
                {t('action.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
