/**
 * Store one validated PageCapture (parse it with lib/capture/schema.ts first).
 *
 * - Account: `${platform}:${shopKey}` with shopKey = shop.id ?? shop.name ?? '_default' (a backend
 *   that shows no account — most single-shop dashboards — files everything under '_default').
 *   Everything is filed under the account; which seller's shop the account belongs to is its
 *   link (./links.ts, lib/shops/join.ts), made here when the account is new or still waiting.
 * - Scopes: readings with scope 'page' belong to capture.session when there is one, else to the
 *   shop-level page; any other scope is the row key of a session in capture.sessions.
 * - One capture row per scope, written only when it differs (content hash) from the previous
 *   row of the same page, period and scope; a re-read of an unchanged page adds no row.
 * - A session's `latest` takes every reading that differs from what it holds (unless an older
 *   capture arrives late). On live pages, a time-series point is appended for each metric whose
 *   value differs from the session's previous point; missing (null) values add no point.
 * - Item rows (products, plans) and explanation segments: ./items.ts.
 * - Everything happens in one rw transaction: concurrent ingests of the same page are
 *   serialised by IndexedDB, so the second sees the first's row and stores nothing.
 */
import type { PageCapture, Reading, SessionRef } from '../capture/types';
import type { MetricId } from '../metrics/catalog';
import { Dexie } from 'dexie';
import { ingestTables, type StageLensDB } from './db';
import { storeWrite } from './errors';
import { contentHash } from './hash';
import { pageKeyOf, streamOf, urlKeyOf } from './pagekey';
import type { CaptureRow, SessionRow, ShopRow, StoredMissed, StoredReading, StoredUnknown, StoredValue } from './rows';
import { valueRowsOf } from './values';
import { ingestItems, type ItemIngestResult } from './items';
import { linkAccounts, needsLink } from './links';

export interface IngestOptions {
  /** the page is live (big screen / console); defaults to capture.session?.live */
  live?: boolean;
}

export interface IngestResult {
  /** capture rows written */
  stored: number;
  /** scopes whose content equalled the previous capture: nothing written */
  unchanged: number;
  /** time-series points appended */
  points: number;
  /** ids of the sessions this capture named */
  sessions: string[];
  shopId: string;
  /** item rows stored, explanation segments opened and closed (./items.ts) */
  items: ItemIngestResult;
}

export const shopKeyOf = (c: Pick<PageCapture, 'shop'>): string => c.shop?.id ?? c.shop?.name ?? '_default';
export const shopIdOf = (platform: string, shopKey: string): string => `${platform}:${shopKey}`;
export const sessionIdOf = (shopId: string, key: string): string => `${shopId}|${key}`;

interface Group {
  scope: string;
  sessionKey: string | null;
  readings: StoredReading[];
  missed: StoredMissed[];
  unknown: StoredUnknown[];
}

const toStored = ({ scope: _s, ...r }: Reading): StoredReading => r;

function groupByScope(c: PageCapture): Group[] {
  const groups = new Map<string, Group>();
  const get = (scope: string): Group => {
    let g = groups.get(scope);
    if (!g) {
      g = { scope, sessionKey: scope === 'page' ? (c.session?.key ?? null) : scope, readings: [], missed: [], unknown: [] };
      groups.set(scope, g);
    }
    return g;
  };
  for (const r of c.captures) get(r.scope).readings.push(toStored(r));
  for (const { scope, ...m } of c.missed) get(scope).missed.push(m);
  for (const { scope, ...u } of c.unknown) get(scope).unknown.push(u);
  return [...groups.values()];
}

function fillRef(a: SessionRef, b: SessionRef): SessionRef {
  const out: SessionRef = { key: a.key };
  for (const k of ['title', 'timeText', 'start', 'end'] as const) {
    const v = a[k] ?? b[k];
    if (v !== undefined) out[k] = v;
  }
  const live = a.live ?? b.live;
  if (live !== undefined) out.live = live;
  return out;
}

/** The session refs by key: the page's own session first, then table rows; later fields fill gaps. */
function refsByKey(c: PageCapture): Map<string, SessionRef> {
  const refs = new Map<string, SessionRef>();
  for (const ref of [...(c.session ? [c.session] : []), ...c.sessions]) {
    const had = refs.get(ref.key);
    refs.set(ref.key, had ? fillRef(had, ref) : ref);
  }
  return refs;
}

const parseTime = (iso: string | undefined): number | null => {
  if (iso === undefined) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
};

function mergeSession(prev: SessionRow | undefined, ref: SessionRef, shopId: string, platform: string, at: number): SessionRow {
  const start = parseTime(ref.start) ?? prev?.start ?? null;
  const firstSeen = Math.min(prev?.firstSeen ?? at, at);
  return {
    id: sessionIdOf(shopId, ref.key),
    shopId,
    platform,
    key: ref.key,
    title: ref.title ?? prev?.title ?? null,
    start,
    end: parseTime(ref.end) ?? prev?.end ?? null,
    timeText: ref.timeText ?? prev?.timeText ?? null,
    // a row that says nothing about live keeps what we knew; an older capture does not overwrite
    live: ref.live !== undefined && at >= (prev?.lastSeen ?? 0) ? ref.live : (prev?.live ?? ref.live ?? false),
    t: start ?? firstSeen,
    firstSeen,
    lastSeen: Math.max(prev?.lastSeen ?? at, at),
    latest: prev?.latest ?? {},
  };
}

