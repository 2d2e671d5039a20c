/**
 * 微信小店 store.weixin.qq.com — the shop home, rendered inside <micro-app>'s open shadow root
 * (the data board may sit in a second micro-app inside the first: both are walked).
 *
 * Path and labels from DASHBOARDS.md §7 ([V]). The 今天 view shows `昨日 X` under a card (a
 * value, not a change: kept with no signed value); 近7天 shows `较上周期 X%` with the sign in
 * the trend class. 商品 / 物流 / 服务 are scores only under 我的体验分 (the side menu has the
 * same words). 视频号助手 channels.weixin.qq.com is another host and is not read.
 *
 * Fixtures checked: tests/fixtures/wxstore/home-today.html, home-7d.html.
 */
import type { PlatformAdapter } from './types';

export const wxstore: PlatformAdapter = {
  id: 'wxstore',
  zh: '微信小店',
  en: 'WeChat Store',
  hosts: ['store.weixin.qq.com'],
  pages: [
    {
      id: 'home',
      zh: '小店首页',
      en: 'Shop home',
      path: /^\/shop\/home\/?(?=[?#]|$)/,
      expect: ['gmv', 'orders', 'refundAmount'],
    },
  ],
  aliases: {
    成交金额: 'gmv',
    成交订单数: 'orders',
    成交退款金额: 'refundAmount',
    成交人数: 'buyers',
    我的体验分: 'experienceScore',
    店铺体验分: 'experienceScore',
    品质退货率: 'qualityReturnRate',
    差评率: 'badReviewRate',
    纠纷发起率: 'disputeRate',
  },
  scopedAliases: [{ headings: ['我的体验分', '店铺体验分', '体验分'], aliases: { 商品: 'goodsScore', 物流: 'logisticsScore', 服务: 'serviceScore' } }],
  shadowHosts: ['micro-app'],
  shopNameLabels: ['店铺名称'],
  periods: ['今天', '昨天', '近7天', '近30天', '自定义'],
  framework: 'fact',
};
