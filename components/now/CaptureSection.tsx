/** One scope of the page (the page itself, or one session row of a list): its numbers with bars. */
import type { CaptureRow } from '../../lib/store/rows';
import { shopHistory } from '../../lib/view-model/engine-input';
import { nowItems } from '../../lib/view-model/nowModel';
import { useApp, useT } from '../state/context';
import { MetricRow } from './MetricRow';

export function CaptureSection({ row, open }: { row: CaptureRow; open: boolean }) {
  const { pageShop, settings } = useApp();
  const t = useT();
  const s = settings.signals.settings.value;
  const stage = pageShop.computed.stage.value.stage;
  const hist = shopHistory(pageShop.signals.sessions.value, {
    exclude: row.sessionId,
    category: s.category,
    experienceScore: pageShop.signals.facts.value.readings.experienceScore?.value ?? null,
  });
  const items = nowItems(row.readings, hist, { stage, targets: s.targets, ...(s.category ? { category: s.category } : {}) });
  const table = (
    <table class="readings">
      <thead class="sr-only">
        <tr>
          <th>{t('now.metric')}</th>
          <td>{t('now.value')}</td>
          <td>{t('now.change')}</td>
        </tr>
      </thead>
      <tbody>
        {items.map((it) => (
          <MetricRow key={it.reading.metric} item={it} />
        ))}
      </tbody>
    </table>
  );
  if (row.scope === 'page')
    return (
      <section class="capture" aria-label={t('now.thisPage')}>
        {table}
      </section>
    );
  return (
    <details class="capture" open={open}>
      <summary class="scope">{t('now.row', { key: row.scope })}</summary>
      {table}
    </details>
  );
}
