/**
 * The seller's shops (each a set of backend accounts: lib/shops/join.ts) and the one the panel is
 * about. The panel follows the page: when the current page belongs to another shop, that shop
 * becomes current; the picker can change it. The Data view asks the questions StageLens will not
 * answer by itself ("这些是同一家店吗？") and merges, splits and undoes through the actions here.
 */
import { computed, signal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import {
  assignAccount,
  keepApart,
  linkLog,
  mergeShops,
  shopGroups,
  shopQuestions,
  splitAccount,
  undoLinkChange,
  type ShopGroup,
  type Suggestion,
} from '../../lib/store/links';
import type { LinkLogRow } from '../../lib/store/rows';
import type { Errors } from './errors';
import { liveSignal } from './live';

export function createShops(db: StageLensDB, errors?: Errors) {
  const live = liveSignal(
    () => null,
    () => shopGroups(db),
    [] as ShopGroup[],
  );
  const questions = liveSignal(
    () => null,
    () => shopQuestions(db),
    [] as Suggestion[],
  );
  const log = liveSignal(
    () => null,
    () => linkLog(db),
    [] as LinkLogRow[],
  );
  const picked = signal<string | null>(null);
  /** the shop an account belongs to, as the list knows it */
  const shopOfAccount = (account: string | null): string | null =>
    account === null ? null : (live.value.value.find((g) => g.accounts.some((a) => a.id === account))?.id ?? account);
  const current = computed<string | null>(() => {
    const list = live.value.value;
    const p = picked.value;
    if (p) {
      if (list.some((s) => s.id === p)) return p;
      // the picked shop was merged into another: follow its accounts there
      const moved = shopOfAccount(p);
      if (moved && list.some((s) => s.id === moved)) return moved;
    }
    return list[0]?.id ?? null;
  });
  const currentRow = computed(() => live.value.value.find((s) => s.id === current.value) ?? null);
  let followed: string | null = null;

  /** a failed write is reported (the error banner), and answers false */
  const guard = async (write: () => Promise<unknown>): Promise<boolean> => {
    const done = async () => {
      await write();
      return true;
    };
    return errors ? (await errors.actions.guard('links', done)) === true : done();
  };

  return {
    signals: { list: live.value, picked, loading: live.loading, error: live.error, questions: questions.value, log: log.value },
    computed: { current, currentRow },
    actions: {
      select: (id: string) => void (picked.value = id),
      /** the page shows account `account`: make its shop current once (a later pick by the user still wins) */
      follow(account: string | null) {
        const id = shopOfAccount(account);
        if (id && id !== followed) {
          followed = id;
          picked.value = id;
        }
      },
      shopOfAccount,
      merge: (into: string, from: string) => guard(() => mergeShops(db, into, from)),
      split: (account: string) => guard(() => splitAccount(db, account)),
      assign: (account: string, shop: string) => guard(() => assignAccount(db, account, shop)),
      apart: (a: string, b: string) => guard(() => keepApart(db, a, b)),
      undo: (logId: number) => guard(() => undoLinkChange(db, logId)),
    },
    dispose() {
      live.dispose();
      questions.dispose();
      log.dispose();
    },
  };
}
