/**
 * The metric catalogue's core: what the page reader (the content script) needs of every metric —
 * its id, Chinese name (labels of derived readings, missed metrics), normalised unit and, for a
 * derivable ratio, its formula. English names, directions and groups, which only the panel,
 * exports and docs use, are in ./catalog.ts; everyone but lib/extract imports from there.
 *
 * - `unit` is the *normalised* unit the store keeps: money in yuan, rates as fractions 0..1,
 *   durations in seconds, counts as integers, ROI as a multiplier, scores as shown.
 * - `formula` marks a metric that can be derived from two others. A derived value is stored with
 *   `source: 'derived'`, never passed off as read.
 *
 * Adding a metric: add its id to METRIC_IDS, its row below and its row in ./catalog.ts; the
 * Record types fail to compile until both rows exist.
 */
export const METRIC_IDS = [
  // live-room funnel, counts
  'impressionsUv',
  'impressionsPv',
  'viewers',
  'views',
  'productImpressionsUv',
  'productClicksUv',
  'productClicks',
  'buyers',
  'productVisitors',
  // funnel rates
  'impressionToViewRate',
  'impressionToViewRatePv',
  'viewToProductImpressionRate',
  'productImpressionToClickRate',
  'productClickRate',
  'clickToPayRate',
  'viewToPayRate',
  'impressionToPayRate',
  'coverClickRate',
  'visitorToPayRate',
  'productClickRatePv',
  // sales
  'gmv',
  'netGmv',
  'gpm',
  'uvValue',
  'aov',
  'orders',
  'units',
  'expense',
  'presaleDeposit',
  'unitPrice',
  'productImpressionGpm',
  'gmvInclAbnormal',
  // live room
  'avgWatchSeconds',
  'peakOnline',
  'avgOnline',
  'currentOnline',
  'liveDurationSeconds',
  'liveSessions',
  'liveDays',
  // fans and engagement
  'newFans',
  'fanClubJoins',
  'followRate',
  'fanBuyerShare',
  'interactionRate',
  'comments',
  'negativeFeedbackRate',
  // refunds
  'refundAmount',
  'refundOrders',
  'refundBuyers',
  'refundUnits',
  'refundRate',
  // paid traffic
  'adSpend',
  'roi',
  'orderCost',
  'trafficCouponSpend',
  'adSpendStandard',
  'adSpendUniversal',
  'adSpendChengfang',
  'adSpendBrand',
  // shop health
  'experienceScore',
  'goodsScore',
  'logisticsScore',
  'serviceScore',
  'badBehaviorDeduction',
  'qualityReturnRate',
  'badReviewRate',
  'disputeRate',
  'goodReviewRate',
  'pickupOnTimeRate',
  'afterSaleOnTimeRate',
  'imAvgResponseSeconds',
  // GMV by channel (FACT / STEPS mix)
  'channelGmvOwnLive',
  'channelGmvCreators',
  'channelGmvVideo',
  'channelGmvProductCard',
  'channelGmvCampaign',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];
export type Unit = 'cny' | 'count' | 'ratio' | 'seconds' | 'multiplier' | 'score';

export interface Formula {
  num: MetricId;
  den: MetricId;
  /** multiply the ratio by this (GPM is per 1,000 viewers) */
  scale?: number;
}

export interface MetricCore {
  id: MetricId;
  zh: string;
  unit: Unit;
  formula?: Formula;
}

type CoreRow = Omit<MetricCore, 'id'>;
const c = (zh: string, unit: Unit, formula?: Formula): CoreRow => (formula ? { zh, unit, formula } : { zh, unit });

