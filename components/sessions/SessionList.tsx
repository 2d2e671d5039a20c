/** The filtered sessions, newest first, each with a checkbox that adds it to the comparison. */
import { formatValue } from '../../lib/format/number';
import { METRICS } from '../../lib/metrics/catalog';
import { LIST_METRICS } from '../../lib/view-model/sessionList';
import { shortTime } from '../../lib/format/time';
import { short } from '../../lib/i18n/lang';
import { useApp, useLang, useT } from '../state/context';
import { platformName, sessionName } from '../common/names';

export function SessionList() {
  const { sessions } = useApp();
  const t = useT();
  const l = short(useLang());
  const all = sessions.signals.list.value;
  const rows = sessions.computed.visible.value;
  const selected = sessions.signals.selected.value;
  return (
    <section aria-labelledby="list-h">
      <h2 id="list-h" class="row-between">
        <span>{t('sessions.count', { n: all.length })}</span>
        {selected.length ? (
          <button type="button" class="link" onClick={sessions.actions.clear}>
            {t('sessions.clear')}
          </button>
        ) : null}
      </h2>
      {all.length === 0 && !sessions.signals.loading.value ? <p class="muted">{t('sessions.none')}</p> : null}
      <ul class="session-list">
        {rows.map((s) => {
          const on = selected.includes(s.id);
          const id = `pick-${s.id}`;
          return (
            <li key={s.id} class={on ? 'picked' : undefined} data-session={s.key}>
              <input type="checkbox" id={id} checked={on} onChange={() => sessions.actions.toggle(s.id)} />
              <label for={id}>
                <span class="title">{sessionName(s)}</span>
                {s.live ? <span class="tag live">{t('sessions.live')}</span> : null}
                {s.platforms.length > 1
                  ? s.platforms.map((p) => (
                      <span class="tag" key={p} data-platform={p}>
                        {platformName(p, t)}
                      </span>
                    ))
                  : null}
                <span class="muted small">{s.start !== null ? shortTime(s.start) : (s.timeText ?? shortTime(s.t))}</span>
              </label>
              <span class="list-nums small">
                {LIST_METRICS.map((m) => (
                  <span
                    key={m}
                    class="num"
                    data-metric={m}
                    data-source={s.sources[m]}
                    title={s.sources[m] && s.platforms.length > 1 ? `${METRICS[m][l]} · ${platformName(s.sources[m], t)}` : METRICS[m][l]}
                  >
                    {formatValue(s.latest[m]?.value, METRICS[m].unit, l, s.latest[m]?.qualifier)}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      {all.length > rows.length ? (
        <button type="button" onClick={sessions.actions.more}>
          {t('sessions.more', { n: all.length - rows.length })}
        </button>
      ) : null}
    </section>
  );
}
