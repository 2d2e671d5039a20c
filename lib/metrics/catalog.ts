/**
 * The metric catalogue: every number StageLens knows how to read, in one table.
 *
 * - `unit` is the *normalised* unit the store keeps: money in yuan, rates as fractions 0..1,
 *   durations in seconds, counts as integers, ROI as a multiplier, scores as shown.
 * - `better` says which direction is good; comparisons and advice honour it.
 * - `formula` marks a metric that can be derived from two others. A derived value is stored with
 *   `source: 'derived'`, never passed off as read.
 *
 * Adding a metric: add its id to METRIC_IDS and its row below; the Record type fails to compile
 * until the row exists.
 */
export const METRIC_IDS = [
  // live-room funnel, counts
  'impressionsUv', 'impressionsPv', 'viewers', 'views', 'productImpressionsUv', 'productClicksUv',
  'productClicks', 'buyers',
  // funnel rates
  'impressionToViewRate', 'impressionToViewRatePv', 'viewToProductImpressionRate',
  'productImpressionToClickRate', 'productClickRate', 'clickToPayRate', 'viewToPayRate',
  'impressionToPayRate', 'coverClickRate',
  // sales
  'gmv', 'netGmv', 'gpm', 'uvValue', 'aov', 'orders', 'units', 'expense', 'presaleDeposit',
  // live room
  'avgWatchSeconds', 'peakOnline', 'avgOnline', 'currentOnline', 'liveDurationSeconds',
  'liveSessions', 'liveDays',
  // fans and engagement
  'newFans', 'fanClubJoins', 'followRate', 'fanBuyerShare', 'interactionRate', 'comments',
  'negativeFeedbackRate',
  // refunds
  'refundAmount', 'refundOrders', 'refundBuyers', 'refundUnits', 'refundRate',
  // paid traffic
  'adSpend', 'roi', 'orderCost', 'trafficCouponSpend',
  // shop health
  'experienceScore', 'goodsScore', 'logisticsScore', 'serviceScore', 'badBehaviorDeduction',
  'qualityReturnRate', 'badReviewRate', 'disputeRate',
  // GMV by channel (FACT / STEPS mix)
  'channelGmvOwnLive', 'channelGmvCreators', 'channelGmvVideo', 'channelGmvProductCard',
  'channelGmvCampaign',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];
export type Unit = 'cny' | 'count' | 'ratio' | 'seconds' | 'multiplier' | 'score';
export type Better = 'higher' | 'lower' | 'neutral';
export type MetricGroup =
  | 'funnel' | 'rate' | 'sales' | 'live' | 'fans' | 'refund' | 'paid' | 'health' | 'channel';

export interface Formula {
  num: MetricId;
  den: MetricId;
  /** multiply the ratio by this (GPM is per 1,000 viewers) */
  scale?: number;
}

export interface MetricDef {
  id: MetricId;
  zh: string;
  en: string;
  unit: Unit;
  better: Better;
  group: MetricGroup;
  formula?: Formula;
}

type Row = Omit<MetricDef, 'id'>;
const r = (zh: string, en: string, unit: Unit, better: Better, group: MetricGroup, formula?: Formula): Row =>
  formula ? { zh, en, unit, better, group, formula } : { zh, en, unit, better, group };

