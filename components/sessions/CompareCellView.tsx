/** One session's value of one metric in the comparison, with its best/worst mark and changes. */
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import { formatValue } from '../../lib/format/number';
import type { CompareCell } from '../../lib/view-model/compare';
import { short } from '../../lib/i18n/lang';
import { Delta } from '../common/Delta';
import { useLang, useT } from '../state/context';

export function CompareCellView({ metric, cell: c, first }: { metric: MetricId; cell: CompareCell; first: boolean }) {
  const t = useT();
  const l = short(useLang());
  return (
    <td class={c.best ? 'best' : c.worst ? 'worst' : undefined} data-best={c.best || undefined} data-worst={c.worst || undefined}>
      <span class="num">{formatValue(c.value, METRICS[metric].unit, l, c.stored?.qualifier)}</span>
      {c.best ? (
        <span class="badge best" title={t('compare.best')}>
          ▲<span class="sr-only">{t('compare.best')}</span>
        </span>
      ) : null}
      {c.worst ? (
        <span class="badge worst" title={t('compare.worst')}>
          ▼<span class="sr-only">{t('compare.worst')}</span>
        </span>
      ) : null}
      {c.stored?.source === 'derived' ? <span class="tag derived">{t('now.derived')}</span> : null}
      <div class="deltas small">
        {!first && c.vsFirst !== null ? (
          <span>
            <span class="dl">{t('compare.vsFirstShort')}</span>
            <Delta metric={metric} value={c.vsFirst} label={t('compare.vsFirst')} />
          </span>
        ) : null}
        {c.vsMedian !== null ? (
          <span>
            <span class="dl">{t('compare.vsMedianShort')}</span>
            <Delta metric={metric} value={c.vsMedian} label={t('compare.vsMedian')} />
          </span>
        ) : null}
      </div>
    </td>
  );
}
