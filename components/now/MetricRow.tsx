/** One number: name (推算 and its formula when derived), value as the backend shows it, change, bar. */
import { METRICS } from '../../lib/metrics/catalog';
import { formatValue } from '../../lib/format/number';
import { formulaText } from '../../lib/view-model/formula';
import { short } from '../../lib/i18n/lang';
import type { NowItem } from '../../lib/view-model/nowModel';
import { Delta } from '../common/Delta';
import { useLang, useT } from '../state/context';
import { BenchmarkBar } from './BenchmarkBar';

export function MetricRow({ item }: { item: NowItem }) {
  const t = useT();
  const lang = useLang();
  const r = item.reading;
  const derived = r.source === 'derived';
  const formula = derived ? formulaText(r.metric, lang) : null;
  return (
    <>
      <tr data-metric={r.metric} data-value={r.value ?? ''} data-source={r.source} class={item.bar ? `tone-${item.bar.tone}` : undefined}>
        <th scope="row">
          {METRICS[r.metric][short(lang)]}
          {derived ? (
            <span class="tag derived" title={t('now.derivedHint')}>
              {t('now.derived')}
            </span>
          ) : null}
          {formula ? <div class="formula">= {formula}</div> : null}
        </th>
        <td class="value">{formatValue(r.value, r.unit, short(lang), r.qualifier)}</td>
        <td class="change">{r.compare ? <Delta metric={r.metric} value={r.compare.value} label={r.compare.basis} /> : null}</td>
      </tr>
      {item.bar ? (
        <tr class="bench">
          <td colSpan={3}>
            <BenchmarkBar metric={r.metric} model={item.bar} primary={item.comparison.primary} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
