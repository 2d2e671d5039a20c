/** One pillar: its progress and its items by capability. */
import { CAPABILITIES, PILLARS, type ChecklistItem, type Progress as P } from '../../lib/growth';
import type { PillarId } from '../../lib/growth/types';
import { pick } from '../../lib/i18n/lang';
import { Progress } from '../common/Progress';
import { useLang } from '../state/context';
import { ChecklistItemRow } from './ChecklistItemRow';

export function PillarSection({ pillar, items, progress }: { pillar: PillarId; items: readonly ChecklistItem[]; progress: P }) {
  const lang = useLang();
  if (!items.length) return null;
  const p = progress.pillars[pillar];
  const caps = [...new Set(items.map((i) => i.capability))];
  return (
    <details class="pillar" data-pillar={pillar}>
      <summary>
        <strong>{pick(PILLARS[pillar].name, lang)}</strong>
        <Progress done={p.done} total={p.total} label={pick(PILLARS[pillar].name, lang)} compact />
      </summary>
      <p class="muted small">{pick(PILLARS[pillar].about, lang)}</p>
      {caps.map((c) => (
        <div key={c} class="capability">
          <h4>{pick(CAPABILITIES[c].name, lang)}</h4>
          <ul class="items">
            {items
              .filter((i) => i.capability === c)
              .map((i) => (
                <ChecklistItemRow key={i.id} item={i} />
              ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
