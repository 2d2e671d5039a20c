/** A session's minute-by-minute curve, recorded while its big screen was open, with its marks,
 *  explanation segments, alerts and sharp moves drawn on it (lib/view-model/curve-notes.ts) and listed under it. */
import { useMemo } from 'preact/hooks';
import { formatValue } from '../../lib/format/number';
import { METRICS } from '../../lib/metrics/catalog';
import { clock, shortTime } from '../../lib/format/time';
import { short } from '../../lib/i18n/lang';
import { MINUTE_METRICS, pointColumns } from '../../lib/view-model/trend';
import { MetricSelect } from '../common/MetricSelect';
import { sessionName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';
import { TrendChart } from './TrendChart';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { sessionNotes, type SessionNotes } from '../../lib/store/session-notes';
import { membersOf } from '../../lib/shops/sessions';
import { curveNotes } from '../../lib/view-model/curve-notes';
import { liveT } from '../../lib/i18n/live';
import { alertRuleName } from '../../lib/live/words';

const OFFERED = 40;

export function MinuteCurve() {
  const { trends, shop, settings, db } = useApp();
  const t = useT();
  const lang = useLang();
  const l = short(lang);
  const lt = liveT(lang);
  const sessions = shop.signals.sessions.value;
  const current = trends.computed.minuteSession.value;
  const metric = trends.signals.minuteMetric.value;
  const points = trends.signals.points.value;
  const cols = useMemo(() => pointColumns(points), [points]);
  // a session several backends showed: the notes of every member
  const members = current ? membersOf(current) : null;
  const key = members?.join('\n') ?? null;
  const raw = useLiveQuery<SessionNotes | null>(() => (members ? sessionNotes(db, members) : Promise.resolve(null)), [key], null).value;
  const notes = useMemo(
    () =>
      raw
        ? curveNotes(
            {
              points,
              marks: raw.marks.map((m) => ({ t: m.t, label: m.kind === 'note' ? m.note || lt('mark.note') : lt(`mark.${m.kind}`) })),
              segments: raw.segments,
              alerts: raw.alerts.map((a) => ({ firedAt: a.firedAt, label: alertRuleName(a.rule, lang) })),
            },
            { rise: lt('curve.rise'), fall: lt('curve.fall') },
            (v) => formatValue(v, METRICS[metric].unit, l),
          )
        : [],
    [raw, points, lang, metric],
  );
  const offered = sessions.slice(0, OFFERED);
  if (current && !offered.includes(current)) offered.unshift(current);
  return (
    <section class="card" aria-labelledby="minute-h">
      <h2 id="minute-h">{t('minute.title')}</h2>
      <div class="filters">
        <label class="field grow" for="minute-session">
          <span>{t('minute.session')}</span>
          <select id="minute-session" value={current?.id ?? ''} onChange={(e) => trends.actions.pickSession((e.currentTarget as HTMLSelectElement).value)}>
            {offered.map((s) => (
              <option key={s.id} value={s.id}>
                {s.live ? `● ${t('sessions.live')} · ` : ''}
                {sessionName(s)} · {shortTime(s.t)}
              </option>
            ))}
          </select>
        </label>
        <MetricSelect id="minute-metric" label={t('minute.metric')} value={metric} only={MINUTE_METRICS} onChange={trends.actions.setMinuteMetric} />
      </div>
      {points.length === 0 ? (
        <p class="muted">{t('minute.none')}</p>
      ) : (
        <>
          <TrendChart
            data={cols}
            unit={METRICS[metric].unit}
            lang={l}
            label={`${METRICS[metric][l]} · ${current ? sessionName(current) : ''}`}
            clockAxis
            theme={settings.signals.settings.value.theme}
            notes={notes}
          />
          {notes.length ? (
            <details class="table-details" open data-curve-notes>
              <summary>{lt('curve.notes', { n: notes.length })}</summary>
              <ul class="curve-notes">
                {notes.map((n, i) => (
                  <li key={i} data-note={n.kind}>
                    <span class={`tag note-${n.kind}`}>{lt(`curve.kind.${n.kind}`)}</span> {clock(n.t)}
                    {n.end ? `–${clock(n.end)}` : ''} {n.label}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <details class="table-details">
            <summary>{t('minute.table', { n: points.length })}</summary>
            <div class="scroll-y">
              <table class="inspect">
                <thead>
                  <tr>
                    <th scope="col">{t('trends.time')}</th>
                    <th scope="col">{METRICS[metric][l]}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.t}>
                      <td>{clock(p.t)}</td>
                      <td class="num">{formatValue(p.value, METRICS[metric].unit, l)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
