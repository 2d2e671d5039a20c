/** A labelled metric picker: the catalogue's metrics by group, named in the interface language. */
import { METRIC_IDS, METRICS, type MetricGroup, type MetricId } from '../../lib/metrics/catalog';
import { short } from '../../lib/i18n/lang';
import { useLang, useT } from '../state/context';

interface Props {
  id: string;
  label: string;
  value: MetricId | '';
  onChange(m: MetricId): void;
  /** offer only these (catalogue order kept) */
  only?: readonly MetricId[];
  /** an empty first option with this text */
  placeholder?: string;
}

export function MetricSelect({ id, label, value, onChange, only, placeholder }: Props) {
  const t = useT();
  const l = short(useLang());
  const ids = only ? METRIC_IDS.filter((m) => only.includes(m)) : METRIC_IDS;
  const groups = [...new Set(ids.map((m) => METRICS[m].group))] as MetricGroup[];
  return (
    <label class="field" for={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as MetricId)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groups.map((g) => (
          <optgroup key={g} label={t(`group.${g}`)}>
            {ids
              .filter((m) => METRICS[m].group === g)
              .map((m) => (
                <option key={m} value={m}>
                  {METRICS[m][l]}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
