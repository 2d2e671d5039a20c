/** URLs of the taobaolive backend and the page kind ./taobaolive.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
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
];
