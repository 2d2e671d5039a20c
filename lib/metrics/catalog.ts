/**
 * The metric catalogue: every number StageLens knows how to read, in one table.
 *
 * The reader's part (id, Chinese name, unit, formula) is ./core.ts, so the content script carries
 * no English names; this file adds what the panel, exports and docs show:
 * - `en`, the English name;
 * - `better` says which direction is good; comparisons and advice honour it;
 * - `group`, where the metric is listed.
 * Units and formulas are documented in ./core.ts.
 *
 * Adding a metric: add its id to METRIC_IDS (./core.ts), its row there and its row below; the
 * Record types fail to compile until both rows exist.
 */
import { METRIC_CORE, METRIC_IDS, type Formula, type MetricId, type Unit } from './core';

export { METRIC_IDS, SHARES, isMetricId, type Formula, type MetricCore, type MetricId, type Unit } from './core';

export type Better = 'higher' | 'lower' | 'neutral';
export type MetricGroup = 'funnel' | 'rate' | 'sales' | 'live' | 'fans' | 'refund' | 'paid' | 'health' | 'channel';

export interface MetricDef {
  id: MetricId;
  zh: string;
  en: string;
  unit: Unit;
  better: Better;
  group: MetricGroup;
  formula?: Formula;
}

type PanelRow = Pick<MetricDef, 'en' | 'better' | 'group'>;
const p = (en: string, better: Better, group: MetricGroup): PanelRow => ({ en, better, group });

