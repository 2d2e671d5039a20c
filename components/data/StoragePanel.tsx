/** Is the history safe from eviction, how much space it takes, and any failed write. */
import { useEffect } from 'preact/hooks';
import { bytesText } from '../../lib/format/bytes';
import { useApp, useT } from '../state/context';
import { opName } from '../common/names';

export function StoragePanel() {
  const { data, errors } = useApp();
  const t = useT();
  useEffect(() => void data.actions.refreshStatus(), []);
  const st = data.signals.status.value;
  const c = data.signals.counts.value;
  const failed = errors.signals.entries.value;
  return (
    <section class="card" aria-labelledby="storage-h">
      <h2 id="storage-h">{t('storage.title')}</h2>
      <p data-persistence={st.persistence}>
        {t(`storage.persist.${st.persistence}`)}{' '}
        {st.persistence !== 'granted' && st.persistence !== 'unsupported' ? (
          <button type="button" onClick={() => void data.actions.persist()}>
            {t('storage.request')}
          </button>
        ) : null}
      </p>
      <p>{t('storage.usage', { used: bytesText(st.usage), quota: bytesText(st.quota) })}</p>
      {c ? <p class="muted small">{t('storage.counts', { shops: c.shops, sessions: c.sessions, captures: c.captures, points: c.points })}</p> : null}
      {failed.length ? (
        <ul class="errors-list" aria-label={t('storage.failed')}>
          {failed.map((e) => (
            <li key={e.id} class={`error error-${e.kind}`}>
              {e.kind === 'quota' ? t('error.quota') : t('error.failed', { op: opName(e.op, t) })} <span class="muted">{e.message}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('storage.noFailures')}</p>
      )}
    </section>
  );
}
