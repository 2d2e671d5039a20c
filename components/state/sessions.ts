/**
 * The Sessions view: filters (platform, dates, title search), the filtered list, and the sessions
 * picked for comparison (in the order they were picked: the first is the baseline).
 */
import { computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import { sessionsForShop, type SessionFilter, type ShopSession } from '../../lib/store/queries';
import { dayBound } from '../../lib/format/time';
import { liveSignal } from './live';

export const PAGE_SIZE = 50;

export function createSessions(db: StageLensDB, shopId: ReadonlySignal<string | null>, all: ReadonlySignal<ShopSession[]>) {
  const platform = signal('');
  const from = signal('');
  const to = signal('');
  const search = signal('');
  const shown = signal(PAGE_SIZE);
  const selected = signal<string[]>([]);

  const filter = computed<SessionFilter>(() => {
    const f: SessionFilter = {};
    const a = dayBound(from.value);
    const b = dayBound(to.value, true);
    if (a !== null) f.from = a;
    if (b !== null) f.to = b;
    if (platform.value) f.platform = platform.value;
    if (search.value.trim()) f.search = search.value;
    return f;
  });
  const list = liveSignal(
    () => [shopId.value, filter.value] as const,
    ([id, f]) => (id ? sessionsForShop(db, id, f) : Promise.resolve([])),
    [] as ShopSession[],
  );
  const visible = computed(() => list.value.value.slice(0, shown.value));
  const selectedRows = computed(() => {
    const byId = new Map(all.value.map((s) => [s.id, s]));
    return selected.value.map((id) => byId.get(id)).filter((s): s is ShopSession => s !== undefined);
  });
  // a session several backends showed counts for each of them
  const platforms = computed(() => [...new Set(all.value.flatMap((s) => s.platforms))].sort());

  // a new shop: the old picks mean nothing there
  let lastShop = shopId.peek();
  const stop = effect(() => {
    const id = shopId.value;
    if (id !== lastShop) {
      lastShop = id;
      selected.value = [];
      shown.value = PAGE_SIZE;
    }
  });

  return {
    signals: { platform, from, to, search, shown, selected, list: list.value, loading: list.loading, error: list.error },
    computed: { filter, visible, selectedRows, platforms },
    actions: {
      toggle(id: string) {
        selected.value = selected.value.includes(id) ? selected.value.filter((x) => x !== id) : [...selected.value, id];
      },
      /** make this session the baseline (first) of the comparison */
      makeFirst(id: string) {
        if (selected.value.includes(id)) selected.value = [id, ...selected.value.filter((x) => x !== id)];
      },
      clear: () => void (selected.value = []),
      more: () => void (shown.value += PAGE_SIZE),
      resetFilters() {
        platform.value = '';
        from.value = '';
        to.value = '';
        search.value = '';
      },
    },
    dispose() {
      list.dispose();
      stop();
    },
  };
}
