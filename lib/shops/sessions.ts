/**
 * One live session, however many backends showed it: the sessions of a shop's accounts joined by
 * their live room id (a session seen on 罗盘's live detail, 百应's console and 千川's board is one
 * session). Pure: lib/store/queries.ts reads the rows and calls these.
 *
 * - Only keys that look like a platform's id join (JOINABLE_KEY): a table's row number or a title
 *   used as a key could be equal on two backends by chance.
 * - The joined session is known by the id of its member on the first account in the shop's order
 *   (the founding account first), so the same session keeps the same id as accounts join.
 * - Its numbers: per metric, the newest value any member holds, and which backend showed it.
 */
import type { MetricId } from '../metrics/catalog';
import type { SessionRow } from '../store/rows';

/** A live room / stream id: letters, digits, `_` and `-`, at least 6 of them. */
export const JOINABLE_KEY = /^[A-Za-z0-9_-]{6,}$/;

/** The live room a session key names, when it looks like one (JOINABLE_KEY); null when it cannot join. */
export const liveRoomOf = (key: string): string | null => (JOINABLE_KEY.test(key) ? key : null);

/** The account and live room of a stored session id (lib/store/ingest.ts sessionIdOf) whose key is a live room id (liveRoomOf; a room id holds no `|`, so the last `|` splits it); null for any other key. */
export function roomOfSessionId(id: string): { account: string; room: string } | null {
  const cut = id.lastIndexOf('|');
  const room = cut < 0 ? null : liveRoomOf(id.slice(cut + 1));
  return room === null ? null : { account: id.slice(0, cut), room };
}

/**
 * What a shop's sessions are grouped by: the live room, or the stored session itself when its key
 * is no room id. The one join rule: sessions, history points and the links' questions use it.
 */
export function joinKey(sessionId: string, key: string): string {
  const room = liveRoomOf(key);
  return room === null ? `id:${sessionId}` : `k:${room}`;
}

/** A shop's session as the panel shows it: one row per live room. */
export interface ShopSession extends SessionRow {
  /** the ids of the stored session rows it joins (itself alone when one backend showed it) */
  members: string[];
  /** the backends that showed it, in the shop's account order */
  platforms: string[];
  /** which backend each number in `latest` came from */
  sources: Partial<Record<MetricId, string>>;
}

/**
 * Join sessions by key. `order`: the shop's accounts, first one first (rows of accounts not in it
 * sort after). Keeps the input's set of sessions: every stored row is in exactly one result.
 */
export function joinSessions(rows: readonly SessionRow[], order: readonly string[]): ShopSession[] {
  const rank = (s: SessionRow) => {
    const i = order.indexOf(s.shopId);
    return i < 0 ? order.length : i;
  };
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b) || a.firstSeen - b.firstSeen || a.id.localeCompare(b.id));
  const groups = new Map<string, SessionRow[]>();
  for (const s of sorted) {
    const k = joinKey(s.id, s.key);
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  return [...groups.values()].map(joinOne);
}

function joinOne(members: SessionRow[]): ShopSession {
  const base = members[0]!;
  const platforms = [...new Set(members.map((m) => m.platform))];
  const sources: ShopSession['sources'] = {};
  for (const [metric, v] of Object.entries(base.latest) as Array<[MetricId, NonNullable<SessionRow['latest'][MetricId]>]>)
    if (v) sources[metric] = base.platform;
  if (members.length === 1) return { ...base, members: [base.id], platforms, sources };

  const latest: SessionRow['latest'] = { ...base.latest };
  for (const m of members.slice(1)) {
    for (const [metric, v] of Object.entries(m.latest) as Array<[MetricId, NonNullable<SessionRow['latest'][MetricId]>]>) {
      const have = latest[metric];
      if (v && (!have || v.at > have.at)) {
        latest[metric] = v;
        sources[metric] = m.platform;
      }
    }
  }
  const first = <K extends 'title' | 'timeText'>(k: K) => members.find((m) => m[k] !== null)?.[k] ?? null;
  const starts = members.flatMap((m) => (m.start === null ? [] : [m.start]));
  const ends = members.flatMap((m) => (m.end === null ? [] : [m.end]));
  const newest = members.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a));
  const firstSeen = Math.min(...members.map((m) => m.firstSeen));
  const start = starts.length ? Math.min(...starts) : null;
  return {
    ...base,
    title: first('title'),
    timeText: first('timeText'),
    start,
    end: ends.length ? Math.max(...ends) : null,
    // the backend that saw it last knows best whether it is still on air
    live: newest.live,
    t: start ?? firstSeen,
    firstSeen,
    lastSeen: newest.lastSeen,
    latest,
    members: members.map((m) => m.id),
    platforms,
    sources,
  };
}

/** The stored row ids behind a session shown in the panel (a plain row is its own). */
export const membersOf = (s: Pick<SessionRow, 'id'> & { members?: readonly string[] }): readonly string[] => s.members ?? [s.id];
