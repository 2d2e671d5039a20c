/**
 * The 商品 / Items view: the shop's sessions that have items, the one picked (default: the
 * newest), that session's items, segments and curve, the shop's item ledger input, and the
 * table's sort; plus the open page's items for the Now view's block. Every read is a liveSignal,
 * so a capture shows up without a reload; the item queries run only while a view that shows them
 * is open (the ledger reads every session's item numbers of the shop). The query module loads
 * after the panel's first paint (it is not needed for it), then the reads start.
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import type { LedgerInput, PageItems, SessionItems } from '../../lib/store/item-queries';
import type { PageView } from '../../lib/store/page-view';
import type { SessionRow } from '../../lib/store/rows';
import type { ItemSort } from '../../lib/view-model/items';
import type { ViewId } from '../../lib/view-model/tabs';
import { liveSignal } from './live';

export function createItems(
  db: StageLensDB,
  ctx: { shopId: ReadonlySignal<string | null>; view: ReadonlySignal<ViewId>; page: ReadonlySignal<PageView | null> },
) {
  const shown = computed(() => ctx.view.value === 'items');
  type Queries = typeof import('../../lib/store/item-queries');
  const q = signal<Queries | null>(null);
  void import('../../lib/store/item-queries').then((m) => void (q.value = m));
  /** the view's argument once the queries are here, else null (nothing to read yet) */
  const when = <A>(on: boolean, a: A): readonly [Queries, A] | null => (on && q.value ? ([q.value, a] as const) : null);
  const picked = signal<string | null>(null);
  const sort = signal<ItemSort>({ key: 'page', dir: 'asc' });

  const sessions = liveSignal(
    () => when(shown.value, ctx.shopId.value),
    (a) => (a?.[1] ? a[0].sessionsWithItems(db, a[1]) : Promise.resolve([])),
    [] as SessionRow[],
  );
  const sessionId = computed<string | null>(() => {
    const list = sessions.value.value;
    const p = picked.value;
    return p && list.some((s) => s.id === p) ? p : (list[0]?.id ?? null);
  });
  const session = liveSignal(
    () => when(shown.value, sessionId.value),
    (a) => (a?.[1] ? a[0].sessionItems(db, a[1]) : Promise.resolve(null)),
    null as SessionItems | null,
  );
  const ledger = liveSignal(
    () => when(shown.value, ctx.shopId.value),
    (a) => (a?.[1] ? a[0].ledgerInput(db, a[1]) : Promise.resolve(null)),
    null as LedgerInput | null,
  );
  const none: PageItems = { sessionId: null, items: [] };
  const onPage = liveSignal(
    () => when(ctx.view.value === 'now', ctx.page.value),
    (a) => (a ? a[0].pageItems(db, a[1]) : Promise.resolve(none)),
    none,
  );

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
      picked,
      sort,
      sessions: sessions.value,
      session: session.value,
      ledger: ledger.value,
      onPage: onPage.value,
      loading: computed(() => q.value === null || sessions.loading.value || session.loading.value),
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
