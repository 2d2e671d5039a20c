/** A signed relative change, coloured by whether it is good for this metric (its better-direction). */
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import { formatChange } from '../../lib/format/number';

export function Delta({ metric, value, label }: { metric: MetricId; value: number | null; label?: string }) {
  if (value === null)
    return (
      <span class="delta muted" title={label}>
        --
      </span>
    );
  const better = METRICS[metric].better;
  const tone = value === 0 || better === 'neutral' ? 'flat' : value > 0 === (better === 'higher') ? 'good' : 'bad';
  return (
    <span class={`delta ${tone}`} title={label}>
      {label ? <span class="sr-only">{label} </span> : null}
      {formatChange(value)}
    </span>
  );
}
