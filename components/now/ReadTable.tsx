/** What was read: the label and text as the page showed them, and the value we made of them. */
import { METRICS } from '../../lib/metrics/catalog';
import { formatValue } from '../../lib/format/number';
import { short } from '../../lib/i18n/lang';
import type { StoredReading } from '../../lib/store/rows';
import { useLang, useT } from '../state/context';

export function ReadTable({ readings }: { readings: StoredReading[] }) {
  const t = useT();
  const l = short(useLang());
  return (
    <div class="scroll-x">
      <table class="inspect">
        <thead>
          <tr>
            <th scope="col">{t('inspect.label')}</th>
            <th scope="col">{t('inspect.shown')}</th>
            <th scope="col">{t('inspect.value')}</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((r) => (
            <tr key={r.metric} data-read={r.metric}>
              <td>
                {r.label}
                {/* the metric's own name only where the page calls it something else */}
                {r.label !== METRICS[r.metric][l] || r.source === 'derived' ? (
                  <div class="muted small">
                    {METRICS[r.metric][l]}
                    {r.source === 'derived' ? ` · ${t('now.derived')}` : ''}
                  </div>
                ) : null}
              </td>
              <td>{r.text || '—'}</td>
              <td class="num">{formatValue(r.value, r.unit, l, r.qualifier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
