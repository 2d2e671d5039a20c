/**
 * 抖店 fxg.jinritemai.com — shop homepage cards and the 店铺体验分 page.
 * Paths and labels from DASHBOARDS.md §2 ([V]); fixtures checked: tests/fixtures/doudian/
 * homepage.html, experience-score.html.
 */
import type { PlatformAdapter } from './types';
import { DOUYIN_LIVE_LABELS, DOUYIN_PERIODS } from './douyin-labels';

export const doudian: PlatformAdapter = {
  id: 'doudian',
  zh: '抖店',
  en: 'Douyin Shop (fxg)',
  hosts: ['fxg.jinritemai.com'],
  pages: [
    {
      id: 'home',
      zh: '店铺首页',
      en: 'Shop homepage',
      path: /^\/ffa\/mshop\/homepage\/index(?=[/?#]|$)/,
      expect: ['gmv', 'orders', 'expense', 'adSpend', 'refundAmount'],
    },
    {
      id: 'experience-score',
      zh: '店铺体验分',
      en: 'Shop experience score',
      path: /^\/ffa\/eco\/experience-score(?:\/detail)?\/?(?:[?#]|$)/,
      expect: ['experienceScore', 'goodsScore', 'logisticsScore', 'serviceScore'],
    },
  ],
  aliases: {
    ...DOUYIN_LIVE_LABELS,
    支出金额: 'expense',
    '投放消耗(店铺被投)': 'adSpend',
    我的体验分: 'experienceScore',
    店铺体验分: 'experienceScore',
    商家体验分: 'experienceScore',
    商品体验分: 'goodsScore',
    商品体验得分: 'goodsScore',
    物流体验分: 'logisticsScore',
    物流体验得分: 'logisticsScore',
    服务体验分: 'serviceScore',
    服务体验得分: 'serviceScore',
    差行为扣分: 'badBehaviorDeduction',
    品质退货率: 'qualityReturnRate',
    商品品质退货率: 'qualityReturnRate',
  },
  shopNameLabels: ['店铺名称'],
  shopIdLabels: ['店铺ID'],
  periods: DOUYIN_PERIODS,
  framework: 'fact',
};
