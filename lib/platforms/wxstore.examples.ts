/** URLs of the wxstore backend and the page kind ./wxstore.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  { url: 'https://store.weixin.qq.com/shop/home', page: 'home' },
  { url: 'https://store.weixin.qq.com/shop/home/', page: 'home' },
  { url: 'https://store.weixin.qq.com/shop/home?token=8817263540', page: 'home' },
  { url: 'https://store.weixin.qq.com/shop/home#core-data', page: 'home' },
  { url: 'https://store.weixin.qq.com/shop/order/list', page: null },
  { url: 'https://store.weixin.qq.com/shop/home/settings', page: null },
  { url: 'https://store.weixin.qq.com/shop/homepage', page: null },
  { url: 'https://store.weixin.qq.com/', page: null },
];
