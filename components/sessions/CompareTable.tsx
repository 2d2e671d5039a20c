/**
 * Every metric of the picked sessions side by side: value, change against the first session and
 * against the shop's median, best and worst by the metric's better-direction.
 */
import { METRICS } from '../../lib/metrics/catalog';
import { formatValue } from '../../lib/format/number';
import { compareSessions } from '../../lib/ui/compare';
import { shortTime } from '../../lib/ui/dates';
import { short } from '../../lib/ui/lang';
import { Delta } from '../common/Delta';
import { sessionName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';

export function CompareTable() {
  const { sessions, shop } = useApp();
  const t = useT();
  const l = short(useLang());
  const picked = sessions.computed.selectedRows.value;
  const rows = compareSessions(picked, shop.computed.medians.value);
  return (
    <div class="scroll-x">
      <table class="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.metric')}</th>
            {picked.map((s, i) => (
              <th scope="col" key={s.id} data-col={s.key}>
                <span class="title">{sessionName(s)}</span>
                {s.live ? <span class="tag live">{t('sessions.live')}</span> : null}
                <div class="muted small">{shortTime(s.t)}{i === 0 ? ` · ${t('compare.baseline')}` : ''}</div>
                {i > 0 ? <button type="button" class="link small" onClick={() => sessions.actions.makeFirst(s.id)}>{t('compare.makeBaseline')}</button> : null}
              </th>
            ))}
            <th scope="col">{t('compare.median')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric} data-compare={r.metric}>
              <th scope="row">{METRICS[r.metric][l]}</th>
              {r.cells.map((c, i) => (
                <td key={i} class={c.best ? 'best' : c.worst ? 'worst' : undefined} data-best={c.best || undefined} data-worst={c.worst || undefined}>
                  <span class="num">{formatValue(c.value, METRICS[r.metric].unit, l, c.stored?.qualifier)}</span>
                  {c.best ? <span class="badge best" title={t('compare.best')}>▲<span class="sr-only">{t('compare.best')}</span></span> : null}
                  {c.worst ? <span class="badge worst" title={t('compare.worst')}>▼<span class="sr-only">{t('compare.worst')}</span></span> : null}
                  {c.stored?.source === 'derived' ? <span class="tag derived">{t('now.derived')}</span> : null}
                  <div class="deltas small">
                    {i > 0 ? <Delta metric={r.metric} value={c.vsFirst} label={t('compare.vsFirst')} /> : null}
                    <Delta metric={r.metric} value={c.vsMedian} label={t('compare.vsMedian')} />
                  </div>
                </td>
              ))}
              <td class="num muted">{formatValue(r.median, METRICS[r.metric].unit, l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{t('compare.legend')}</p>
    </div>
  );
}
