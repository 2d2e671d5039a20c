/** Map an unknown label to a catalogue metric (stored per platform; open pages are told at once). */
import { useState } from 'preact/hooks';
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import { normaliseLabel } from '../../lib/store/labelmaps';
import { short } from '../../lib/i18n/lang';
import { MetricSelect } from '../common/MetricSelect';
import { useApp, useLang, useT } from '../state/context';

export function LabelMapper({ label, idx }: { label: string; idx: number }) {
  const { page } = useApp();
  const t = useT();
  const l = short(useLang());
  const [metric, setMetric] = useState<MetricId | ''>('');
  const mapped = page.signals.maps.value.find((m) => m.label === normaliseLabel(label));
  const last = page.signals.lastMapped.value;
  if (mapped) {
    return (
      <p class="mapped small">
        {t('inspect.mappedTo', { metric: METRICS[mapped.metric][l] })}
        {last && last.label === label ? ` · ${last.told ? t('inspect.told', { n: last.told }) : t('inspect.nextLoad')}` : ''}
      </p>
    );
  }
  const id = `map-${idx}`;
  return (
    <form
      class="mapper"
      onSubmit={(e) => {
        e.preventDefault();
        if (metric) void page.actions.mapLabel(label, metric);
      }}
    >
      <MetricSelect id={id} label={t('inspect.mapTo', { label })} value={metric} onChange={setMetric} placeholder={t('inspect.pickMetric')} />
      <button type="submit" disabled={!metric}>
        {t('inspect.map')}
      </button>
    </form>
  );
}
