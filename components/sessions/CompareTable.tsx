/**
 * Every metric of the picked sessions side by side: value, change against the first session and
 * against the shop's median, best and worst by the metric's better-direction. Narrow-panel
 * layout: each metric's name (and the shop median) is a full-width row above its values, so only
 * the session columns share the width.
 */
import { METRICS } from '../../lib/metrics/catalog';
import { refValue } from '../../lib/format/refValue';
import { compareSessions } from '../../lib/view-model/compare';
import { shortTime } from '../../lib/format/time';
import { short } from '../../lib/i18n/lang';
import { sessionName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';
import { CompareCellView } from './CompareCellView';

export function CompareTable() {
  const { sessions, shop } = useApp();
  const t = useT();
  const l = short(useLang());
  const picked = sessions.computed.selectedRows.value;
  const rows = compareSessions(picked, shop.computed.medians.value);
  const cols = picked.length;
  return (
    <div class="scroll-x">
      <table class="compare-table">
        <thead>
          <tr>
            {picked.map((s, i) => (
              <th scope="col" key={s.id} data-col={s.key}>
                <span class="title">{sessionName(s)}</span>
                {s.live ? <span class="tag live">{t('sessions.live')}</span> : null}
                <div class="muted small">{shortTime(s.t)}</div>
                {i === 0 ? (
                  <div class="small base-tag">{t('compare.baseline')}</div>
                ) : (
                  <button type="button" class="link small" onClick={() => sessions.actions.makeFirst(s.id)}>
                    {t('compare.makeBaseline')}
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((r) => (
          <tbody key={r.metric} data-compare={r.metric}>
            <tr class="metric-head">
              <th scope="colgroup" colSpan={cols}>
                {METRICS[r.metric][l]}{' '}
                <span class="muted small">
                  {t('compare.median')} {refValue(r.median, METRICS[r.metric].unit, l)}
                </span>
              </th>
            </tr>
            <tr>
              {r.cells.map((c, i) => (
                <CompareCellView key={i} metric={r.metric} cell={c} first={i === 0} />
              ))}
            </tr>
          </tbody>
        ))}
      </table>
      <p class="muted small">{t('compare.legend')}</p>
    </div>
  );
}
