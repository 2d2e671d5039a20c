/**
 * The live strip at the top of the Now view, on a live session's page: its alerts (newest
 * first, each with the numbers that fired it and when) and the buttons that mark a moment.
 */
import { useState } from 'preact/hooks';
import { liveT } from '../../lib/i18n/live';
import { alertRuleName, alertText } from '../../lib/live/words';
import { MARK_KINDS } from '../../lib/store/marks';
import { clock } from '../../lib/format/time';
import { useApp, useLang } from '../state/context';

export function LiveStrip() {
  const { copilot } = useApp();
  const lang = useLang();
  const t = liveT(lang);
  const [note, setNote] = useState('');
  const d = copilot.signals.data.value;
  if (!d || (!d.session.live && !d.alerts.length)) return null;
  const alerts = [...d.alerts].reverse();
  const open = alerts.filter((a) => a.end === null).length;
  return (
    <section
      class={`card live-strip${open ? ' alerting' : ''}`}
      aria-labelledby="live-strip-h"
      data-live-strip
      data-alert-count={d.alerts.length}
      data-alert-open={open}
    >
      <h2 id="live-strip-h">{t('live.strip.title', { n: d.alerts.length })}</h2>
      {alerts.length ? (
        <ul class="live-alerts">
          {alerts.map((a) => (
            <li key={a.id} data-alert-rule={a.rule} data-alert-metric={a.metric} data-alert-fired={a.firedAt} data-alert-open={a.end === null}>
              <span class={`tag ${a.end === null ? 'bad' : ''}`}>{alertRuleName(a.rule, lang)}</span> <span>{alertText(a, lang)}</span>{' '}
              <span class="muted small">
                {t('live.strip.at', { time: clock(a.firedAt) })}
                {a.end !== null ? ` · ${t('live.strip.ended')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('live.strip.none')}</p>
      )}
      {d.session.live ? (
        <div class="live-marks" role="group" aria-label={t('mark.title')}>
          {MARK_KINDS.filter((k) => k !== 'note').map((k) => (
            <button key={k} type="button" class="small" data-mark={k} onClick={() => void copilot.actions.mark(k)}>
              {t(`mark.${k}`)}
            </button>
          ))}
          <input
            type="text"
            class="small"
            maxLength={500}
            value={note}
            placeholder={t('mark.notePlaceholder')}
            aria-label={t('mark.note')}
            data-mark-note
            onInput={(e) => setNote((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && note.trim()) void copilot.actions.mark('note', note).then(() => setNote(''));
            }}
          />
          <span class="muted small">{t('mark.count', { n: d.marks.length })}</span>
        </div>
      ) : null}
    </section>
  );
}
