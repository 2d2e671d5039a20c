/**
 * The 商品 / Items view: the shop's sessions that have items, the one picked (default: the
 * newest), that session's items, segments and curve, the shop's item ledger input, and the
 * table's sort; plus the open page's items for the Now view's block. Every read is a liveSignal,
 * so a capture shows up without a reload; the item queries run only while a view that shows them
 * is open (the ledger reads every session's item numbers of the shop).
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import { ledgerInput, pageItems, sessionItems, sessionsWithItems, type LedgerInput, type PageItems, type SessionItems } from '../../lib/store/item-queries';
import type { PageView } from '../../lib/store/page-view';
import type { SessionRow } from '../../lib/store/rows';
import type { ItemSort } from '../../lib/ui/items';
import type { ViewId } from '../../lib/ui/tabs';
import { liveSignal } from './live';

export function createItems(
  db: StageLensDB,
  ctx: { shopId: ReadonlySignal<string | null>; view: ReadonlySignal<ViewId>; page: ReadonlySignal<PageView | null> },
) {
  const shown = computed(() => ctx.view.value === 'items');
  const picked = signal<string | null>(null);
  const sort = signal<ItemSort>({ key: 'page', dir: 'asc' });

  const sessions = liveSignal(() => (shown.value ? ctx.shopId.value : null),
    (id) => (id ? sessionsWithItems(db, id) : Promise.resolve([])), [] as SessionRow[]);
  const sessionId = computed<string | null>(() => {
    const list = sessions.value.value;
    const p = picked.value;
    return p && list.some((s) => s.id === p) ? p : (list[0]?.id ?? null);
  });
  const session = liveSignal(() => (shown.value ? sessionId.value : null),
    (id) => (id ? sessionItems(db, id) : Promise.resolve(null)), null as SessionItems | null);
  const ledger = liveSignal(() => (shown.value ? ctx.shopId.value : null),
    (id) => (id ? ledgerInput(db, id) : Promise.resolve(null)), null as LedgerInput | null);
  const onPage = liveSignal(() => (ctx.view.value === 'now' ? ctx.page.value : null),
    (v) => pageItems(db, v), { sessionId: null, items: [] } as PageItems);

  // a new shop: the old pick means nothing there
  let lastShop = ctx.shopId.peek();
  const stop = effect(() => {
    const id = ctx.shopId.value;
    if (id !== lastShop) {
      lastShop = id;
      picked.value = null;
    }
  });

  return {
    signals: {
      picked, sort,
      sessions: sessions.value, session: session.value, ledger: ledger.value, onPage: onPage.value,
      loading: computed(() => sessions.loading.value || session.loading.value),
      error: computed(() => sessions.error.value ?? session.error.value ?? ledger.error.value),
    },
    computed: { sessionId },
    actions: {
      pick: (id: string) => void (picked.value = id),
    },
    dispose() {
      for (const l of [sessions, session, ledger, onPage]) l.dispose();
      stop();
    },
  };
}

export type Items = ReturnType<typeof createItems>;
