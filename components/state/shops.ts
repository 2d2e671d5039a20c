/**
 * The shops in the store and the one the panel is about. The panel follows the page: when the
 * current page belongs to another shop, that shop becomes current; the picker can change it.
 */
import { computed, signal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import { shops as allShops } from '../../lib/store/queries';
import type { ShopRow } from '../../lib/store/rows';
import { liveSignal } from './live';

export function createShops(db: StageLensDB) {
  const live = liveSignal(() => null, () => allShops(db), [] as ShopRow[]);
  const picked = signal<string | null>(null);
  const current = computed<string | null>(() => {
    const list = live.value.value;
    const p = picked.value;
    if (p && list.some((s) => s.id === p)) return p;
    return list[0]?.id ?? null;
  });
  const currentRow = computed(() => live.value.value.find((s) => s.id === current.value) ?? null);
  let followed: string | null = null;

  return {
    signals: { list: live.value, picked, loading: live.loading, error: live.error },
    computed: { current, currentRow },
    actions: {
      select: (id: string) => void (picked.value = id),
      /** the page shows shop `id`: make it current once (a later pick by the user still wins) */
      follow(id: string | null) {
        if (id && id !== followed) {
          followed = id;
          picked.value = id;
        }
      },
    },
    dispose: live.dispose,
  };
}

export type Shops = ReturnType<typeof createShops>;
