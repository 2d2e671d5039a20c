/** The chart's numbers as a table (for keyboards, screen readers, and when there is no canvas). */
import { formatValue } from '../../lib/format/number';
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import type { HistoryPoint } from '../../lib/store/queries';
import type { SessionRow } from '../../lib/store/rows';
import { shortTime } from '../../lib/format/time';
import { short } from '../../lib/i18n/lang';
import { sessionName } from '../common/names';
import { useLang, useT } from '../state/context';

export function TrendTable({ metric, points, sessions }: { metric: MetricId; points: HistoryPoint[]; sessions: SessionRow[] }) {
  const t = useT();
  const l = short(useLang());
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return (
    <details class="table-details">
      <summary>{t('trends.table', { n: points.length })}</summary>
      <div class="scroll-y">
        <table class="inspect">
          <thead>
            <tr>
              <th scope="col">{t('trends.time')}</th>
              <th scope="col">{t('trends.session')}</th>
              <th scope="col">{METRICS[metric][l]}</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => {
              const s = byId.get(p.sessionId);
              return (
                <tr key={p.sessionId}>
                  <td>{shortTime(p.t)}</td>
                  <td>{s ? sessionName(s) : p.sessionId}</td>
                  <td class="num">
                    {formatValue(p.value, p.unit, l)}
                    {p.source === 'derived' ? ` (${t('now.derived')})` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
