/** URLs of the buyin backend and the page kind ./buyin.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  { url: 'https://buyin.jinritemai.com/dashboard/live/control', page: 'live-control' },
  { url: 'https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7391234567890123456', page: 'live-control' },
  { url: 'https://buyin.jinritemai.com/dashboard/merch-picking-library', page: null },
  { url: 'https://buyin.jinritemai.com/mpa/account/login?log_out=1&type=24', page: null },
];
