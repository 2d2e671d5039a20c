/**
 * Item advice rules as data, like the session rules (./adviceRules.ts). A rule looks at one item
 * in one session against the other items of that session: "high" is at or above the items'
 * upper quartile, "low" at or below the lower one (and on the right side of the median), so an
 * item is judged by how it did next to its neighbours on the same night, the fairest comparison
 * there is for goods. A rule fires when all its conditions hold; a number the page did not show
 * never fires anything.
 *
 * Wording is ours (DOMAIN.md: 选品, 排品, 讲解 as the levers of 货).
 */
import type { MeasureId } from '../items/measures';
import type { Bilingual } from './types';

export type ItemCondition =
  /** at or above the session's items' upper quartile, and above their median */
  | { kind: 'high'; measure: MeasureId }
  /** at or below the lower quartile, and below the median */
  | { kind: 'low'; measure: MeasureId }
  | { kind: 'atLeast'; measure: MeasureId; value: number }
  | { kind: 'atMost'; measure: MeasureId; value: number };

export interface ItemRule {
  id: string;
  when: readonly ItemCondition[];
  action: Bilingual;
  why: Bilingual;
}

/** Fewer items than this with a figure and quartiles say nothing: "high" and "low" are not used. */
export const ITEM_SPREAD_MIN = 4;
/** Stock left under this share of (stock + sold) while it sells: it will run out this session. */
export const STOCK_LOW_SHARE = 0.1;

export const ITEM_RULES: readonly ItemRule[] = [
  {
    id: 'item-seen-not-clicked',
    when: [
      { kind: 'high', measure: 'impressions' },
      { kind: 'low', measure: 'clickRate' },
    ],
    action: {
      zh: '换主图和标题，把到手价和最强卖点放上去；讲解开头先说一个让人想点的钩子。',
      en: 'Change the main image and title to show the final price and the strongest selling point; open the pitch with a hook that makes people tap.',
    },
    why: { zh: '很多人看到了它，却很少点开。', en: 'Many people saw it, few tapped it.' },
  },
  {
    id: 'item-clicked-not-bought',
    when: [
      { kind: 'high', measure: 'clicks' },
      { kind: 'low', measure: 'payRate' },
    ],
    action: {
      zh: '点开的人多却不下单：核对价格和优惠是否清楚、卖点是否讲透、规格库存是否齐全。',
      en: 'Many tap but do not buy: check that price and offer are clear, the selling points are made, and sizes and stock are all there.',
    },
    why: { zh: '点击多，成交转化低。', en: 'Many clicks, few orders per click.' },
  },
  {
    id: 'item-long-explain-little-gmv',
    when: [
      { kind: 'high', measure: 'explainSeconds' },
      { kind: 'low', measure: 'gmvPerExplainMinute' },
    ],
    action: {
      zh: '讲得久卖得少：缩短讲解，或把它挪到流量低的时段，把黄金时段留给卖得动的款。',
      en: 'Long pitch, little sold: shorten it, or move it to a quieter slot and keep prime time for items that sell.',
    },
    why: { zh: '讲解时间长，每分钟带来的成交少。', en: 'Explained for long, little GMV per minute explained.' },
  },
  {
    id: 'item-sells-unexplained',
    when: [
      { kind: 'atMost', measure: 'explained', value: 0 },
      { kind: 'high', measure: 'gmv' },
    ],
    action: {
      zh: '没讲也卖得好：给它一个固定讲解位，试试放在开场或流量高峰。',
      en: 'It sells without a pitch: give it a regular slot, and try it at the opening or the traffic peak.',
    },
    why: { zh: '这场没有讲解它，成交却靠前。', en: 'Not explained this session, yet among the best sellers.' },
  },
  {
    id: 'item-stock-running-out',
    when: [
      { kind: 'atMost', measure: 'stockShare', value: STOCK_LOW_SHARE },
      { kind: 'atLeast', measure: 'units', value: 1 },
    ],
    action: {
      zh: '库存快卖完了：补库存，或准备好替换款并提前说“最后几单”。',
      en: 'Stock is nearly gone: restock, or have a replacement ready and announce the last few.',
    },
    why: { zh: '还在卖，剩余库存已经很少。', en: 'Still selling, with little stock left.' },
  },
];
