/** One checklist item: tick/untick; "proven by the data" with the numbers when evidence holds. */
import { itemStatus, type ChecklistItem } from '../../lib/growth';
import { pick } from '../../lib/i18n/lang';
import { useApp, useLang, useT } from '../state/context';

export function ChecklistItemRow({ item }: { item: ChecklistItem }) {
  const { shop } = useApp();
  const t = useT();
  const lang = useLang();
  const state = shop.computed.checklist.value;
  const ev = shop.computed.evidence.value[item.id];
  const st = itemStatus(item.id, state, shop.computed.evidence.value);
  const id = `ck-${item.id}`;
  return (
    <li data-item={item.id} class={st.done ? 'done' : undefined}>
      <input type="checkbox" id={id} checked={st.done} onChange={() => void shop.actions.setItem(item.id, !st.done)} />
      <label for={id}>{pick(item, lang)}</label>
      {st.by === 'data' ? <span class="tag evidence">{t('checklist.byData')}</span> : null}
      {state[item.id]?.untickedByUser && ev?.evidenced ? <span class="tag">{t('checklist.unticked')}</span> : null}
      {ev ? <p class="muted small why">{pick(ev.why, lang)}</p> : null}
    </li>
  );
}
