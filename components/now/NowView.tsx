import type { CaptureRow } from '../../lib/store/rows';
import { METRICS } from '../../lib/metrics/catalog';
import { formatValue, formatChange } from '../../lib/format/number';
import { ADAPTERS } from '../../lib/platforms/registry';

export function SupportedPages() {
  return (
    <section aria-label="支持的页面">
      <p>打开以下后台页面后，StageLens 会自动读取页面上的数字：</p>
      <ul class="supported">
        {ADAPTERS.map((a) => (
          <li key={a.id}>
            <strong>{a.zh}</strong> <span class="muted">{a.hosts.join(', ')}</span>
            <div class="muted">{a.pages.map((p) => p.zh).join(' · ')}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CaptureTable({ rows }: { rows: CaptureRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <section key={row.id} class="capture" aria-label={`capture ${row.scope}`}>
          <h3 class="scope">{row.scope === 'page' ? '本页' : row.scope}</h3>
          <table class="readings">
            <tbody>
              {row.readings.map((r) => (
                <tr key={r.metric} data-metric={r.metric} data-value={r.value ?? ''} data-source={r.source}>
                  <th scope="row">{METRICS[r.metric].zh}{r.source === 'derived' ? <span class="tag" title={r.label}> 推算</span> : null}</th>
                  <td class="value">{formatValue(r.value, r.unit, 'zh', r.qualifier)}</td>
                  <td class="change">{r.compare ? formatChange(r.compare.value) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
