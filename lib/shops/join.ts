/**
 * One shop, many backends: which seller's shop a backend account belongs to. Pure: no store, no
 * DOM; lib/store/links.ts reads the rows, calls these and writes what they decide.
 *
 * An account is what a backend page showed (lib/store/rows.ts ShopRow: `${platform}:${shopKey}`);
 * a shop is a set of accounts, known by the id of the account that founded it. Every reading
 * stays filed under its account, so joining, splitting and undoing move links only: nothing
 * recorded is rewritten or lost.
 *
 * How a new (or still pending) account is linked — `decide`, in this order:
 * 1. same shop id: another account with the same kind of id (lib/platforms/accounts.ts `ids`:
 *    罗盘 and 抖店 share the 店铺ID) showed the same id → that shop;
 * 2. same shop name: a shop of the same company has an account with the same name, and nothing
 *    contradicts it (an account with the same kind of id showing another id or another name)
 *    → that shop;
 * 3. named, no match → a new shop of its own (it is a shop the page named, not a fragment);
 * 4. unnamed on a 'shop' backend: the company's only shop, when StageLens knows exactly one and
 *    nothing contradicts it; with an id of its own that no known shop can be → a shop of its own
 *    (the id names it);
 * 5. everything else waits for the user ('pending'): it is shown apart, marked as waiting, and
 *    offered as a question (`suggestions`) — never silently a new shop.
 * Two or more shops matching in steps 1–2 also wait for the user.
 */
import { accountKindOf, companyOf, idSpaceOf } from '../platforms/accounts';

export interface Account {
  /** `${platform}:${shopKey}` */
  id: string;
  platform: string;
  /** the shop id the page showed, else the name, else '_default' */
  shopKey: string;
  name: string | null;
  firstSeen: number;
}

/** Why an account is in its shop. */
export type LinkHow =
  | 'self' // founded its own shop
  | 'id' // same shop id as an account of the shop
  | 'name' // same shop name, nothing contradicting
  | 'only' // unnamed page of a shop backend, the company's only shop
  | 'user' // the user picked, merged or split
  | 'pending'; // waiting for the user: shown on its own until then

export interface Link {
  /** the account's id */
  id: string;
  /** the shop: the id of the account that founded it */
  shop: string;
  how: LinkHow;
  /** epoch ms of the user's decision; 0 for an automatic one, so that a user's decision on any
   *  device wins over it when the team folder merges links last-writer-wins on this time */
  at: number;
}

export interface Linked {
  account: Account;
  link: Link;
}

export const UNNAMED_KEY = '_default';

/** The shop id the page showed, if the account is keyed by one (not by its name, not unnamed). */
export const ownIdOf = (a: Account): string | null => (a.shopKey !== UNNAMED_KEY && a.shopKey !== a.name ? a.shopKey : null);

/**
 * Names compared as the user would: full-width forms folded, spaces and case ignored. A shop name
 * is text, not a number, so this is Unicode's own compatibility fold (NFKC) rather than the
 * number grammar's fold table (lib/parse/grammar.ts), which folds only what numbers are written with.
 */
export const sameName = (a: string, b: string): boolean => fold(a) === fold(b);
const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

interface Group {
  shop: string;
  members: Account[];
}

/** The settled shops (pending accounts are no shop to join) of one company, but `self`'s own. */
function shopsOf(company: string, others: readonly Linked[], self: string): Group[] {
  const groups = new Map<string, Group>();
  for (const { account, link } of others) {
    if (link.how === 'pending' || account.id === self || companyOf(account.platform) !== company) continue;
    const g = groups.get(link.shop) ?? { shop: link.shop, members: [] };
    g.members.push(account);
    groups.set(link.shop, g);
  }
  return [...groups.values()];
}

/** An account with the same kind of id showing another shop id or another name: not the same shop. */
function contradicts(a: Account, g: Group): boolean {
  const id = ownIdOf(a);
  const space = idSpaceOf(a.platform);
  return g.members.some((m) => {
    if (idSpaceOf(m.platform) !== space || m.id === a.id) return false;
    const mid = ownIdOf(m);
    return (id !== null && mid !== null && mid !== id) || (a.name !== null && m.name !== null && !sameName(a.name, m.name));
  });
}

export interface Decision {
  shop: string;
  how: LinkHow;
}

