/** What the adapter expected on this page but did not find, or found and could not read. */
import { METRICS } from '../../lib/metrics/catalog';
import { short } from '../../lib/i18n/lang';
import type { StoredMissed } from '../../lib/store/rows';
import { useLang, useT } from '../state/context';

export function MissedList({ missed }: { missed: StoredMissed[] }) {
  const t = useT();
  const l = short(useLang());
  return (
    <ul class="missed">
      {missed.map((m, i) => (
        <li key={`${m.metric}${i}`} data-missed={m.metric}>
          <strong>{METRICS[m.metric][l]}</strong> · {m.reason === 'unreadable' ? t('inspect.unreadable') : t('inspect.notFound')}
          {m.label ? (
            <span class="muted">
              {' '}
              · {t('inspect.labelShown')}
              {m.label}
            </span>
          ) : null}
          {m.text ? (
            <span class="muted">
              {' '}
              · {t('inspect.textShown')}
              <code>{m.text}</code>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
