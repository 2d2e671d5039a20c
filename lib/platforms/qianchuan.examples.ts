/** URLs of the qianchuan backend and the page kind ./qianchuan.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  {
    url: 'https://qianchuan.jinritemai.com/board-next?live_room_id=7391234567890123456&aavid=1712345678901234&fromModule=uni_promotion_v2&anchorId=123',
    page: 'live-board',
  },
  { url: 'https://qianchuan.jinritemai.com/uni-prom/overall?aavid=1712345678901234', page: 'uni-prom-overall' },
  { url: 'https://qianchuan.jinritemai.com/uni-prom/detail?aavid=1712345678901234&adId=1801234567', page: 'uni-prom-detail' },
  { url: 'https://qianchuan.jinritemai.com/dataV2/bidding/site-promotion?aavid=1712345678901234&tabs=live', page: null },
];