const ROWS: Record<MetricId, PanelRow> = {
  impressionsUv: p('Room impressions (people)', 'higher', 'funnel'),
  impressionsPv: p('Room impressions (times)', 'higher', 'funnel'),
  viewers: p('Viewers', 'higher', 'funnel'),
  views: p('Views', 'higher', 'funnel'),
  productImpressionsUv: p('Product impressions (people)', 'higher', 'funnel'),
  productClicksUv: p('Product clickers', 'higher', 'funnel'),
  productClicks: p('Product clicks', 'higher', 'funnel'),
  buyers: p('Buyers', 'higher', 'funnel'),
  productVisitors: p('Product visitors', 'higher', 'funnel'),

  impressionToViewRate: p('Impression → view rate', 'higher', 'rate'),
  impressionToViewRatePv: p('Impression → view rate (times)', 'higher', 'rate'),
  viewToProductImpressionRate: p('View → product impression rate', 'higher', 'rate'),
  productImpressionToClickRate: p('Product impression → click rate', 'higher', 'rate'),
  productClickRate: p('Product click rate (of viewers)', 'higher', 'rate'),
  clickToPayRate: p('Click → pay rate', 'higher', 'rate'),
  viewToPayRate: p('View → pay rate', 'higher', 'rate'),
  impressionToPayRate: p('Impression → pay rate', 'higher', 'rate'),
  coverClickRate: p('Cover click rate', 'higher', 'rate'),
  visitorToPayRate: p('Visitor → pay rate', 'higher', 'rate'),
  productClickRatePv: p('Product click rate (times)', 'higher', 'rate'),

  gmv: p('GMV (paid)', 'higher', 'sales'),
  netGmv: p('Net GMV', 'higher', 'sales'),
  gpm: p('GPM (GMV per 1,000 viewers)', 'higher', 'sales'),
  uvValue: p('Value per viewer', 'higher', 'sales'),
  aov: p('Average order value', 'higher', 'sales'),
  orders: p('Orders', 'higher', 'sales'),
  units: p('Units sold', 'higher', 'sales'),
  expense: p('Expense', 'lower', 'sales'),
  presaleDeposit: p('Pre-sale deposits', 'higher', 'sales'),
  unitPrice: p('Average price per unit', 'neutral', 'sales'),
  productImpressionGpm: p('GMV per 1,000 product impressions', 'higher', 'sales'),
  gmvInclAbnormal: p('GMV incl. flagged orders', 'higher', 'sales'),

  avgWatchSeconds: p('Average watch time', 'higher', 'live'),
  peakOnline: p('Peak concurrent viewers', 'higher', 'live'),
  avgOnline: p('Average concurrent viewers', 'higher', 'live'),
  currentOnline: p('Viewers online now', 'higher', 'live'),
  liveDurationSeconds: p('Live duration', 'neutral', 'live'),
  liveSessions: p('Sessions streamed', 'higher', 'live'),
  liveDays: p('Days streamed', 'higher', 'live'),

  newFans: p('New followers', 'higher', 'fans'),
  fanClubJoins: p('Fan-club joins', 'higher', 'fans'),
  followRate: p('Follow rate', 'higher', 'fans'),
  fanBuyerShare: p('Share of buyers who are fans', 'neutral', 'fans'),
  interactionRate: p('Interaction rate', 'higher', 'fans'),
  comments: p('New comments', 'higher', 'fans'),
  negativeFeedbackRate: p('Negative feedback rate', 'lower', 'fans'),

  refundAmount: p('Refunded amount', 'lower', 'refund'),
  refundOrders: p('Refunded orders', 'lower', 'refund'),
  refundBuyers: p('Refunding buyers', 'lower', 'refund'),
  refundUnits: p('Refunded units', 'lower', 'refund'),
  refundRate: p('Refund rate (amount)', 'lower', 'refund'),

  adSpend: p('Paid spend', 'neutral', 'paid'),
  roi: p('Paid ROI', 'higher', 'paid'),
  orderCost: p('Cost per order', 'lower', 'paid'),
  trafficCouponSpend: p('Traffic coupon spend', 'neutral', 'paid'),
  adSpendStandard: p('Ad spend: standard campaigns', 'neutral', 'paid'),
  adSpendUniversal: p('Ad spend: 全域 (whole-site) campaigns', 'neutral', 'paid'),
  adSpendChengfang: p('Ad spend: 乘方 plans', 'neutral', 'paid'),
  adSpendBrand: p('Ad spend: brand campaigns', 'neutral', 'paid'),

  experienceScore: p('Shop experience score', 'higher', 'health'),
  goodsScore: p('Product experience score', 'higher', 'health'),
  logisticsScore: p('Logistics experience score', 'higher', 'health'),
  serviceScore: p('Service experience score', 'higher', 'health'),
  badBehaviorDeduction: p('Bad-behaviour deduction', 'lower', 'health'),
  qualityReturnRate: p('Quality return rate', 'lower', 'health'),
  badReviewRate: p('Bad review rate', 'lower', 'health'),
  disputeRate: p('Dispute rate', 'lower', 'health'),
  goodReviewRate: p('Good review rate', 'higher', 'health'),
  pickupOnTimeRate: p('On-time pickup rate', 'higher', 'health'),
  afterSaleOnTimeRate: p('After-sale handled in time', 'higher', 'health'),
  imAvgResponseSeconds: p('Avg chat response time', 'lower', 'health'),

  channelGmvOwnLive: p('GMV from own live room', 'higher', 'channel'),
  channelGmvCreators: p('GMV from creators', 'higher', 'channel'),
  channelGmvVideo: p('GMV from short video', 'higher', 'channel'),
  channelGmvProductCard: p('GMV from product cards', 'higher', 'channel'),
  channelGmvCampaign: p('GMV from campaigns', 'higher', 'channel'),
};

export const METRICS: Record<MetricId, MetricDef> = Object.fromEntries(
  METRIC_IDS.map((id) => {
    const { zh, unit, formula } = METRIC_CORE[id];
    const { en, better, group } = ROWS[id];
    return [id, formula ? { id, zh, en, unit, better, group, formula } : { id, zh, en, unit, better, group }];
  }),
) as Record<MetricId, MetricDef>;

export const metricName = (id: MetricId, lang: 'zh' | 'en' = 'zh'): string => METRICS[id][lang];
