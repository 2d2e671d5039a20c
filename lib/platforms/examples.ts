/**
 * Real URLs (or their known shapes) of each backend and the page kind each must resolve to.
 * Test and documentation data only (tests/platforms/urls.test.ts, scripts/pages-doc.ts →
 * docs/PAGES.md): kept out of the adapters so the content script does not carry them to every page.
 * Typed by PlatformId: a new backend does not compile until it has its examples here.
 */
import type { PlatformId } from './types';

export interface UrlExample {
  url: string;
  page: string | null;
}

export const URL_EXAMPLES: Record<PlatformId, UrlExample[]> = {
  compass: [
    { url: 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456&tab=diagnosis', page: 'live-detail' },
    { url: 'https://compass.jinritemai.com/talent/live-detail?from=baiying_console&live_room_id=1', page: 'live-detail' },
    { url: 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456&live_app_id=1128&source=compass-live-detail#data', page: 'big-screen' },
    { url: 'https://compass.jinritemai.com/screen/talent/main?source=baiying_home&live_room_id=1&live_app_id=1128', page: 'big-screen' },
    { url: 'https://compass.jinritemai.com/screen/anchor/talent?live_room_id=1', page: 'big-screen' },
    { url: 'https://compass.jinritemai.com/shop/live-overview?from_page=%2Fshop', page: 'live-list' },
    { url: 'https://compass.jinritemai.com/talent/live-overview?from=baiying_console', page: 'live-list' },
    { url: 'https://compass.jinritemai.com/shop', page: 'home' },
    { url: 'https://compass.jinritemai.com/shop/business-part', page: 'home' },
    { url: 'https://compass.jinritemai.com/screen/shop/single?source=compass-shop-home&version=pro', page: 'shop-screen' },
    { url: 'https://compass.jinritemai.com/shop/commodity/product-list?date_type=21', page: 'product-list' },
    { url: 'https://compass.jinritemai.com/shop/video/self', page: null },
    { url: 'https://compass.jinritemai.com/shop/chance/merchandise-product-rank?rank_type=3', page: null },
  ],
  doudian: [
    { url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index', page: 'home' },
    { url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index?channel=zhaoshang', page: 'home' },
    { url: 'https://fxg.jinritemai.com/ffa/eco/experience-score?source=fxg-menu', page: 'experience-score' },
    { url: 'https://fxg.jinritemai.com/ffa/eco/experience-score/detail?nodeId=316&preview=true', page: 'experience-score' },
    { url: 'https://fxg.jinritemai.com/ffa/morder/order/list', page: null },
    { url: 'https://fxg.jinritemai.com/login/common', page: null },
  ],
  buyin: [
    { url: 'https://buyin.jinritemai.com/dashboard/live/control', page: 'live-control' },
    { url: 'https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7391234567890123456', page: 'live-control' },
    { url: 'https://buyin.jinritemai.com/dashboard/merch-picking-library', page: null },
    { url: 'https://buyin.jinritemai.com/mpa/account/login?log_out=1&type=24', page: null },
  ],
  qianchuan: [
    { url: 'https://qianchuan.jinritemai.com/board-next?live_room_id=7391234567890123456&aavid=1712345678901234&fromModule=uni_promotion_v2&anchorId=123', page: 'live-board' },
    { url: 'https://qianchuan.jinritemai.com/uni-prom/overall?aavid=1712345678901234', page: 'uni-prom-overall' },
    { url: 'https://qianchuan.jinritemai.com/uni-prom/detail?aavid=1712345678901234&adId=1801234567', page: 'uni-prom-detail' },
    { url: 'https://qianchuan.jinritemai.com/dataV2/bidding/site-promotion?aavid=1712345678901234&tabs=live', page: null },
  ],
  kwaixiaodian: [
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
  ],
  taobaolive: [
    { url: 'https://liveplatform.taobao.com/restful/index/live/control?liveId=512345678901', page: 'live-control' },
    { url: 'https://liveplatform.taobao.com/restful/index/live/control?liveId=512346000321&spm=a1z9u.8142865', page: 'live-control' },
    { url: 'https://liveplatform.taobao.com/restful/index/data/live', page: 'live-effect' },
    { url: 'https://liveplatform.taobao.com/restful/index/data/live?tab=tla-live-effect', page: 'live-effect' },
    { url: 'https://liveplatform.taobao.com/restful/index/live/overview', page: 'overview' },
    { url: 'https://liveplatform.taobao.com/restful/index/home/', page: null },
    { url: 'https://liveplatform.taobao.com/restful/index/data/transaction?page=OrderDetail', page: null },
    { url: 'https://liveplatform.taobao.com/restful/index/live/control-panel', page: null },
    { url: 'https://liveplatform.taobao.com/live/liveDetail.htm?id=512345678901', page: null },
    { url: 'https://liveplatform.taobao.com/', page: null },
  ],
  wxstore: [
    { url: 'https://store.weixin.qq.com/shop/home', page: 'home' },
    { url: 'https://store.weixin.qq.com/shop/home/', page: 'home' },
    { url: 'https://store.weixin.qq.com/shop/home?token=8817263540', page: 'home' },
    { url: 'https://store.weixin.qq.com/shop/home#core-data', page: 'home' },
    { url: 'https://store.weixin.qq.com/shop/order/list', page: null },
    { url: 'https://store.weixin.qq.com/shop/home/settings', page: null },
    { url: 'https://store.weixin.qq.com/shop/homepage', page: null },
    { url: 'https://store.weixin.qq.com/', page: null },
  ],
};
