/** URLs of the kwaixiaodian backend and the page kind ./kwaixiaodian.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  { url: 'https://s.kwaixiaodian.com/zone/home', page: 'home' },
  { url: 'https://s.kwaixiaodian.com/zone/home?from=login', page: 'home' },
  { url: 'https://syt.kwaixiaodian.com/zones/goodsManagement/goods_overview', page: 'overview' },
  { url: 'https://syt.kwaixiaodian.com/zones/tradeManagement/dealAnalysis', page: 'overview' },
  { url: 'https://syt.kwaixiaodian.com/zones/tradeManagement/dealAnalysis?dateType=7', page: 'overview' },
  { url: 'https://syt.kwaixiaodian.com/zones/liveData/live_detail?liveStreamId=4q7Nf2kLw8E', page: 'live-data' },
  { url: 'https://syt.kwaixiaodian.com/zones/liveAnalysis/live_detail?liveStreamId=abc', page: 'live-data' },
  { url: 'https://syt.kwaixiaodian.com/zones/data_live/list', page: 'live-data' },
  { url: 'https://syt.kwaixiaodian.com/zones/delivery/list', page: null },
  { url: 'https://syt.kwaixiaodian.com/zones/goodsManagement/goods_list', page: null },
  { url: 'https://syt.kwaixiaodian.com/zones/data_flow/shortvideo', page: null },
  { url: 'https://syt.kwaixiaodian.com/zones/rankingList/productRanking', page: null },
  { url: 'https://syt.kwaixiaodian.com/zones/finance/account_center', page: null },
  { url: 'https://s.kwaixiaodian.com/zone/home-settings', page: null },
  { url: 'https://s.kwaixiaodian.com/', page: null },
  { url: 'https://zs.kwaixiaodian.com/page/helper', page: 'live-console' },
  { url: 'https://zs.kwaixiaodian.com/page/helper?from=login', page: 'live-console' },
  { url: 'https://zs.kwaixiaodian.com/page/helper-settings', page: null },
];
