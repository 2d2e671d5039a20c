/**
 * Past live sessions' histories for the live alerts (./alerts.ts), kept between captures: a big
 * screen sends one every 5 s and the past does not move, but reading 20 past sessions' points at
 * every capture cost ~10× the capture's own ingest (`npm run bench`: alerts.refreshColdVsIngest).
 * Which sessions are past, across which linked accounts, and their starts are still read at every
 * capture by the caller (cheap); only their points are kept here.
 *
 * An entry is dropped when Dexie says a write may have touched its points (its `storagemutated`
 * event, fired at commit for writes in this context and, through Dexie's BroadcastChannel, for
 * the side panel's, such as a backup import): an add or a put in the session's index range, or a
 * delete or put of one of the rows it was built from (retention). `epoch` counts those events, so
 * a read that overlapped a write is not kept. Limit: a write from another context is seen when
 * its broadcast arrives; a capture handled in between still uses the entry from before it.
 */
import { Dexie, RangeSet, rangesOverlap, type ObservabilitySet } from 'dexie';
import type { StageLensDB } from './db';
import { HISTORY_METRICS, type PastSession } from '../live/rules';
import type { Pt } from '../live/timeline';
import type { MetricId } from '../metrics/catalog';

/** One metric's points of a session, by index, ascending. */
export const metricPoints = (db: StageLensDB, sessionId: string, m: MetricId) =>
  db.points.where('[sessionId+metric+t]').between([sessionId, m, Dexie.minKey], [sessionId, m, Dexie.maxKey], true, true).toArray();

/** A past session's points of the history metrics, and when it ran until (its last such point). */
type History = Pick<PastSession, 'end' | 'series'>;

/** One session's history, with what says when it is stale. */
interface Cached {
  history: History | null;
  /** the session's [sessionId+metric+t] ranges of the history metrics */
  range: RangeSet;
  /** the primary keys of the points it was built from */
  ids: RangeSet;
}
/** One database's entries (least recently used first) and its count of change events. */
interface Cache {
  epoch: number;
  sessions: Map<string, Cached>;
}
/** By database name: Dexie's events name the database, not the instance. */
const caches = new Map<string, Cache>();
/** Sessions kept per database: the pasts of a few shops live at once; least recently used go first. */
const CACHED_SESSIONS = 80; // four shops' PAST_SESSIONS (./alerts.ts)
let listening = false;

function cacheOf(db: StageLensDB): Cache {
  if (!listening) {
    Dexie.on('storagemutated', forget);
    listening = true;
  }
  let c = caches.get(db.name);
  if (!c) caches.set(db.name, (c = { epoch: 0, sessions: new Map() }));
  return c;
}

/** Dexie's change event: drop the entries whose points the write may have touched. */
function forget(parts: ObservabilitySet): void {
  for (const [name, cache] of caches) {
    const table = `idb://${name}/points/`;
    const index = parts[`${table}[sessionId+metric+t]`],
      keys = parts[table],
      dels = parts[`${table}:dels`];
    if (!parts.all && !index && !keys && !dels) continue;
    cache.epoch++;
    for (const [id, c] of cache.sessions) {
      const hit = parts.all || (index && rangesOverlap(index, c.range)) || (keys && rangesOverlap(keys, c.ids)) || (dels && rangesOverlap(dels, c.ids));
      if (hit) cache.sessions.delete(id);
    }
  }
}

function trim(cache: Cache): void {
  for (const id of cache.sessions.keys()) {
    if (cache.sessions.size <= CACHED_SESSIONS) break;
    cache.sessions.delete(id);
  }
}

/** Session `sessionId`'s history: its points of the history metrics and its last such point's
 *  time, null when it has none. */
export async function pastHistory(db: StageLensDB, sessionId: string): Promise<History | null> {
  const cache = cacheOf(db);
  const had = cache.sessions.get(sessionId);
  if (had) {
    cache.sessions.delete(sessionId); // put back last: the Map's order is the use order
    cache.sessions.set(sessionId, had);
    return had.history;
  }
  const epoch = cache.epoch;
  const range = new RangeSet();
  const ids = new RangeSet();
  const series: Partial<Record<MetricId, Pt[]>> = {};
  let end = -Infinity;
  for (const m of HISTORY_METRICS) {
    range.add({ from: [sessionId, m, Dexie.minKey], to: [sessionId, m, Dexie.maxKey] }); // what metricPoints reads
    const pts = await metricPoints(db, sessionId, m);
    ids.addKeys(pts.map((p) => p.id));
    if (!pts.length) continue;
    series[m] = pts.map((p) => ({ t: p.t, value: p.value }));
    end = Math.max(end, pts[pts.length - 1]!.t);
  }
  const history = end > -Infinity ? { end, series } : null;
  if (cache.epoch === epoch) {
    cache.sessions.set(sessionId, { history, range, ids });
    trim(cache);
  }
  return history;
}
