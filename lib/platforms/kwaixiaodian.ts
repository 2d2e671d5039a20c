/**
 * 快手小店 s.kwaixiaodian.com and 快手生意通 syt.kwaixiaodian.com — overview cards and a live
 * data page. Paths and overview labels from DASHBOARDS.md §5 ([V]); the live labels are [I]
 * (no public path for the 生意通 live page was found: the path below is a guess, kept loose).
 * Fixtures checked: tests/fixtures/kwaixiaodian/home.html, goods-overview.html, live-data.html.
 */
import type { PlatformAdapter } from './types';

export const kwaixiaodian: PlatformAdapter = {
  id: 'kwaixiaodian',
  zh: '快手小店',
  en: 'Kuaishou Shop',
  hosts: ['s.kwaixiaodian.com', 'syt.kwaixiaodian.com'],
  pages: [
    {
      id: 'home', zh: '小店首页', en: 'Shop home',
      path: /^\/zone\/home\b/,
      expect: ['gmv', 'orders'],
    },
    {
      id: 'live-data', zh: '直播数据', en: 'Live data',
      path: /^\/zones\/[\w-]*live[\w-]*\//i,
      sessionParams: ['liveStreamId'],
      expect: ['gmv', 'viewers', 'peakOnline', 'avgWatchSeconds'],
    },
    {
      id: 'overview', zh: '生意通概览', en: 'Business overview',
      path: /^\/zones\/(goodsManagement|tradeManagement)\//,
      expect: ['gmv', 'orders', 'units', 'refundAmount'],
    },
  ],
  aliases: {
    成交金额: 'gmv', '成交金额(元)': 'gmv', 直播间成交金额: 'gmv', 支付金额: 'gmv',
    成交订单数: 'orders', 成交件数: 'units', 成交人数: 'buyers', 成交用户数: 'buyers',
    '退款金额(退款日)': 'refundAmount', 退款金额: 'refundAmount', 成交退款订单数: 'refundOrders',
    观看人数: 'viewers', 累计观看人数: 'viewers', 观看次数: 'views',
    最高在线人数: 'peakOnline', 平均在线人数: 'avgOnline', 实时在线人数: 'currentOnline',
    平均观看时长: 'avgWatchSeconds', 人均观看时长: 'avgWatchSeconds', 直播时长: 'liveDurationSeconds',
    曝光观看率: 'impressionToViewRate', 观看成交率: 'viewToPayRate',
    千次观看成交金额: 'gpm', GPM: 'gpm',
    新增粉丝数: 'newFans', 涨粉数: 'newFans', 商品点击率: 'productClickRate',
    客单价: 'aov', '客单价(元)': 'aov',
  },
  shopNameLabels: ['店铺名称'],
  shopIdLabels: ['店铺ID'],
  periods: ['今日实时', '实时', '昨日', '近7日', '近30日', '自定义'],
  urlExamples: [
    { url: 'https://s.kwaixiaodian.com/zone/home', page: 'home' },
    { url: 'https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview', page: 'overview' },
    { url: 'https://syt.kwaixiaodian.com/zones/tradeManagement/dealAnalysis', page: 'overview' },
    { url: 'https://syt.kwaixiaodian.com/zones/liveAnalysis/live_detail?liveStreamId=abc', page: 'live-data' },
    { url: 'https://syt.kwaixiaodian.com/zones/rankingList/productRanking', page: null },
    { url: 'https://syt.kwaixiaodian.com/zones/finance/account_center', page: null },
  ],
};
