/** Which shop the panel is about; only shown when the store holds more than one. */
import { useApp, useT } from '../state/context';
import { platformName, shopIdNote, shopName } from './names';

export function ShopPicker() {
  const { shops } = useApp();
  const t = useT();
  const list = shops.signals.list.value;
  if (list.length < 2) return null;
  return (
    <label class="field shop-picker" for="shop-picker">
      <span>{t('shop.label')}</span>
      <select id="shop-picker" value={shops.computed.current.value ?? ''}
        onChange={(e) => shops.actions.select((e.currentTarget as HTMLSelectElement).value)}>
        {list.map((s) => (
          <option key={s.id} value={s.id}>{shopName(s, t)} · {platformName(s.platform, t)}{shopIdNote(s) ? ` · ${shopIdNote(s)}` : ''}</option>
        ))}
      </select>
    </label>
  );
}
