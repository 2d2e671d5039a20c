/**
 * 淘宝直播 liveplatform.taobao.com — the live 中控台, the 直播概览 and 直播分场次效果 (a session
 * table with grouped headers: 流量 / 观看 / 转粉 / 引导 / 成交 over their columns).
 *
 * Paths and labels from DASHBOARDS.md §6 ([V]). On 分场次效果 the tabs 实时下播数据 / 含回放累计
 * 数据 change every session's numbers, while the date filter only chooses which sessions are
 * listed: so the tab, not the dates, is the page's period. 平均观看时长（秒） is a bare number of
 * seconds. 生意参谋 (sycm.taobao.com, font anti-scraping) is not read; the overview fixture's
 * 同行同层平均 / 同行同层优秀 lines follow 生意参谋's wording ([V] there, [I] on this page).
 *
 * Fixtures checked: tests/fixtures/taobaolive/live-control.html, live-effect.html, overview.html.
 */
import type { PlatformAdapter } from './types';

/** the end of a path segment: `/live/control` but not `/live/control-panel` */
const END = String.raw`(?=[/?#]|$)`;
const path = (p: string) => new RegExp(`^${p.replace(/\//g, '\\/')}${END}`);

export const taobaolive: PlatformAdapter = {
  id: 'taobaolive',
  zh: '淘宝直播',
  en: 'Taobao Live',
  hosts: ['liveplatform.taobao.com'],
  pages: [
    {
      id: 'live-control',
      zh: '直播中控台',
      en: 'Live console',
      path: path('/restful/index/live/control'),
      sessionParams: ['liveId'],
      live: true,
      expect: ['viewers', 'currentOnline', 'gmv'],
    },
    {
      id: 'live-effect',
      zh: '直播分场次效果',
      en: 'Per-session effect',
      path: path('/restful/index/data/live'),
      table: true,
      expect: ['viewers', 'gmv'],
    },
    {
      id: 'overview',
      zh: '直播概览',
      en: 'Live overview',
      path: path('/restful/index/live/overview'),
      expect: ['viewers', 'gmv'],
    },
  ],
  aliases: {
    观看次数: 'views',
    观看人数: 'viewers',
    累计观看人数: 'viewers',
    累计观看次数: 'views',
    封面图点击率: 'coverClickRate',
    封面点击率: 'coverClickRate',
    流量券消耗: 'trafficCouponSpend',
    '平均观看时长(秒)': 'avgWatchSeconds',
    平均观看时长: 'avgWatchSeconds',
    人均观看时长: 'avgWatchSeconds',
    新增粉丝数: 'newFans',
    新增粉丝: 'newFans',
    商品点击人数: 'productClicksUv',
    商品点击次数: 'productClicks',
    商品点击率: 'productClickRate',
    引导成交转化率: 'viewToPayRate',
    引导成交人数: 'buyers',
    引导成交件数: 'units',
    引导成交笔数: 'orders',
    引导成交金额: 'gmv',
    成交金额: 'gmv',
    退款人数: 'refundBuyers',
    退款金额: 'refundAmount',
    退款件数: 'refundUnits',
    预售下定金金额: 'presaleDeposit',
    实时在线人数: 'currentOnline',
    在线人数: 'currentOnline',
    最高在线人数: 'peakOnline',
    直播时长: 'liveDurationSeconds',
    开播场次: 'liveSessions',
    直播场次: 'liveSessions',
  },
  labelHints: { '平均观看时长(秒)': { plainDuration: 'seconds' } },
  rowKeyHeaders: ['直播ID', '场次ID'],
  titleHeaders: ['直播标题', '直播信息', '直播间'],
  timeHeaders: ['开播时间', '直播时间'],
  shopParams: [],
  periods: ['实时下播数据', '含回放累计数据', '今日', '昨日', '近7天', '近30天', '自定义'],
  framework: 'fact',
};
