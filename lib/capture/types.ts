/**
 * The shape of what a content script reads from one page. Plain TypeScript (no zod) so the
 * content script stays small; the background validates the same shape with zod
 * (lib/capture/schema.ts) before anything is stored.
 */
import type { MetricId, Unit } from '../metrics/catalog';
import type { ItemMetricId } from '../metrics/items';

/** `10万+` is atLeast, `<0.01%` is below, `>99%` is above, `约1.2万` is approx. */
export type Qualifier = 'atLeast' | 'below' | 'above' | 'approx';

/** What kind of platform benchmark a number on the card is. */
export type BenchmarkKind =
  | 'peerExcellent' // 同行同级优秀值 / 同行同层优秀 (P75 of peers)
  | 'peerMedian' // 同行同级中位值 (P50)
  | 'peerAverage' // 同行同层平均
  | 'peerTop' // 同行顶尖
  | 'peerBaseline' // 同行基准 (罗盘 2026 overview): the platform's peer reference, how it is computed is not said
  | 'peerBeatShare' // 超过同行同级 X% 的商家: a share of peers, not a value of the metric
  | 'accountMedian'; // 账号中位值

export interface Compare {
  /** what the change is against, as shown: 较上一周期, 较昨日, 较上周期 … */
  basis: string;
  text: string;
  /** signed fraction (−0.052 = down 5.2 %); null when the page gives no sign we can trust */
  value: number | null;
  /** the previous period's own value, when the page shows it instead of a change (昨日 145),
   *  in the metric's unit; `value` is then the change worked out from the two */
  previous?: number | null;
}

export interface Benchmark {
  kind: BenchmarkKind;
  text: string;
  /** in the metric's unit, except peerBeatShare which is a fraction of peers */
  value: number | null;
}

export interface Reading {
  metric: MetricId;
  /** the label as shown on the page (or the formula, for derived readings) */
  label: string;
  /** the number as shown */
  text: string;
  /** normalised: yuan, fraction 0..1, seconds, integer count; null when shown as missing */
  value: number | null;
  unit: Unit;
  qualifier?: Qualifier;
  /** 'page' or the row key (session) the number belongs to */
  scope: string;
  source: 'observed' | 'derived';
  compare?: Compare;
  benchmarks?: Benchmark[];
  /** the period the label itself names (近30日成交金额, 今日用户支付金额), when it is not the
   *  page's selected one to assume */
  period?: string;
}

export interface Missed {
  metric: MetricId;
  scope: string;
  /** notFound: the adapter expected the label and it was not on the page;
   *  unreadable: the label was there but its number could not be read (text kept) */
  reason: 'notFound' | 'unreadable';
  label?: string;
  text?: string;
}

export interface UnknownLabel {
  label: string;
  text: string;
  scope: string;
}

export interface SessionRef {
  /** live_room_id / liveId / row key */
  key: string;
  title?: string;
  /** the time range as shown, e.g. `2025/07/28 22:15 ~ 01:10` */
  timeText?: string;
  /** ISO 8601 with +08:00, when the text could be read */
  start?: string;
  end?: string;
  live?: boolean;
}

export interface ShopRef {
  id?: string;
  name?: string;
}

/** One number of one item's row (../metrics/items.ts), in the item metric's unit. */
export interface ItemReading {
  metric: ItemMetricId;
  /** the label as shown (the column header, or the row's own label) */
  label: string;
  /** the number as shown; for a label naming two numbers (售出/库存 `38/2,000`), the whole text */
  text: string;
  /** normalised; null when shown as missing (`-`, `--`, `—`) */
  value: number | null;
  compare?: Compare;
}

/** One row of a list of products (goods panel, product table) or ad plans (千川 plan table). */
export interface ItemRow {
  /** `id:<platform id>` when the page shows the item's id, else `title:<title>`: two rows with
   *  the same key are the same item, two different keys are never merged */
  key: string;
  /** the platform's item / plan id, as shown (data-rbd-draggable-id, data-row-key, an ID cell) */
  id?: string;
  title?: string;
  kind: 'product' | 'plan';
  /** the position the page shows for it (goods panel 序号), not a metric */
  index?: number;
  /** the page marks it as being explained now (讲解中 / 正在讲解 / 取消讲解 / 结束讲解) */
  explaining?: boolean;
  readings: ItemReading[];
}

export interface PageCapture {
  platform: string;
  page: string;
  url: string;
  /** the selected period as shown (今日实时, 近7日 …), null when the page shows none */
  period: string | null;
  capturedAt: number;
  shop?: ShopRef;
  /** the session a detail / big-screen page is about */
  session?: SessionRef;
  /** the sessions listed as table rows */
  sessions: SessionRef[];
  captures: Reading[];
  missed: Missed[];
  unknown: UnknownLabel[];
  /** the item rows the page shows (lib/extract/items.ts); absent when it shows none. Rows of a
   *  live console or a session's detail page belong to that page's session. */
  items?: ItemRow[];
  /** the list shows only some of its items (a virtual list, a paged table): the rows read are
   *  not all there are, so nothing is concluded from an item's absence */
  itemsPartial?: boolean;
}

/** A reading the reader saw but did not read: its value sits under a loading indicator or a
 *  rolling counter (lib/extract/busy.ts). Never sent; the loop waits for it (lib/capture/settle.ts). */
export interface Held {
  metric: MetricId;
  scope: string;
  label: string;
  why: 'loading' | 'animating';
}

/** What the reader returns: the capture, plus what it held back as not settled. */
export interface PageRead extends PageCapture {
  held: Held[];
}