/** Where account `a` goes, given every other account and its link (see the file comment). */
export function decide(a: Account, others: readonly Linked[]): Decision {
  const own: Decision = { shop: a.id, how: 'self' };
  const pending: Decision = { shop: a.id, how: 'pending' };
  const shops = shopsOf(companyOf(a.platform), others, a.id);
  const fits = shops.filter((g) => !contradicts(a, g));
  const one = (gs: Group[], how: LinkHow): Decision | null => (gs.length === 1 ? { shop: gs[0]!.shop, how } : gs.length > 1 ? pending : null);

  const id = ownIdOf(a);
  if (id !== null) {
    const space = idSpaceOf(a.platform);
    const byId = one(
      fits.filter((g) => g.members.some((m) => ownIdOf(m) === id && idSpaceOf(m.platform) === space)),
      'id',
    );
    if (byId) return byId;
  }
  if (a.name !== null) {
    const name = a.name;
    return (
      one(
        fits.filter((g) => g.members.some((m) => m.name !== null && sameName(m.name, name))),
        'name',
      ) ?? own
    );
  }
  if (accountKindOf(a.platform) === 'shop') {
    if (shops.length === 1 && fits.length === 1) return { shop: fits[0]!.shop, how: 'only' };
    if (id !== null && fits.length === 0) return own;
  }
  return pending;
}

/**
 * Links for every account that has none or is still pending, oldest account first (so the first
 * page seen founds the shop). Settled links (auto or the user's) are never changed here. Returns
 * only the links that changed.
 */
export function relink(accounts: readonly Account[], links: readonly Link[]): Link[] {
  const byId = new Map(links.map((l) => [l.id, l]));
  const order = [...accounts].sort((x, y) => x.firstSeen - y.firstSeen || x.id.localeCompare(y.id));
  const changed: Link[] = [];
  // a pending account can settle once an earlier one has: go round until nothing moves
  for (let moved = true; moved; ) {
    moved = false;
    for (const a of order) {
      const had = byId.get(a.id);
      if (had && had.how !== 'pending') continue;
      const others = order.flatMap((o) => {
        const l = byId.get(o.id);
        return o.id !== a.id && l ? [{ account: o, link: l }] : [];
      });
      const d = decide(a, others);
      if (had && had.shop === d.shop && had.how === d.how) continue;
      const link: Link = { id: a.id, shop: d.shop, how: d.how, at: AUTO_AT };
      byId.set(a.id, link);
      const i = changed.findIndex((l) => l.id === a.id);
      if (i >= 0) changed[i] = link;
      else changed.push(link);
      if (d.how !== 'pending') moved = true;
    }
  }
  return changed;
}

/** The time of an automatic link (see Link.at). */
export const AUTO_AT = 0;

/** One shop as the panel shows it. */
export interface ShopGroup {
  id: string;
  /** the name its accounts showed (a shop backend's first), null when none did */
  name: string | null;
  /** its backends, in the order first seen */
  platforms: string[];
  accounts: Array<Account & { how: LinkHow; lastSeen: number }>;
  firstSeen: number;
  lastSeen: number;
  /** an account waiting for the user's pick, shown on its own */
  pending: boolean;
}

/** Accounts grouped into shops, most recently seen first. An account without a link (not yet
 *  linked: an import in progress) is shown as pending on its own. */
export function groupShops(accounts: ReadonlyArray<Account & { lastSeen: number }>, links: readonly Link[]): ShopGroup[] {
  const linkOf = new Map(links.map((l) => [l.id, l]));
  const groups = new Map<string, ShopGroup>();
  const order = [...accounts].sort((x, y) => x.firstSeen - y.firstSeen || x.id.localeCompare(y.id));
  for (const a of order) {
    const l = linkOf.get(a.id) ?? { id: a.id, shop: a.id, how: 'pending' as const, at: 0 };
    const g = groups.get(l.shop) ?? { id: l.shop, name: null, platforms: [], accounts: [], firstSeen: a.firstSeen, lastSeen: a.lastSeen, pending: false };
    g.accounts.push({ ...a, how: l.how });
    if (!g.platforms.includes(a.platform)) g.platforms.push(a.platform);
    g.firstSeen = Math.min(g.firstSeen, a.firstSeen);
    g.lastSeen = Math.max(g.lastSeen, a.lastSeen);
    groups.set(l.shop, g);
  }
  for (const g of groups.values()) {
    const named = g.accounts.filter((a) => a.name !== null);
    g.name = (named.find((a) => accountKindOf(a.platform) === 'shop') ?? named[0])?.name ?? null;
    g.pending = g.accounts.every((a) => a.how === 'pending');
  }
  return [...groups.values()].sort((x, y) => y.lastSeen - x.lastSeen || x.id.localeCompare(y.id));
}

