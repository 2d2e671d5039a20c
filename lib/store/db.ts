/**
 * The one StageLens database. Schema strings list only the primary key and indexed fields.
 *
 * Versions (never edit a shipped version; add one):
 * - 1: shops, sessions, captures, points, checklist, settings, labelMaps.
 * - 2: `values` — one metric's latest value per session, indexed [shopId+metric+t], so the side
 *   panel's "this metric over the last N sessions" reads N rows by index instead of every
 *   session row of the shop. The upgrade fills it from sessions.latest.
 * - 3: `items` (a shop's products and ad plans), `itemStats` (an item's numbers per session or
 *   period window), `segments` (which item was being explained when, in a live session). New
 *   tables only: older data needs no change, and the upgrade leaves every row as it was.
 * - 4: `links` (which seller's shop each backend account belongs to) and `linkLog` (the user's
 *   merges, splits and picks, to undo them). The upgrade links every account already stored, as
 *   ingest would have (lib/shops/join.ts); readings stay filed under their accounts.
 * - 5: `alerts` (live alerts kept with their session, lib/live) and `marks` (moments the operator
 *   marked). New tables only, like 3.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
  AlertRow,
  CaptureRow,
  ChecklistRow,
  ItemRecord,
  ItemStatRow,
  LabelMapRow,
  LinkLogRow,
  MarkRow,
  PointRow,
  SegmentRow,
  SessionRow,
  SettingRow,
  ShopLinkRow,
  ShopRow,
  ValueRow,
} from './rows';
import { valueRowsOf } from './values';
import { withPreUpgradeCopy } from './pre-upgrade';
import { relink } from '../shops/join';

const SCHEMA_V1 = {
  shops: 'id, lastSeen',
  // [shopId+t]: a shop's sessions by time; lastSeen: retention of whole sessions
  sessions: 'id, [shopId+t], lastSeen',
  // [pageKey+capturedAt] / [urlKey+capturedAt]: latest capture of a page;
  // [stream+capturedAt]: dedupe against the previous capture of the same page/period/scope
  captures: '++id, shopId, sessionId, capturedAt, [pageKey+capturedAt], [urlKey+capturedAt], [stream+capturedAt]',
  points: '++id, t, [sessionId+metric+t]',
  checklist: 'id, shopId',
  settings: 'key',
  labelMaps: 'id, platform',
} as const;

const SCHEMA_V2 = {
  values: 'id, sessionId, [shopId+metric+t]',
} as const;

const SCHEMA_V3 = {
  items: 'id, shopId, lastSeen',
  // sessionId: a session's items; [shopId+t]: a shop's item numbers over time; itemId: one item's ledger
  itemStats: 'id, itemId, sessionId, [shopId+t]',
  segments: '++id, sessionId, itemId',
} as const;

const SCHEMA_V4 = {
  // shop: a shop's accounts
  links: 'id, shop',
  linkLog: '++id, at',
} as const;

const SCHEMA_V5 = {
  alerts: 'id, sessionId',
  marks: 'id, sessionId',
} as const;

export class StageLensDB extends Dexie {
  shops!: EntityTable<ShopRow, 'id'>;
  sessions!: EntityTable<SessionRow, 'id'>;
  captures!: EntityTable<CaptureRow, 'id'>;
  points!: EntityTable<PointRow, 'id'>;
  values!: EntityTable<ValueRow, 'id'>;
  checklist!: EntityTable<ChecklistRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  labelMaps!: EntityTable<LabelMapRow, 'id'>;
  items!: EntityTable<ItemRecord, 'id'>;
  itemStats!: EntityTable<ItemStatRow, 'id'>;
  segments!: EntityTable<SegmentRow, 'id'>;
  links!: EntityTable<ShopLinkRow, 'id'>;
  linkLog!: EntityTable<LinkLogRow, 'id'>;
  alerts!: EntityTable<AlertRow, 'id'>;
  marks!: EntityTable<MarkRow, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const sessions = (await tx.table('sessions').toArray()) as SessionRow[];
        await tx.table('values').bulkPut(sessions.flatMap(valueRowsOf));
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const accounts = (await tx.table('shops').toArray()) as ShopRow[];
        await tx.table('links').bulkPut(relink(accounts, []));
      });
    this.version(5).stores(SCHEMA_V5);
  }
}

export const DB_NAME = 'stagelens';

// every open that upgrades keeps a copy of the old data until it succeeded (./pre-upgrade.ts)
export const openDb = (name: string = DB_NAME): StageLensDB => withPreUpgradeCopy(new StageLensDB(name));

/** The tables `ingestCapture` writes, in one transaction. */
export const ingestTables = (db: StageLensDB) => [db.shops, db.links, db.sessions, db.captures, db.points, db.values, db.items, db.itemStats, db.segments];

export const allTables = (db: StageLensDB) => [
  db.shops,
  db.sessions,
  db.captures,
  db.points,
  db.values,
  db.checklist,
  db.settings,
  db.labelMaps,
  db.items,
  db.itemStats,
  db.segments,
  db.links,
  db.linkLog,
  db.alerts,
  db.marks,
];
