/** The seller's own targets per metric, typed as the backends show them (12.5 for 12.5 %). */
import { useState } from 'preact/hooks';
import { formatValue } from '../../lib/format/number';
import { METRICS, type MetricId } from '../../lib/metrics/catalog';
import { short } from '../../lib/i18n/lang';
import { fromInput, inputUnit, toInput } from '../../lib/view-model/targets';
import { MetricSelect } from '../common/MetricSelect';
import { useApp, useLang, useT } from '../state/context';

export function TargetsEditor() {
  const { settings, errors } = useApp();
  const t = useT();
  const l = short(useLang());
  const targets = settings.signals.settings.value.targets;
  const [metric, setMetric] = useState<MetricId | ''>('');
  const [text, setText] = useState('');
  const entries = Object.entries(targets) as Array<[MetricId, number]>;

  function save(m: MetricId, input: string): void {
    const v = fromInput(m, input);
    if (v === null) {
      errors.actions.report('settings', new RangeError(t('targets.bad', { text: input })));
      return;
    }
    void settings.actions.update({ targets: { ...targets, [m]: v } });
  }
  function remove(m: MetricId): void {
    const next = { ...targets };
    delete next[m];
    void settings.actions.update({ targets: next });
  }

  return (
    <fieldset class="targets">
      <legend>{t('targets.title')}</legend>
      {entries.length === 0 ? (
        <p class="muted small">{t('targets.none')}</p>
      ) : (
        <ul>
          {entries.map(([m, v]) => (
            <li key={m} data-target={m}>
              {METRICS[m][l]}: <strong>{formatValue(v, METRICS[m].unit, l)}</strong>{' '}
              <button type="button" class="link" aria-label={t('targets.remove', { metric: METRICS[m][l] })} onClick={() => remove(m)}>
                {t('action.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (metric) {
            save(metric, text);
            setText('');
          }
        }}
      >
        <MetricSelect id="target-metric" label={t('targets.metric')} value={metric} onChange={setMetric} placeholder={t('inspect.pickMetric')} />
        <label class="field" for="target-value">
          <span>
            {t('targets.value')}
            {metric ? ` (${t(`unit.${inputUnit(metric)}`)})` : ''}
          </span>
          <input
            id="target-value"
            inputMode="decimal"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
            placeholder={metric ? toInput(metric, targets[metric]) : ''}
          />
        </label>
        <button type="submit" disabled={!metric || !text.trim()}>
          {t('targets.save')}
        </button>
      </form>
    </fieldset>
  );
}
