/** URLs of the compass backend and the page kind ./compass.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  { url: 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456&tab=diagnosis', page: 'live-detail' },
  { url: 'https://compass.jinritemai.com/talent/live-detail?from=baiying_console&live_room_id=1', page: 'live-detail' },
  {
    url: 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456&live_app_id=1128&source=compass-live-detail#data',
    page: 'big-screen',
  },
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
];
