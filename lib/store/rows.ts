/**
 * The rows StageLens keeps in IndexedDB. Times are epoch milliseconds; a number shown as
 * missing on the page is stored as null, never 0.
 */
import type { Compare, Missed, Qualifier, Reading, UnknownLabel } from '../capture/types';
import type { ItemMetricId } from '../metrics/items';
import type { MetricId, Unit } from '../metrics/catalog';
import type { Link, Move } from '../shops/join';

/** A backend account as a page showed it: one per platform and shop key. The seller's shop is a
 *  set of these (v4 `links`, lib/shops/join.ts); every reading stays filed under its account. */
export interface ShopRow {
  /** `${platform}:${shopKey}` */
  id: string;
  platform: string;
  /** capture.shop.id ?? capture.shop.name ?? '_default' */
  shopKey: string;
  name: string | null;
  firstSeen: number;
  lastSeen: number;
}

/** One metric's latest number for a session. */
export interface StoredValue {
  value: number | null;
  unit: Unit;
  qualifier?: Qualifier;
  source: 'observed' | 'derived';
  /** the number as shown */
  text: string;
  /** capturedAt of the capture that last changed this value */
  at: number;
}

export interface SessionRow {
  /** `${shopId}|${key}` */
  id: string;
  shopId: string;
  platform: string;
  /** live_room_id / liveId / row key */
  key: string;
  title: string | null;
  /** epoch ms, when the page showed a readable start / end */
  start: number | null;
  end: number | null;
  timeText: string | null;
  live: boolean;
  /** sort time: start, or firstSeen when the start could not be read (null is not indexable) */
  t: number;
  firstSeen: number;
  lastSeen: number;
  latest: Partial<Record<MetricId, StoredValue>>;
}

/** A reading as kept in a capture row: the scope is the row's. */
export type StoredReading = Omit<Reading, 'scope'>;

export type StoredMissed = Omit<Missed, 'scope'>;
export type StoredUnknown = Omit<UnknownLabel, 'scope'>;

/** What one page showed for one scope at one moment; written only when it changed. */
export interface CaptureRow {
  id: number;
  shopId: string;
  /** the session the scope belongs to; null for a shop-level page */
  sessionId: string | null;
  platform: string;
  page: string;
  /** `${platform}|${page}|${urlKey}` */
  pageKey: string;
  /** the URL without volatile query parameters (lib/store/pagekey.ts) */
  urlKey: string;
  url: string;
  period: string | null;
  /** JSON [pageKey, period, scope]: the series a re-read is compared against */
  stream: string;
  capturedAt: number;
  scope: string;
  /** content hash of readings + missed + unknown */
  hash: string;
  readings: StoredReading[];
  missed: StoredMissed[];
  unknown: StoredUnknown[];
}

/** A live session's time series: one row each time a metric's value changes. */
export interface PointRow {
  id: number;
  sessionId: string;
  metric: MetricId;
  t: number;
  value: number;
}

/**
 * (v2) One metric's latest value per session, so one metric's history across sessions is an
 * index range ([shopId+metric+t]) instead of a scan of every session. Derived from
 * sessions.latest; rebuilt from it on upgrade and on import.
 */
export interface ValueRow {
  /** `${sessionId}|${metric}` */
  id: string;
  shopId: string;
  sessionId: string;
  metric: MetricId;
  /** the session's sort time */
  t: number;
  value: number | null;
  unit: Unit;
  source: 'observed' | 'derived';
  at: number;
}

export type ChecklistState = 'todo' | 'done' | 'skipped';

export interface ChecklistRow {
  /** `${shopId}|${itemId}` */
  id: string;
  shopId: string;
  itemId: string;
  state: ChecklistState;
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface LabelMapRow {
  /** `${platform}|${label}` */
  id: string;
  platform: string;
  label: string;
  metric: MetricId;
  createdAt: number;
}

/** (v3) One number of an item, as last shown. */
export interface ItemValue {
  value: number | null;
  /** the number as shown */
  text: string;
  /** capturedAt of the capture that last changed it */
  at: number;
  compare?: Compare;
}

/** (v3) An item of a shop (a product, or a 千川 ad plan), across sessions and pages. */
export interface ItemRecord {
  /** `${shopId}|${key}` */
  id: string;
  shopId: string;
  platform: string;
  /** `id:<platform id>` or `title:<title>` (lib/capture/types.ts ItemRow.key) */
  key: string;
  platformId: string | null;
  title: string | null;
  kind: 'product' | 'plan';
  firstSeen: number;
  lastSeen: number;
}

/** (v3) An item's numbers in one session (a goods panel or a session's product table), or in
 *  one period window of a shop-level page (a 近7日 product list), as last shown. */
export interface ItemStatRow {
  /** `${itemId}|s:${sessionId}` or `${itemId}|p:${pageKey}|${period}|${day}` (itemStatIdOf) */
  id: string;
  itemId: string;
  shopId: string;
  sessionId: string | null;
  pageKey: string;
  period: string | null;
  /** the session's sort time, else when the window was first seen */
  t: number;
  firstSeen: number;
  lastSeen: number;
  /** the position the page last showed for it */
  index: number | null;
  /** it was marked as being explained in the last capture that showed it */
  explaining: boolean;
  latest: Partial<Record<ItemMetricId, ItemValue>>;
}

/** (v3) While a live session ran, one item was being explained from `start` to `end`
 *  (null while it still is): the console's 讲解中 mark, as the captures saw it. */
export interface SegmentRow {
  id: number;
  sessionId: string;
  shopId: string;
  itemId: string;
  start: number;
  end: number | null;
  /** the last capture that still showed it explained */
  lastSeen: number;
}

/** (v4) Which seller's shop a backend account (a ShopRow) belongs to: lib/shops/join.ts. */
export type ShopLinkRow = Link;

/** (v4) A change the user made to the links (merge, split, pick), kept so it can be undone; or a
 *  pair of shops the user said are different ('apart'), so the question is not asked again. */
export interface LinkLogRow {
  id: number;
  at: number;
  kind: 'merge' | 'split' | 'assign' | 'apart';
  moves: Move[];
  /** 'apart': the two shops */
  pair?: [string, string];
  /** when it was undone; null while it holds */
  undone: number | null;
}

/** (v5) A live alert (lib/live/engine.ts) as stored with its session: computed again after each
 *  live capture; the same alert keeps its id, so a re-run updates it (its end), never adds one. */
export interface AlertRow {
  /** `${sessionId}|${rule}|${metric}|${firedAt}` */
  id: string;
  sessionId: string;
  shopId: string;
  rule: string;
  metric: MetricId;
  firedAt: number;
  end: number | null;
  numbers: Record<string, number>;
  /** what it was held against, when named (a band id) */
  ref?: string;
}

/** (v5) A moment the operator marked in a live session (a shortcut or the panel's buttons). */
export type MarkKind = 'luckyBag' | 'push' | 'switch' | 'link' | 'note';
export interface MarkRow {
  /** `${sessionId}|${t}` */
  id: string;
  sessionId: string;
  shopId: string;
  t: number;
  kind: MarkKind;
  /** the free note (kind 'note'), else '' */
  note: string;
}
