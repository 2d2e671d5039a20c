/**
 * 抖音电商罗盘 compass.jinritemai.com — shop and talent (达人) views.
 * Paths from DASHBOARDS.md §1 ([V] in public code); fixtures: tests/fixtures/compass/.
 */
import type { PlatformAdapter } from './types';
import { DOUYIN_LIVE_LABELS, DOUYIN_PERIODS } from './douyin-labels';

export const compass: PlatformAdapter = {
  id: 'compass',
  zh: '抖音电商罗盘',
  en: 'Douyin Compass',
  hosts: ['compass.jinritemai.com'],
  pages: [
    {
      id: 'live-detail',
      zh: '直播详情',
      en: 'Live session detail',
      path: /^\/(shop|talent)\/live-detail(?=[/?#]|$)/,
      sessionParams: ['live_room_id', 'room_id', 'roomId'],
      expect: ['gmv', 'gpm', 'viewers', 'avgWatchSeconds', 'buyers', 'impressionsUv', 'avgOnline', 'peakOnline', 'newFans', 'clickToPayRate'],
    },
    {
      id: 'big-screen',
      zh: '直播大屏',
      en: 'Live big screen',
      path: /^\/screen\/(live\/shop|anchor\/talent|talent\/main)(?=[/?#]|$)/,
      sessionParams: ['live_room_id', 'room_id'],
      live: true,
      expect: ['gmv', 'currentOnline', 'viewers', 'buyers', 'gpm'],
    },
    {
      // 2026 shop big screen: the shop's day so far, per character (REAL-DOM.md §1); no session
      id: 'shop-screen',
      zh: '店铺大屏',
      en: 'Shop big screen',
      path: /^\/screen\/shop\/single(?=[/?#]|$)/,
      live: true,
      expect: ['gmv', 'buyers'],
    },
    {
      // a product table (商品明细 with value and change in one cell): items, not sessions
      id: 'product-list',
      zh: '商品列表',
      en: 'Product list',
      path: /^\/shop\/commodity\/product-list(?=[/?#]|$)/,
      expect: [],
    },
    {
      id: 'live-list',
      zh: '直播复盘列表',
      en: 'Live review list',
      path: /^\/(shop|talent)\/live-overview(?=[/?#]|$)/,
      table: true,
      expect: ['gmv', 'viewers', 'avgWatchSeconds'],
    },
    {
      id: 'home',
      zh: '经营首页',
      en: 'Home overview',
      path: /^\/(shop|talent)(\/business-part)?\/?(\?|#|$)/,
      expect: ['gmv', 'refundAmount', 'orders', 'buyers'],
    },
  ],
  // 成交转化率 is 成交人数 ÷ 商品访客数 on 罗盘's overview; other backends use it otherwise
  aliases: { ...DOUYIN_LIVE_LABELS, 直播复盘开播场次: 'liveSessions', 成交转化率: 'visitorToPayRate' },
  rowKeyHeaders: ['直播间ID', '场次ID', '直播ID'],
  titleHeaders: ['直播间', '直播标题', '直播信息', '场次'],
  timeHeaders: ['开播时间', '直播时间', '直播时段'],
  shopNameLabels: ['店铺名称', '店铺', '达人昵称', '账号名称'],
  shopIdLabels: ['店铺ID', '抖音号', '账号ID'],
  periods: DOUYIN_PERIODS,
  framework: 'fact',
};
