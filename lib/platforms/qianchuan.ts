/**
 * 巨量千川 qianchuan.jinritemai.com — the live big screen (board-next) and the 全域推广
 * overview. Paths and labels from DASHBOARDS.md §4 ([V]); fixtures checked:
 * tests/fixtures/qianchuan/board-next.html, uni-prom-overall.html.
 */
import type { PlatformAdapter } from './types';
import { DOUYIN_LIVE_LABELS, DOUYIN_PERIODS } from './douyin-labels';

export const qianchuan: PlatformAdapter = {
  id: 'qianchuan',
  zh: '巨量千川',
  en: 'Qianchuan (ads)',
  hosts: ['qianchuan.jinritemai.com'],
  pages: [
    {
      id: 'live-board',
      zh: '直播大屏',
      en: 'Live ad board',
      path: /^\/board-next(?=[/?#]|$)/,
      sessionParams: ['live_room_id'],
      live: true,
      expect: ['adSpend', 'roi', 'gmv', 'orders'],
    },
    {
      id: 'uni-prom-overall',
      zh: '全域推广概览',
      en: 'Uni-promotion overview',
      path: /^\/uni-prom\/overall(?=[/?#]|$)/,
      expect: ['adSpend', 'roi', 'netGmv'],
    },
    {
      id: 'uni-prom-detail',
      zh: '全域推广计划详情',
      en: 'Uni-promotion plan detail',
      path: /^\/uni-prom\/detail(?=[/?#]|$)/,
      expect: ['adSpend', 'roi'],
    },
  ],
  aliases: {
    ...DOUYIN_LIVE_LABELS,
    整体消耗: 'adSpend',
    账户整体消耗: 'adSpend',
    标准投放消耗: 'adSpendStandard',
    全域投放消耗: 'adSpendUniversal',
    乘方计划消耗: 'adSpendChengfang',
    品牌投放消耗: 'adSpendBrand',
    综合成本: 'adSpend',
    基础消耗: 'adSpend',
    整体ROI: 'roi',
    支付ROI: 'roi',
    综合ROI: 'roi',
    整体支付ROI: 'roi',
    整体成交金额: 'gmv',
    净成交金额: 'netGmv',
    整体净成交金额: 'netGmv',
    整体成交订单数: 'orders',
    整体成交订单成本: 'orderCost',
    订单成本: 'orderCost',
    观看成交率: 'viewToPayRate',
    观看成交转化率: 'viewToPayRate',
    直播间整体观看人数: 'viewers',
    曝光观看率: 'impressionToViewRate',
    '曝光观看率(次数)': 'impressionToViewRatePv',
  },
  // 计划ID is not here: an ad plan is not a live session (plan rows wait for the items work)
  rowKeyHeaders: ['直播间ID'],
  titleHeaders: ['计划名称', '直播间'],
  timeHeaders: ['开播时间'],
  shopParams: ['aavid'],
  periods: DOUYIN_PERIODS,
  framework: 'fact',
};
