/** The capability checklist by pillar, with progress; items the data proves say so. */
import { useState } from 'preact/hooks';
import { CHECKLIST } from '../../lib/growth';
import { PILLAR_IDS } from '../../lib/growth/types';
import { Progress } from '../common/Progress';
import { useApp, useT } from '../state/context';
import { PillarSection } from './PillarSection';

export function ChecklistPanel() {
  const { shop } = useApp();
  const t = useT();
  const [all, setAll] = useState(false);
  const stage = shop.computed.stage.value.stage;
  const prog = all ? shop.computed.allProgress.value : shop.computed.stageProgress.value;
  const items = all ? CHECKLIST : CHECKLIST.filter((i) => i.stages.includes(stage));
  return (
    <section class="card checklist" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t('checklist.title')}</h2>
      <Progress done={prog.done} total={prog.total} label={t('checklist.overall')} />
      <label class="check">
        <input type="checkbox" checked={all} onChange={() => setAll(!all)} /> {t('checklist.allStages')}
      </label>
      {PILLAR_IDS.map((p) => (
        <PillarSection key={p} pillar={p} items={items.filter((i) => i.pillar === p)} progress={prog} />
      ))}
    </section>
  );
}
