/** The shops in the store; pick which one the panel is about. */
import { fullTime } from '../../lib/ui/dates';
import { platformName, shopIdNote, shopName } from '../common/names';
import { useApp, useT } from '../state/context';

export function ShopsPanel() {
  const { shops } = useApp();
  const t = useT();
  const list = shops.signals.list.value;
  const current = shops.computed.current.value;
  return (
    <section class="card" aria-labelledby="shops-h">
      <h2 id="shops-h">{t('shops.title')}</h2>
      {list.length === 0 ? <p class="muted">{t('shops.none')}</p> : (
        <ul class="shops">
          {list.map((s) => (
            <li key={s.id} data-shop={s.id}>
              <strong>{shopName(s, t)}</strong> <span class="muted">{platformName(s.platform, t)}</span>
              {shopIdNote(s) ? <span class="muted small"> · {shopIdNote(s)}</span> : null}
              <div class="muted small">{t('shops.seen', { first: fullTime(s.firstSeen), last: fullTime(s.lastSeen) })}</div>
              {s.id === current ? <span class="tag">{t('shops.current')}</span> : (
                <button type="button" class="link" aria-label={t('shops.use', { name: shopName(s, t) })} onClick={() => shops.actions.select(s.id)}>{t('shops.show')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
