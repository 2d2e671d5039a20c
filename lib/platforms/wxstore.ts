/**
 * 微信小店 store.weixin.qq.com — the shop home, rendered inside <micro-app>'s open shadow
 * root. Path and labels from DASHBOARDS.md §7 ([V]); fixtures checked: tests/fixtures/wxstore/
 * home-today.html, home-7d.html.
 */
import type { PlatformAdapter } from './types';

export const wxstore: PlatformAdapter = {
  id: 'wxstore',
  zh: '微信小店',
  en: 'WeChat Store',
  hosts: ['store.weixin.qq.com'],
  pages: [
    {
      id: 'home', zh: '小店首页', en: 'Shop home',
      path: /^\/shop\/home\b/,
      expect: ['gmv', 'orders', 'refundAmount'],
    },
  ],
  aliases: {
    成交金额: 'gmv', 成交订单数: 'orders', 成交退款金额: 'refundAmount', 成交人数: 'buyers',
    我的体验分: 'experienceScore', 店铺体验分: 'experienceScore',
    品质退货率: 'qualityReturnRate', 差评率: 'badReviewRate', 纠纷发起率: 'disputeRate',
  },
  scopedAliases: [{ headings: ['我的体验分', '店铺体验分', '体验分'], aliases: { 商品: 'goodsScore', 物流: 'logisticsScore', 服务: 'serviceScore' } }],
  shadowHosts: ['micro-app'],
  shopNameLabels: ['店铺名称'],
  periods: ['今天', '昨天', '近7天', '近30天', '自定义'],
  urlExamples: [
    { url: 'https://store.weixin.qq.com/shop/home', page: 'home' },
    { url: 'https://store.weixin.qq.com/shop/home?token=abc', page: 'home' },
    { url: 'https://store.weixin.qq.com/shop/order/list', page: null },
  ],
};
