/** A session's live numbers against those read later (lib/live/settled.ts): refunds and late orders show here. */
import { formatChange, formatValue } from '../../lib/format/number';
import { liveT } from '../../lib/i18n/live';
import { METRICS } from '../../lib/metrics/catalog';
import { sessionDrift } from '../../lib/store/settled';
import type { SessionRow } from '../../lib/store/rows';
import { short } from '../../lib/i18n/lang';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useApp, useLang } from '../state/context';

export function DriftCard({ session }: { session: SessionRow }) {
  const { db } = useApp();
  const lang = useLang();
  const l = short(lang);
  const t = liveT(lang);
  const d = useLiveQuery(() => sessionDrift(db, session.id), [session.id], null).value;
  if (!d || d.liveEnd === null) return null;
  const f = (m: keyof typeof METRICS, v: number | null) => formatValue(v, METRICS[m].unit, l);
  return (
    <section class="card drift" aria-labelledby="drift-h" data-drift data-settled-seen={d.settledSeen}>
      <h2 id="drift-h">{t('settled.title')}</h2>
      {d.laterAt === null ? (
        <p class="muted">{t('settled.none')}</p>
      ) : (
        <table class="inspect">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('settled.live')}</th>
              <th scope="col">{t('settled.later')}</th>
              <th scope="col">{t('settled.diff')}</th>
            </tr>
          </thead>
          <tbody>
            {d.rows.map((r) => (
              <tr key={r.metric} data-metric={r.metric}>
                <th scope="row">{METRICS[r.metric][l]}</th>
                <td class="num">{f(r.metric, r.live)}</td>
                <td class="num">{f(r.metric, r.later)}</td>
                <td class="num">
                  {r.diff === null ? '—' : `${r.diff > 0 ? '+' : ''}${f(r.metric, r.diff)}${r.share === null ? '' : ` (${formatChange(r.share)})`}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="muted small">{t(d.settledSeen ? 'settled.seen' : 'settled.notYet')}</p>
    </section>
  );
}
