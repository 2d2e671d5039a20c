/**
 * 快手小店 s.kwaixiaodian.com, 快手生意通 syt.kwaixiaodian.com and the live 中控
 * zs.kwaixiaodian.com — the shop home, the 生意通 overview pages, a live data page and the live
 * console's goods list.
 *
 * Paths and overview labels from DASHBOARDS.md §5 ([V]): 商品总览 /zones/goodsManagement/
 * goods_overview, 交易 /zones/tradeManagement/dealAnalysis, 小店首页 /zone/home. The live labels
 * are [I] and no public path for the 生意通 live page was found: `live-data` takes a /zones/
 * section named live… / …Live… / …_live (never `delivery`), keyed by `liveStreamId` as the
 * 中控 API names it. Cards are `div.kpro-data` with hashed inner classes: read by label.
 * 快手 writes large numbers with `w` (20.1w) as well as 万.
 *
 * The 中控 zs.kwaixiaodian.com/page/helper (DASHBOARDS.md §5 [V], oba-live-tool kuaishou
 * constant.ts) is read for its goods list (items: a react-virtuoso list and a pinned
 * `-recording` copy of the item being explained, REAL-DOM.md §5). No page-level number on it is
 * known from public code, so it expects none. Its URL carries no session id: the real page gets
 * `liveStreamId` from `/rest/pc/live/assistant/live/current`, which StageLens does not call, so a
 * console capture has no session.
 *
 * Fixtures checked: tests/fixtures/kwaixiaodian/home.html, goods-overview.html, deal-analysis.html,
 * live-data.html, live-console-2026.html. The 交易分析 channel split (直播 / 短视频 / 商品卡) is left as unknown labels:
 * its wording is not verified.
 */
import type { PlatformAdapter } from './types';

/** the end of a path segment: `/zone/home` but not `/zone/home-settings` */
const END = String.raw`(?=[/?#]|$)`;

export const kwaixiaodian: PlatformAdapter = {
  id: 'kwaixiaodian',
  zh: '快手小店',
  en: 'Kuaishou Shop',
  hosts: ['s.kwaixiaodian.com', 'syt.kwaixiaodian.com', 'zs.kwaixiaodian.com'],
  pages: [
    {
      id: 'home',
      zh: '小店首页',
      en: 'Shop home',
      path: new RegExp(String.raw`^\/zone\/home${END}`),
      expect: ['gmv', 'orders'],
    },
    {
      id: 'live-data',
      zh: '直播数据',
      en: 'Live data',
      path: /^\/zones\/(?:live|[\w-]*(?:Live|[_-]live))(?:[A-Z_-][\w-]*)?\//,
      sessionParams: ['liveStreamId'],
      expect: ['gmv', 'viewers', 'peakOnline', 'avgWatchSeconds'],
    },
    {
      id: 'overview',
      zh: '生意通概览',
      en: 'Business overview',
      path: new RegExp(String.raw`^\/zones\/(?:goodsManagement\/goods_overview|tradeManagement\/dealAnalysis)${END}`),
      expect: ['gmv', 'orders', 'units', 'refundAmount'],
    },
    {
      // the 中控: goods rows only (no page-level number known); no session id in its URL
      id: 'live-console',
      zh: '直播中控',
      en: 'Live console',
      path: new RegExp(String.raw`^\/page\/helper${END}`),
      live: true,
      expect: [],
    },
  ],
  aliases: {
    成交金额: 'gmv',
    直播间成交金额: 'gmv',
    支付金额: 'gmv',
    成交订单数: 'orders',
    成交件数: 'units',
    成交人数: 'buyers',
    成交用户数: 'buyers',
    '退款金额(退款日)': 'refundAmount',
    退款金额: 'refundAmount',
    成交退款订单数: 'refundOrders',
    观看人数: 'viewers',
    累计观看人数: 'viewers',
    观看次数: 'views',
    最高在线人数: 'peakOnline',
    平均在线人数: 'avgOnline',
    实时在线人数: 'currentOnline',
    平均观看时长: 'avgWatchSeconds',
    人均观看时长: 'avgWatchSeconds',
    直播时长: 'liveDurationSeconds',
    曝光观看率: 'impressionToViewRate',
    观看成交率: 'viewToPayRate',
    千次观看成交金额: 'gpm',
    GPM: 'gpm',
    新增粉丝数: 'newFans',
    涨粉数: 'newFans',
    商品点击率: 'productClickRate',
    客单价: 'aov',
    商品访客数: 'productVisitors',
    // 店铺体验分 on 生意通's home (5-point scale) and its three parts
    店铺体验分: 'experienceScore',
    商品体验: 'goodsScore',
    物流体验: 'logisticsScore',
    服务体验: 'serviceScore',
  },
  shopNameLabels: ['店铺名称'],
  shopIdLabels: ['店铺ID'],
  periods: ['今日实时', '实时', '昨日', '近7日', '近30日', '自定义'],
  framework: 'steps',
};