const ROWS: Record<MetricId, Row> = {
  impressionsUv: r('直播间曝光人数', 'Room impressions (people)', 'count', 'higher', 'funnel'),
  impressionsPv: r('直播间曝光次数', 'Room impressions (times)', 'count', 'higher', 'funnel'),
  viewers: r('直播间观看人数', 'Viewers', 'count', 'higher', 'funnel'),
  views: r('观看次数', 'Views', 'count', 'higher', 'funnel'),
  productImpressionsUv: r('商品曝光人数', 'Product impressions (people)', 'count', 'higher', 'funnel'),
  productClicksUv: r('商品点击人数', 'Product clickers', 'count', 'higher', 'funnel'),
  productClicks: r('商品点击次数', 'Product clicks', 'count', 'higher', 'funnel'),
  buyers: r('成交人数', 'Buyers', 'count', 'higher', 'funnel'),

  impressionToViewRate: r('曝光-观看率(人数)', 'Impression → view rate', 'ratio', 'higher', 'rate', { num: 'viewers', den: 'impressionsUv' }),
  impressionToViewRatePv: r('曝光-观看率(次数)', 'Impression → view rate (times)', 'ratio', 'higher', 'rate', { num: 'views', den: 'impressionsPv' }),
  viewToProductImpressionRate: r('观看-商品曝光率(人数)', 'View → product impression rate', 'ratio', 'higher', 'rate', { num: 'productImpressionsUv', den: 'viewers' }),
  productImpressionToClickRate: r('商品曝光-点击率(人数)', 'Product impression → click rate', 'ratio', 'higher', 'rate', { num: 'productClicksUv', den: 'productImpressionsUv' }),
  productClickRate: r('商品点击率', 'Product click rate (of viewers)', 'ratio', 'higher', 'rate', { num: 'productClicksUv', den: 'viewers' }),
  clickToPayRate: r('商品点击-成交转化率(人数)', 'Click → pay rate', 'ratio', 'higher', 'rate', { num: 'buyers', den: 'productClicksUv' }),
  viewToPayRate: r('观看-成交转化率(人数)', 'View → pay rate', 'ratio', 'higher', 'rate', { num: 'buyers', den: 'viewers' }),
  impressionToPayRate: r('曝光-成交转化率(人数)', 'Impression → pay rate', 'ratio', 'higher', 'rate', { num: 'buyers', den: 'impressionsUv' }),
  coverClickRate: r('封面图点击率', 'Cover click rate', 'ratio', 'higher', 'rate'),

  gmv: r('用户支付金额', 'GMV (paid)', 'cny', 'higher', 'sales'),
  netGmv: r('净成交金额', 'Net GMV', 'cny', 'higher', 'sales'),
  gpm: r('千次观看用户支付金额', 'GPM (GMV per 1,000 viewers)', 'cny', 'higher', 'sales', { num: 'gmv', den: 'viewers', scale: 1000 }),
  uvValue: r('UV价值', 'Value per viewer', 'cny', 'higher', 'sales', { num: 'gmv', den: 'viewers' }),
  aov: r('客单价', 'Average order value', 'cny', 'higher', 'sales', { num: 'gmv', den: 'buyers' }),
  orders: r('成交订单数', 'Orders', 'count', 'higher', 'sales'),
  units: r('成交件数', 'Units sold', 'count', 'higher', 'sales'),
  expense: r('支出金额', 'Expense', 'cny', 'lower', 'sales'),
  presaleDeposit: r('预售下定金金额', 'Pre-sale deposits', 'cny', 'higher', 'sales'),

  avgWatchSeconds: r('人均观看时长', 'Average watch time', 'seconds', 'higher', 'live'),
  peakOnline: r('最高在线人数', 'Peak concurrent viewers', 'count', 'higher', 'live'),
  avgOnline: r('平均在线人数', 'Average concurrent viewers', 'count', 'higher', 'live'),
  currentOnline: r('实时在线人数', 'Viewers online now', 'count', 'higher', 'live'),
  liveDurationSeconds: r('直播时长', 'Live duration', 'seconds', 'neutral', 'live'),
  liveSessions: r('开播场次', 'Sessions streamed', 'count', 'higher', 'live'),
  liveDays: r('开播天数', 'Days streamed', 'count', 'higher', 'live'),

  newFans: r('新增粉丝数', 'New followers', 'count', 'higher', 'fans'),
  fanClubJoins: r('新加直播团人数', 'Fan-club joins', 'count', 'higher', 'fans'),
  followRate: r('关注率', 'Follow rate', 'ratio', 'higher', 'fans', { num: 'newFans', den: 'viewers' }),
  fanBuyerShare: r('成交粉丝占比', 'Share of buyers who are fans', 'ratio', 'neutral', 'fans'),
  interactionRate: r('互动率', 'Interaction rate', 'ratio', 'higher', 'fans'),
  comments: r('新增评论数', 'New comments', 'count', 'higher', 'fans'),
  negativeFeedbackRate: r('负反馈率', 'Negative feedback rate', 'ratio', 'lower', 'fans'),

  refundAmount: r('退款金额', 'Refunded amount', 'cny', 'lower', 'refund'),
  refundOrders: r('退款订单数', 'Refunded orders', 'count', 'lower', 'refund'),
  refundBuyers: r('退款人数', 'Refunding buyers', 'count', 'lower', 'refund'),
  refundUnits: r('退款件数', 'Refunded units', 'count', 'lower', 'refund'),
  refundRate: r('退款率', 'Refund rate (amount)', 'ratio', 'lower', 'refund', { num: 'refundAmount', den: 'gmv' }),

  adSpend: r('投放消耗', 'Paid spend', 'cny', 'neutral', 'paid'),
  roi: r('投放ROI', 'Paid ROI', 'multiplier', 'higher', 'paid'),
  orderCost: r('订单成本', 'Cost per order', 'cny', 'lower', 'paid'),
  trafficCouponSpend: r('流量券消耗', 'Traffic coupon spend', 'cny', 'neutral', 'paid'),

  experienceScore: r('店铺体验分', 'Shop experience score', 'score', 'higher', 'health'),
  goodsScore: r('商品体验分', 'Product experience score', 'score', 'higher', 'health'),
  logisticsScore: r('物流体验分', 'Logistics experience score', 'score', 'higher', 'health'),
  serviceScore: r('服务体验分', 'Service experience score', 'score', 'higher', 'health'),
  badBehaviorDeduction: r('差行为扣分', 'Bad-behaviour deduction', 'score', 'lower', 'health'),
  qualityReturnRate: r('品质退货率', 'Quality return rate', 'ratio', 'lower', 'health'),
  badReviewRate: r('差评率', 'Bad review rate', 'ratio', 'lower', 'health'),
  disputeRate: r('纠纷发起率', 'Dispute rate', 'ratio', 'lower', 'health'),

  channelGmvOwnLive: r('自营直播成交金额', 'GMV from own live room', 'cny', 'higher', 'channel'),
  channelGmvCreators: r('达人带货成交金额', 'GMV from creators', 'cny', 'higher', 'channel'),
  channelGmvVideo: r('短视频成交金额', 'GMV from short video', 'cny', 'higher', 'channel'),
  channelGmvProductCard: r('商品卡成交金额', 'GMV from product cards', 'cny', 'higher', 'channel'),
  channelGmvCampaign: r('活动成交金额', 'GMV from campaigns', 'cny', 'higher', 'channel'),
};

export const METRICS: Record<MetricId, MetricDef> = Object.fromEntries(
  METRIC_IDS.map((id) => [id, { id, ...ROWS[id] }]),
) as Record<MetricId, MetricDef>;

/** Ratios that are a part of a whole by definition, so above 1 (100 %) is impossible: buyers who
 *  are fans among buyers, bad reviews among reviews. Rates that may pass 100 % on a real page
 *  (a refund rate by amount, an interaction rate counting times) are not listed. */
export const SHARES: ReadonlySet<MetricId> = new Set<MetricId>(['fanBuyerShare', 'badReviewRate']);

export const isMetricId = (x: unknown): x is MetricId =>
  typeof x === 'string' && Object.prototype.hasOwnProperty.call(ROWS, x);

export const metricName = (id: MetricId, lang: 'zh' | 'en' = 'zh'): string => METRICS[id][lang];
