/** Which shop the panel is about; only shown when the store holds more than one. Each shop once,
 *  with its backends; an account still waiting for its shop is marked so. */
import { useApp, useT } from '../state/context';
import { groupName, platformTags } from './names';

export function ShopPicker() {
  const { shops } = useApp();
  const t = useT();
  const list = shops.signals.list.value;
  if (list.length < 2) return null;
  return (
    <label class="field shop-picker" for="shop-picker">
      <span>{t('shop.label')}</span>
      <select id="shop-picker" value={shops.computed.current.value ?? ''} onChange={(e) => shops.actions.select((e.currentTarget as HTMLSelectElement).value)}>
        {list.map((s) => (
          <option key={s.id} value={s.id} data-platforms={s.platforms.join(' ')}>
            {groupName(s, t)} · {platformTags(s.platforms, t)}
            {s.pending ? ` · ${t('shops.pending')}` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
