/**
 * The store's side of "one shop, many backends": reading and writing the links between backend
 * accounts and the seller's shops. What the links should be is decided in lib/shops/join.ts;
 * this file only reads rows, calls it, and writes the result (one transaction each).
 */
import { Dexie } from 'dexie';
import {
  groupShops,
  planAssign,
  planMerge,
  planSplit,
  relink,
  suggestions,
  undoMoves,
  type Link,
  type Move,
  type ShopGroup,
  type Suggestion,
} from '../shops/join';
import { roomOfSessionId } from '../shops/sessions';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import type { LinkLogRow } from './rows';

/**
 * Link the accounts that have no link yet or still wait for one. Call inside a rw transaction
 * over shops and links (ingest calls it when it stored a new account or one still pending, the
 * import after merging accounts). Reads every account: StageLens holds tens, not thousands.
 */
export async function linkAccounts(db: StageLensDB): Promise<number> {
  const [accounts, links] = await Promise.all([db.shops.toArray(), db.links.toArray()]);
  const changed = relink(accounts, links);
  if (changed.length) await db.links.bulkPut(changed);
  return changed.length;
}

/** Does ingest need to (re)link this account: new, or still waiting? */
export async function needsLink(db: StageLensDB, account: string): Promise<boolean> {
  const l = await db.links.get(account);
  return !l || l.how === 'pending';
}

/** Every shop with its accounts, most recently seen first. */
export async function shopGroups(db: StageLensDB): Promise<ShopGroup[]> {
  const [accounts, links] = await Promise.all([db.shops.toArray(), db.links.toArray()]);
  return groupShops(accounts, links);
}

/** The accounts of shop `shop` (itself when it has no links: an account not yet linked). */
export async function accountsOf(db: StageLensDB, shop: string): Promise<string[]> {
  const ids = (await db.links.where('shop').equals(shop).primaryKeys()) as string[];
  return ids.length ? ids.sort() : [shop];
}

/** The shop account `account` belongs to. */
export const shopOf = async (db: StageLensDB, account: string): Promise<string> => (await db.links.get(account))?.shop ?? account;

/** The live rooms (session keys) each account showed: the evidence behind 'same-room' questions.
 *  Primary keys only (`${account}|${key}`), not the rows: the panel asks this on every change. */
async function roomsByAccount(db: StageLensDB): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  for (const id of (await db.sessions.toCollection().primaryKeys()) as string[]) {
    const r = roomOfSessionId(id);
    if (!r) continue;
    const { account, room } = r;
    const set = out.get(account) ?? new Set<string>();
    set.add(room);
    out.set(account, set);
  }
  return out;
}

/** The questions for the user (lib/shops/join.ts suggestions), pairs said apart left out. */
export async function shopQuestions(db: StageLensDB): Promise<Suggestion[]> {
  const [groups, rooms, log] = await Promise.all([shopGroups(db), roomsByAccount(db), db.linkLog.toArray()]);
  const apart = log.filter((e) => e.kind === 'apart' && e.undone === null && e.pair).map((e) => e.pair!);
  return suggestions(groups, rooms, apart);
}

async function apply(db: StageLensDB, kind: LinkLogRow['kind'], plan: (links: Link[]) => Move[], now: number, pair?: [string, string]): Promise<number | null> {
  return storeWrite('links', () =>
    db.transaction('rw', [db.links, db.linkLog], async () => {
      const moves = plan(await db.links.toArray());
      if (!moves.length && kind !== 'apart') return null;
      await db.links.bulkPut(moves.map((m) => ({ id: m.id, shop: m.to.shop, how: m.to.how, at: now })));
      const row: Omit<LinkLogRow, 'id'> = { at: now, kind, moves, undone: null, ...(pair ? { pair } : {}) };
      return (await db.linkLog.add(row as LinkLogRow)) as number;
    }),
  );
}

/** Shop `from` joins shop `into`. Returns the log entry to undo it, null when nothing moved. */
export const mergeShops = (db: StageLensDB, into: string, from: string, now = Date.now()) => apply(db, 'merge', (links) => planMerge(links, into, from), now);

/** Account `account` leaves its shop for one of its own. */
export const splitAccount = (db: StageLensDB, account: string, now = Date.now()) => apply(db, 'split', (links) => planSplit(links, account), now);

/** The user's answer to "which shop is this account?": `shop`, or its own (`shop` = `account`). */
export const assignAccount = (db: StageLensDB, account: string, shop: string, now = Date.now()) =>
  apply(db, 'assign', (links) => planAssign(links, account, shop), now);

/** The user says shops `a` and `b` are different: the same-room question is not asked again. */
export const keepApart = (db: StageLensDB, a: string, b: string, now = Date.now()) => apply(db, 'apart', () => [], now, [a, b]);

/**
 * Undo one logged change: its links go back to where they were, if nothing moved them since
 * (a later change to the same account wins; the undo then changes nothing and says so).
 */
export async function undoLinkChange(db: StageLensDB, logId: number, now = Date.now()): Promise<'undone' | 'gone' | 'moved'> {
  return storeWrite('links', () =>
    db.transaction('rw', [db.links, db.linkLog], async () => {
      const entry = await db.linkLog.get(logId);
      if (!entry || entry.undone !== null) return 'gone';
      const back = undoMoves(entry.moves);
      const now_ = await db.links.bulkGet(back.map((m) => m.id));
      const stale = back.some((m, i) => now_[i]?.shop !== m.from.shop || now_[i]?.how !== m.from.how);
      if (stale) return 'moved';
      await db.links.bulkPut(back.map((m) => ({ id: m.id, shop: m.to.shop, how: m.to.how, at: now })));
      await db.linkLog.update(logId, { undone: now });
      return 'undone';
    }),
  );
}

/** The user's changes, newest first (the Data view offers to undo the ones that still hold). */
export const linkLog = (db: StageLensDB, limit = 20): Promise<LinkLogRow[]> =>
  db.linkLog.where('at').between(Dexie.minKey, Dexie.maxKey).reverse().limit(limit).toArray();

export type { ShopGroup, Suggestion } from '../shops/join';