const sameValue = (v: StoredValue, r: StoredReading): boolean =>
  v.value === r.value && v.text === r.text && v.unit === r.unit && v.source === r.source && v.qualifier === r.qualifier;

function storedValue(r: StoredReading, at: number): StoredValue {
  const v: StoredValue = { value: r.value, unit: r.unit, source: r.source, text: r.text, at };
  if (r.qualifier !== undefined) v.qualifier = r.qualifier;
  return v;
}

export function ingestCapture(db: StageLensDB, capture: PageCapture, opts: IngestOptions = {}): Promise<IngestResult> {
  const live = opts.live ?? capture.session?.live ?? false;
  const { platform, page, url, period, capturedAt: at } = capture;
  const shopKey = shopKeyOf(capture);
  const shopId = shopIdOf(platform, shopKey);
  const urlKey = urlKeyOf(url);
  const pageKey = pageKeyOf(platform, page, url);
  const refs = refsByKey(capture);
  const groups = groupByScope(capture);
  // a scope with readings but no listed row still gets a (bare) session
  for (const g of groups) if (g.sessionKey !== null && !refs.has(g.sessionKey)) refs.set(g.sessionKey, { key: g.sessionKey });

  return storeWrite('ingest', () =>
    db.transaction('rw', ingestTables(db), async () => {
      const result: IngestResult = { stored: 0, unchanged: 0, points: 0, sessions: [], shopId, items: { items: 0, opened: 0, closed: 0 } };

      const prevShop = await db.shops.get(shopId);
      const shop: ShopRow = {
        id: shopId,
        platform,
        shopKey,
        name: capture.shop?.name ?? prevShop?.name ?? null,
        firstSeen: Math.min(prevShop?.firstSeen ?? at, at),
        lastSeen: Math.max(prevShop?.lastSeen ?? at, at),
      };
      await db.shops.put(shop);
      // a new account, or one still waiting for its shop: link it (lib/shops/join.ts)
      if (!prevShop || prevShop.name !== shop.name || (await needsLink(db, shopId))) await linkAccounts(db);

      const sessions = new Map<string, { row: SessionRow; prevT: number | null; touched: Set<MetricId> }>();
      for (const ref of refs.values()) {
        const id = sessionIdOf(shopId, ref.key);
        const prev = await db.sessions.get(id);
        sessions.set(ref.key, { row: mergeSession(prev, ref, shopId, platform, at), prevT: prev?.t ?? null, touched: new Set() });
        result.sessions.push(id);
      }

      for (const g of groups) {
        const s = g.sessionKey === null ? undefined : sessions.get(g.sessionKey);
        const stream = streamOf(pageKey, period, g.scope);
        const hash = contentHash(g.readings, g.missed, g.unknown);
        const before = await db.captures.where('[stream+capturedAt]').between([stream, Dexie.minKey], [stream, at], true, true).last();
        if (before?.hash === hash) {
          result.unchanged++;
        } else {
          const row: Omit<CaptureRow, 'id'> = {
            shopId,
            sessionId: s?.row.id ?? null,
            platform,
            page,
            pageKey,
            urlKey,
            url,
            period,
            stream,
            capturedAt: at,
            scope: g.scope,
            hash,
            readings: g.readings,
            missed: g.missed,
            unknown: g.unknown,
          };
          await db.captures.add(row);
          result.stored++;
        }
        if (!s) continue;

        for (const r of g.readings) {
          const prev = s.row.latest[r.metric];
          if (!prev || (at >= prev.at && !sameValue(prev, r))) {
            s.row.latest = { ...s.row.latest, [r.metric]: storedValue(r, at) };
            s.touched.add(r.metric);
          }
          if (live && r.value !== null) {
            const last = await db.points.where('[sessionId+metric+t]').between([s.row.id, r.metric, Dexie.minKey], [s.row.id, r.metric, at], true, true).last();
            if (last?.value !== r.value) {
              await db.points.add({ sessionId: s.row.id, metric: r.metric, t: at, value: r.value });
              result.points++;
            }
          }
        }
      }

      for (const { row, prevT, touched } of sessions.values()) {
        await db.sessions.put(row);
        // the values table mirrors latest; when the sort time moved, every mirrored row moves
        const moved = prevT !== null && prevT !== row.t;
        const latest = moved ? row.latest : Object.fromEntries([...touched].map((m) => [m, row.latest[m]]));
        const rows = valueRowsOf({ ...row, latest });
        if (rows.length) await db.values.bulkPut(rows);
      }

      // item rows belong to the page's own session (a console's goods panel, a session's 商品明细)
      const own = capture.session ? sessions.get(capture.session.key)?.row : undefined;
      result.items = await ingestItems(db, capture, {
        shopId,
        platform,
        pageKey,
        sessionId: own?.id ?? null,
        sessionT: own?.t ?? null,
        live,
        at,
      });
      return result;
    }),
  );
}
