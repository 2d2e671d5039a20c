/**
 * The open page's items in the Now view, when it has any: the top items by GMV, the one being
 * explained marked, and a button to the 商品 view (on that session, when the page is about one).
 */
import { formatValue } from '../../lib/format/number';
import { short } from '../../lib/i18n/lang';
import { useApp, useLang, useT } from '../state/context';

/** How many items the block lists. */
export const NOW_ITEMS = 5;

export function NowItems() {
  const { items, nav } = useApp();
  const t = useT();
  const l = short(useLang());
  const { sessionId, items: list } = items.signals.onPage.value;
  if (!list.length) return null;
  const gmv = (e: (typeof list)[number]) => e.stat.latest.gmv?.value ?? null;
  const top = [...list].sort((a, b) => (gmv(b) ?? -Infinity) - (gmv(a) ?? -Infinity)).slice(0, NOW_ITEMS);
  const explaining = list.find((e) => e.stat.explaining);
  if (explaining && !top.includes(explaining)) top[top.length - 1] = explaining;
  const open = () => {
    if (sessionId) items.actions.pick(sessionId);
    nav.actions.select('items');
  };
  return (
    <section class="card" aria-labelledby="now-items-h" data-now-items>
      <h2 id="now-items-h" class="row-between">
        <span>
          {t('now.items.title')} <span class="muted small">{list.length}</span>
        </span>
        <button type="button" class="link small" onClick={open}>
          {t('now.items.open')}
        </button>
      </h2>
      <ul class="now-items">
        {top.map((e) => (
          <li key={e.item.id} data-item={e.item.key}>
            <span class="title">
              {e.item.title ?? e.item.platformId ?? e.item.key}
              {e.stat.explaining ? <span class="tag live">{t('items.explainingNow')}</span> : null}
            </span>
            <span class="num">{gmv(e) === null ? '—' : formatValue(gmv(e), 'cny', l)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