const CORE: Record<MetricId, CoreRow> = {
  impressionsUv: c('直播间曝光人数', 'count'),
  impressionsPv: c('直播间曝光次数', 'count'),
  viewers: c('直播间观看人数', 'count'),
  views: c('观看次数', 'count'),
  productImpressionsUv: c('商品曝光人数', 'count'),
  productClicksUv: c('商品点击人数', 'count'),
  productClicks: c('商品点击次数', 'count'),
  buyers: c('成交人数', 'count'),
  productVisitors: c('商品访客数', 'count'),

  impressionToViewRate: c('曝光-观看率(人数)', 'ratio', { num: 'viewers', den: 'impressionsUv' }),
  impressionToViewRatePv: c('曝光-观看率(次数)', 'ratio', { num: 'views', den: 'impressionsPv' }),
  viewToProductImpressionRate: c('观看-商品曝光率(人数)', 'ratio', { num: 'productImpressionsUv', den: 'viewers' }),
  productImpressionToClickRate: c('商品曝光-点击率(人数)', 'ratio', { num: 'productClicksUv', den: 'productImpressionsUv' }),
  productClickRate: c('商品点击率', 'ratio', { num: 'productClicksUv', den: 'viewers' }),
  clickToPayRate: c('商品点击-成交转化率(人数)', 'ratio', { num: 'buyers', den: 'productClicksUv' }),
  viewToPayRate: c('观看-成交转化率(人数)', 'ratio', { num: 'buyers', den: 'viewers' }),
  impressionToPayRate: c('曝光-成交转化率(人数)', 'ratio', { num: 'buyers', den: 'impressionsUv' }),
  coverClickRate: c('封面图点击率', 'ratio'),
  // 罗盘 2026 overview: 成交转化率 = 成交人数 ÷ 商品访客数; 商品点击率（PV）counts clicks, not people
  visitorToPayRate: c('成交转化率(商品访客)', 'ratio', { num: 'buyers', den: 'productVisitors' }),
  productClickRatePv: c('商品点击率(次数)', 'ratio'),

  gmv: c('用户支付金额', 'cny'),
  netGmv: c('净成交金额', 'cny'),
  gpm: c('千次观看用户支付金额', 'cny', { num: 'gmv', den: 'viewers', scale: 1000 }),
  uvValue: c('UV价值', 'cny', { num: 'gmv', den: 'viewers' }),
  aov: c('客单价', 'cny', { num: 'gmv', den: 'buyers' }),
  // 用户支付金额(含异常交易): the big screen's figure with the orders it flags as abnormal
  gmvInclAbnormal: c('用户支付金额(含异常交易)', 'cny'),
  unitPrice: c('件单价', 'cny'),
  productImpressionGpm: c('商品千次曝光成交金额', 'cny'),
  orders: c('成交订单数', 'count'),
  units: c('成交件数', 'count'),
  expense: c('支出金额', 'cny'),
  presaleDeposit: c('预售下定金金额', 'cny'),

  avgWatchSeconds: c('人均观看时长', 'seconds'),
  peakOnline: c('最高在线人数', 'count'),
  avgOnline: c('平均在线人数', 'count'),
  currentOnline: c('实时在线人数', 'count'),
  liveDurationSeconds: c('直播时长', 'seconds'),
  liveSessions: c('开播场次', 'count'),
  liveDays: c('开播天数', 'count'),

  newFans: c('新增粉丝数', 'count'),
  fanClubJoins: c('新加直播团人数', 'count'),
  followRate: c('关注率', 'ratio', { num: 'newFans', den: 'viewers' }),
  fanBuyerShare: c('成交粉丝占比', 'ratio'),
  interactionRate: c('互动率', 'ratio'),
  comments: c('新增评论数', 'count'),
  negativeFeedbackRate: c('负反馈率', 'ratio'),

  refundAmount: c('退款金额', 'cny'),
  refundOrders: c('退款订单数', 'count'),
  refundBuyers: c('退款人数', 'count'),
  refundUnits: c('退款件数', 'count'),
  refundRate: c('退款率', 'ratio', { num: 'refundAmount', den: 'gmv' }),

  adSpend: c('投放消耗', 'cny'),
  roi: c('投放ROI', 'multiplier'),
  orderCost: c('订单成本', 'cny'),
  trafficCouponSpend: c('流量券消耗', 'cny'),
  // 千川's 账户整体消耗 split by ad product (2026 overview summary cards)
  adSpendStandard: c('标准投放消耗', 'cny'),
  adSpendUniversal: c('全域投放消耗', 'cny'),
  adSpendChengfang: c('乘方计划消耗', 'cny'),
  adSpendBrand: c('品牌投放消耗', 'cny'),

  experienceScore: c('店铺体验分', 'score'),
  goodsScore: c('商品体验分', 'score'),
  logisticsScore: c('物流体验分', 'score'),
  serviceScore: c('服务体验分', 'score'),
  badBehaviorDeduction: c('差行为扣分', 'score'),
  qualityReturnRate: c('品质退货率', 'ratio'),
  badReviewRate: c('差评率', 'ratio'),
  disputeRate: c('纠纷发起率', 'ratio'),
  goodReviewRate: c('好评率', 'ratio'),
  pickupOnTimeRate: c('揽收时效达成率', 'ratio'),
  afterSaleOnTimeRate: c('售后处理时长达成率', 'ratio'),
  imAvgResponseSeconds: c('飞鸽平均响应时长', 'seconds'),

  channelGmvOwnLive: c('自营直播成交金额', 'cny'),
  channelGmvCreators: c('达人带货成交金额', 'cny'),
  channelGmvVideo: c('短视频成交金额', 'cny'),
  channelGmvProductCard: c('商品卡成交金额', 'cny'),
  channelGmvCampaign: c('活动成交金额', 'cny'),
};

export const METRIC_CORE: Record<MetricId, MetricCore> = Object.fromEntries(METRIC_IDS.map((id) => [id, { id, ...CORE[id] }])) as Record<MetricId, MetricCore>;

/** Ratios that are a part of a whole by definition, so above 1 (100 %) is impossible: buyers who
 *  are fans among buyers, bad reviews among reviews. Rates that may pass 100 % on a real page
 *  (a refund rate by amount, an interaction rate counting times) are not listed. */
export const SHARES: ReadonlySet<MetricId> = new Set<MetricId>(['fanBuyerShare', 'badReviewRate', 'goodReviewRate', 'pickupOnTimeRate', 'afterSaleOnTimeRate']);

export const isMetricId = (x: unknown): x is MetricId => typeof x === 'string' && Object.prototype.hasOwnProperty.call(CORE, x);
