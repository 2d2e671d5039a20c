/**
 * Bundled (esbuild, IIFE, Dexie included) into a plain https page: what the background does for
 * one live capture — ingestCapture (lib/store/ingest.ts) and then, because the capture added
 * points, refreshAlerts (lib/store/alerts.ts) — on a shop with past sessions, timed apart.
 *
 * Two databases, the same live session in each: `past` has the shop's past sessions (split over
 * two linked backend accounts, as refreshAlerts reads them across the shop), `none` has none (a
 * shop's first session), so the difference is what the past sessions cost.
 */
import { Dexie, RangeSet } from 'dexie';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { ingestCapture, sessionIdOf, shopIdOf } from '../../lib/store/ingest';
import { refreshAlerts } from '../../lib/store/alerts';
import { accountsOf, mergeShops, shopOf } from '../../lib/store/links';
import type { PageCapture } from '../../lib/capture/types';
import { rng } from '../lib/stats';

export interface AlertsShape {
  /** past sessions of the shop */
  pastSessions: number;
  /** minutes each past session ran: one GMV and one online point a minute */
  pastMinutes: number;
  /** live captures (5 s apart) the current session already has when timing starts */
  currentCaptures: number;
}

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 1, 12); // the current session starts here
const SHOP = '星河优选旗舰店';
// two backends of one shop: the 罗盘 big screen and the 百应 live console
const ACCOUNTS = [
  ['compass', 'live-screen', 'https://compass.jinritemai.com/screen/live/shop?live_room_id='],
  ['buyin', 'live-console', 'https://buyin.jinritemai.com/dashboard/live/control?live_room_id='],
] as const;

const reading = (metric: string, value: number, unit: string) => ({
  metric,
  label: metric,
  text: String(value),
  value,
  unit,
  scope: 'page',
  source: 'observed',
});

/** A live capture of room `room` on backend `a` at `at`, the session started at `start`. */
function liveCapture(a: (typeof ACCOUNTS)[number], room: string, start: number, at: number, gmv: number, online: number): PageCapture {
  return {
    platform: a[0],
    page: a[1],
    url: a[2] + room,
    period: null,
    capturedAt: at,
    shop: { name: SHOP },
    session: { key: room, live: true, start: new Date(start).toISOString() },
    sessions: [],
    captures: [reading('gmv', gmv, 'cny'), reading('currentOnline', online, 'count')],
    missed: [],
    unknown: [],
  } as unknown as PageCapture;
}

const CURRENT_ROOM = '7391234567890100000';
const current = (i: number) => liveCapture(ACCOUNTS[0], CURRENT_ROOM, T0, T0 + i * 5000, 1000 + i * 37, 900 + ((i * 7) % 40));

const dbs: Record<'past' | 'none', StageLensDB | null> = { past: null, none: null };
let next = 0; // the next live capture's index

async function fresh(name: string): Promise<StageLensDB> {
  const db = openDb(name);
  await db.delete();
  const d = openDb(name);
  await d.open();
  return d;
}

/**
 * Fill both databases (untimed). A past session's first minute is stored by ingestCapture (its
 * session row, account and link as the extension writes them); its other minutes' points are
 * added as the rows ingest appends ({sessionId, metric, t, value}), in one bulk write.
 */
async function seed(shape: AlertsShape): Promise<{ pastPoints: number; currentPoints: number; accounts: number; pastRows: number }> {
  const r = rng(7);
  dbs.past = await fresh('bench-alerts-past');
  dbs.none = await fresh('bench-alerts-none');
  const db = dbs.past;
  let pastPoints = 0;
  for (let s = 0; s < shape.pastSessions; s++) {
    const a = ACCOUNTS[s % ACCOUNTS.length]!;
    const room = String(7391234567890000000n + BigInt(s * 1000));
    const start = T0 - (shape.pastSessions - s) * DAY;
    const gmvAt = (m: number) => Math.round(800 * m + r() * 500);
    const onlineAt = () => 600 + Math.round(r() * 600);
    const res = await ingestCapture(db, liveCapture(a, room, start, start, gmvAt(0), onlineAt()));
    const id = sessionIdOf(res.shopId, room);
    const rows = [];
    for (let m = 1; m < shape.pastMinutes; m++) {
      const t = start + m * 60_000;
      rows.push({ sessionId: id, metric: 'gmv' as const, t, value: gmvAt(m) }, { sessionId: id, metric: 'currentOnline' as const, t, value: onlineAt() });
    }
    await db.points.bulkAdd(rows);
    pastPoints += res.points + rows.length;
  }
  // one shop: the 百应 account joins the 罗盘 one (what the user confirms in the Data view)
  await mergeShops(db, shopIdOf(ACCOUNTS[0][0], SHOP), shopIdOf(ACCOUNTS[1][0], SHOP));
  for (const d of [dbs.past, dbs.none]) for (let i = 0; i < shape.currentCaptures; i++) await ingestCapture(d, current(i));
  next = shape.currentCaptures;
  // what refreshAlerts will find: the shop's accounts, and their sessions before the current one
  const accounts = await accountsOf(db, await shopOf(db, shopIdOf(ACCOUNTS[0][0], SHOP)));
  let pastRows = 0;
  for (const acc of accounts) pastRows += await db.sessions.where('[shopId+t]').between([acc, 0], [acc, T0], true, false).count();
  return { pastPoints, currentPoints: await dbs.none.points.count(), accounts: accounts.length, pastRows };
}

/**
 * One live capture into each database, as the background handles it: ingestCapture, then
 * refreshAlerts on its session (only when it added points, which every capture here does).
 * The order of the two databases alternates sample by sample. `cold`: refreshAlerts's cache of the
 * past sessions is emptied first (by Dexie's change event, saying every point of the database
 * may have changed), so it reads every past session's points again, as it did on every capture
 * before it had the cache.
 */
async function sample(cold = false): Promise<Record<'past' | 'none', { ingestMs: number; refreshMs: number; points: number }>> {
  const c = current(next++);
  const out = {} as Record<'past' | 'none', { ingestMs: number; refreshMs: number; points: number }>;
  for (const w of next % 2 ? (['past', 'none'] as const) : (['none', 'past'] as const)) {
    const db = dbs[w]!;
    // every point of this database may have changed: its cache of past sessions is dropped
    if (cold) Dexie.on('storagemutated').fire({ [`idb://${db.name}/points/`]: new RangeSet(Dexie.minKey, Dexie.maxKey) });
    const t0 = performance.now();
    const res = await ingestCapture(db, c);
    const t1 = performance.now();
    if (res.points > 0) await refreshAlerts(db, sessionIdOf(res.shopId, CURRENT_ROOM));
    const t2 = performance.now();
    out[w] = { ingestMs: t1 - t0, refreshMs: t2 - t1, points: res.points };
  }
  return out;
}

async function cleanup(): Promise<void> {
  for (const d of [dbs.past, dbs.none]) await d?.delete();
  dbs.past = dbs.none = null;
}

(globalThis as unknown as { __slAlertsBench: unknown }).__slAlertsBench = { seed, sample, cleanup };