/** A question for the user about shops StageLens would not join by itself. */
export type Suggestion =
  /** an account waiting for its shop: the company's shops, the likeliest first */
  | { kind: 'pick'; account: string; options: Array<{ shop: string; rooms: string[] }> }
  /** two shops of one company that showed the same live room: probably one shop */
  | { kind: 'same-room'; shops: [string, string]; rooms: string[] };

/**
 * The questions to ask, from the shops and the live rooms (session keys) each account showed.
 * `apart`: pairs of shops the user said are different (either order); they are not asked again.
 */
export function suggestions(
  groups: readonly ShopGroup[],
  rooms: ReadonlyMap<string, ReadonlySet<string>>,
  apart: ReadonlyArray<readonly [string, string]> = [],
): Suggestion[] {
  const roomsOf = (g: ShopGroup): Set<string> => new Set(g.accounts.flatMap((a) => [...(rooms.get(a.id) ?? [])]));
  const shared = (x: Set<string>, y: Set<string>): string[] => [...x].filter((r) => y.has(r)).sort();
  const isApart = (x: string, y: string) => apart.some(([a, b]) => (a === x && b === y) || (a === y && b === x));
  const companyOfGroup = (g: ShopGroup) => companyOf(g.accounts[0]!.platform);
  const settled = groups.filter((g) => !g.pending);
  const out: Suggestion[] = [];
  for (const g of groups) {
    if (!g.pending) continue;
    const mine = roomsOf(g);
    const options = settled
      .filter((s) => companyOfGroup(s) === companyOfGroup(g))
      .map((s) => ({ shop: s.id, rooms: shared(mine, roomsOf(s)) }))
      .sort((x, y) => y.rooms.length - x.rooms.length);
    for (const a of g.accounts) out.push({ kind: 'pick', account: a.id, options });
  }
  for (let i = 0; i < settled.length; i++) {
    for (let j = i + 1; j < settled.length; j++) {
      const x = settled[i]!;
      const y = settled[j]!;
      if (companyOfGroup(x) !== companyOfGroup(y) || isApart(x.id, y.id)) continue;
      const r = shared(roomsOf(x), roomsOf(y));
      if (r.length) out.push({ kind: 'same-room', shops: [x.id, y.id], rooms: r });
    }
  }
  return out;
}

/** One account's link before and after a user's change, so the change can be undone. */
export interface Move {
  id: string;
  from: Decision;
  to: Decision;
}

const moveOf = (l: Link, to: Decision): Move => ({ id: l.id, from: { shop: l.shop, how: l.how }, to });

/** Every account of shop `from` into shop `into`. */
export function planMerge(links: readonly Link[], into: string, from: string): Move[] {
  if (into === from) return [];
  return links.filter((l) => l.shop === from).map((l) => moveOf(l, { shop: into, how: 'user' }));
}

/** Account `id` out of its shop into one of its own; when it founded the shop, the others keep
 *  theirs under the next account's id. */
export function planSplit(links: readonly Link[], id: string): Move[] {
  const mine = links.find((l) => l.id === id);
  if (!mine) return [];
  const rest = links.filter((l) => l.shop === mine.shop && l.id !== id);
  if (!rest.length) return mine.how === 'pending' ? [moveOf(mine, { shop: id, how: 'user' })] : [];
  const moves = [moveOf(mine, { shop: id, how: 'user' })];
  if (mine.shop === id) {
    const heir = rest[0]!.id;
    for (const l of rest) moves.push(moveOf(l, { shop: heir, how: l.how }));
  }
  return moves;
}

/** A pending (or any) account into shop `shop` — the user's answer to "which shop is this?". */
export function planAssign(links: readonly Link[], id: string, shop: string): Move[] {
  const mine = links.find((l) => l.id === id);
  return mine && !(mine.shop === shop && mine.how === 'user') ? [moveOf(mine, { shop, how: 'user' })] : [];
}

/** The moves that put links back as they were before `moves`. */
export const undoMoves = (moves: readonly Move[]): Move[] => moves.map((m) => ({ id: m.id, from: m.to, to: m.from }));
