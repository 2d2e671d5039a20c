/** URLs of the doudian backend and the page kind ./doudian.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  { url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index', page: 'home' },
  { url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index?channel=zhaoshang', page: 'home' },
  { url: 'https://fxg.jinritemai.com/ffa/eco/experience-score?source=fxg-menu', page: 'experience-score' },
  { url: 'https://fxg.jinritemai.com/ffa/eco/experience-score/detail?nodeId=316&preview=true', page: 'experience-score' },
  { url: 'https://fxg.jinritemai.com/ffa/morder/order/list', page: null },
  { url: 'https://fxg.jinritemai.com/login/common', page: null },
];
