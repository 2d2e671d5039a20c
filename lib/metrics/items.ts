/**
 * The item (商品) catalogue: the numbers a page shows for one product or ad plan in a list —
 * a goods panel row (百应 中控台, 快手 中控, 淘宝 中控台), a product table (罗盘 商品明细, 快手
 * 商品列表) or a plan table (千川). Item numbers are a separate vocabulary from the page metrics
 * (./core.ts): a row's 成交金额 is that item's GMV, never the page's, and some item numbers have
 * no page counterpart (到手价, 库存, 讲解次数).
 *
 * Units are the store's normalised units (yuan, fraction 0..1, seconds, whole counts). `better`
 * says which direction is good for the panel's colours and the item advice.
 *
 * Adding an item metric: a row here, its labels in ITEM_LABELS (below), and the panel and CSV
 * pick it up.
 */
import type { Unit } from './core';

export const ITEM_METRIC_IDS = [
  'price',
  'units',
  'stock',
  'gmv',
  'orders',
  'refundAmount',
  'productImpressions',
  'productClicks',
  'productVisitors',
  'productPageViews',
  'productImpressionClickRatePv',
  'productImpressionToPayRate',
  'clickToPayRate',
  'visitorToPayRate',
  'explainCount',
  'explainSeconds',
  'adSpend',
  'roi',
  'orderCost',
  'gpm',
] as const;

export type ItemMetricId = (typeof ITEM_METRIC_IDS)[number];

export interface ItemMetricDef {
  zh: string;
  en: string;
  unit: Unit;
  better: 'higher' | 'lower' | 'neutral';
}

const d = (zh: string, en: string, unit: Unit, better: ItemMetricDef['better'] = 'higher'): ItemMetricDef => ({ zh, en, unit, better });

export const ITEM_METRICS: Record<ItemMetricId, ItemMetricDef> = {
  price: d('到手价', 'Price', 'cny', 'neutral'),
  units: d('成交件数', 'Units sold', 'count'),
  stock: d('库存', 'Stock', 'count', 'neutral'),
  gmv: d('成交金额', 'GMV', 'cny'),
  orders: d('成交订单数', 'Orders', 'count'),
  refundAmount: d('退款金额', 'Refunds', 'cny', 'lower'),
  productImpressions: d('商品曝光', 'Impressions', 'count'),
  productClicks: d('商品点击', 'Clicks', 'count'),
  productVisitors: d('商品访客数', 'Visitors', 'count'),
  productPageViews: d('商品浏览量', 'Page views', 'count'),
  productImpressionClickRatePv: d('商品点击率', 'Click rate', 'ratio'),
  productImpressionToPayRate: d('曝光成交率', 'Impression → order rate', 'ratio'),
  clickToPayRate: d('点击成交率', 'Click → order rate', 'ratio'),
  visitorToPayRate: d('成交转化率', 'Visitor → order rate', 'ratio'),
  explainCount: d('讲解次数', 'Times explained', 'count', 'neutral'),
  explainSeconds: d('讲解时长', 'Time explained', 'seconds', 'neutral'),
  adSpend: d('消耗', 'Ad spend', 'cny', 'neutral'),
  roi: d('支付ROI', 'ROI', 'multiplier'),
  orderCost: d('成交订单成本', 'Cost per order', 'cny', 'lower'),
  gpm: d('GPM', 'GPM', 'cny'),
};

/**
 * Item labels as the backends show them (after normaliseLabel: trimmed, no trailing colon,
 * full-width brackets folded) → metric. A label naming two numbers shown as `a/b` (百应
 * 售出/库存 `38/2,000`) maps to both, in order. Labels are the same words on every backend that
 * shows them, so they live here once; a backend-only spelling is listed with its backend.
 */
export const ITEM_LABELS: Record<string, ItemMetricId | readonly ItemMetricId[]> = {
  // price: 百应 到手价, 快手 售价, 淘宝 价格
  到手价: 'price',
  售价: 'price',
  价格: 'price',
  商品价格: 'price',
  直播价: 'price',
  库存: 'stock',
  剩余库存: 'stock',
  '售出/库存': ['units', 'stock'], // 百应 goods row
  已售: 'units',
  售出: 'units',
  成交件数: 'units',
  销量: 'units',
  支付件数: 'units',
  成交金额: 'gmv',
  '成交金额(元)': 'gmv',
  支付金额: 'gmv',
  用户支付金额: 'gmv',
  引导成交金额: 'gmv',
  '整体成交金额(元)': 'gmv',
  整体成交金额: 'gmv', // 千川 plans
  成交订单数: 'orders',
  支付订单数: 'orders',
  整体成交订单数: 'orders',
  退款金额: 'refundAmount',
  '退款金额(退款日)': 'refundAmount', // 快手 商品列表
  商品曝光人数: 'productImpressions',
  商品曝光次数: 'productImpressions',
  曝光人数: 'productImpressions',
  曝光次数: 'productImpressions',
  商品点击: 'productClicks',
  商品点击次数: 'productClicks',
  商品点击人数: 'productClicks',
  点击人数: 'productClicks',
  点击次数: 'productClicks',
  商品访客数: 'productVisitors',
  访客数: 'productVisitors',
  商品浏览量: 'productPageViews',
  浏览量: 'productPageViews',
  '商品点击率(PV)': 'productImpressionClickRatePv',
  商品点击率: 'productImpressionClickRatePv',
  点击率: 'productImpressionClickRatePv',
  曝光成交率: 'productImpressionToPayRate',
  曝光成交转化率: 'productImpressionToPayRate',
  点击成交率: 'clickToPayRate',
  点击成交转化率: 'clickToPayRate',
  成交转化率: 'visitorToPayRate',
  讲解次数: 'explainCount',
  讲解时长: 'explainSeconds',
  '整体消耗(元)': 'adSpend',
  整体消耗: 'adSpend',
  '消耗(元)': 'adSpend',
  消耗: 'adSpend', // 千川 plans
  整体支付ROI: 'roi',
  支付ROI: 'roi',
  '整体成交订单成本(元)': 'orderCost',
  整体成交订单成本: 'orderCost',
  'GPM(元)': 'gpm',
  GPM: 'gpm',
};

/** The metrics a label names, in the order its value shows them; [] when it names none. */
export function itemMetricsOf(label: string): readonly ItemMetricId[] {
  const m = ITEM_LABELS[label];
  return m === undefined ? [] : typeof m === 'string' ? [m] : m;
}
