/**
 * Two per-session lists (after seeds 000 and 003, in our words): what to get ready before the
 * next session, and what to look at in the review afterwards. Review items name the metrics to
 * read, so the panel can show the session's numbers next to each question.
 *
 * Data file.
 */
import type { MetricId } from '../metrics/catalog';
import type { Bilingual } from './types';

export const PRE_LIVE_GROUPS = ['goods', 'venue', 'devices', 'script', 'interaction', 'contingency'] as const;
export type PreLiveGroup = (typeof PRE_LIVE_GROUPS)[number];

export const REVIEW_GROUPS = ['traffic', 'interaction', 'productClicks', 'transactions', 'audience', 'retention', 'adjustments'] as const;
export type ReviewGroup = (typeof REVIEW_GROUPS)[number];

export interface SessionCheckItem<G extends string> extends Bilingual {
  id: string;
  group: G;
  /** metrics to show beside the item */
  metrics?: readonly MetricId[];
}

export const PRE_LIVE_GROUP_NAMES: Record<PreLiveGroup, Bilingual> = {
  goods: { zh: '商品与货盘', en: 'Goods and range' },
  venue: { zh: '场地', en: 'Venue' },
  devices: { zh: '设备', en: 'Devices' },
  script: { zh: '脚本与话术', en: 'Script and talk tracks' },
  interaction: { zh: '互动', en: 'Interaction' },
  contingency: { zh: '应急预案', en: 'Contingency' },
};

const pre = (group: PreLiveGroup, id: string, zh: string, en: string): SessionCheckItem<PreLiveGroup> => ({ id: `pre.${group}.${id}`, group, zh, en });

export const PRE_LIVE: readonly SessionCheckItem<PreLiveGroup>[] = [
  pre(
    'goods',
    'lineup',
    '定好本场商品清单和讲解顺序（引流款开场、利润款居中）',
    'Fix this session’s items and their order (a traffic item to open, profit items in the middle)',
  ),
  pre('goods', 'stock', '核对每款库存和链接，主推品备足', 'Check stock and links for every item; lead items well stocked'),
  pre('goods', 'prices', '核对价格、优惠券和赠品设置，和话术一致', 'Check prices, coupons and gifts match what the host will say'),
  pre('goods', 'competitors', '看一眼同类直播间本周的价格和主推品', 'Glance at similar rooms’ prices and lead items this week'),
  pre('venue', 'backdrop', '背景整洁、品牌元素到位，不抢商品的注意力', 'Backdrop tidy, brand elements in place, nothing distracting from the goods'),
  pre('venue', 'layout', '商品陈列和演示位置摆好，镜头里拿得到', 'Products and demo spot laid out within reach of the camera'),
  pre('venue', 'quiet', '确认开播时段场地安静、不会被打扰', 'The venue will be quiet and undisturbed for the session'),
  pre('devices', 'camera', '摄像头画面清晰、取景合适', 'Camera sharp and well framed'),
  pre('devices', 'mic', '麦克风试音：无杂音、音量合适', 'Microphone tested: no noise, right level'),
  pre('devices', 'light', '灯光试过，肤色和商品颜色真实', 'Lighting tested; skin tones and product colours look true'),
  pre('devices', 'network', '网络测速，上传稳定', 'Network speed-tested; upload steady'),
  pre('script', 'outline', '脚本写好：开场、每款讲解要点、互动点、收尾', 'Script written: opening, points per item, interaction points, close'),
  pre('script', 'selling-points', '每款主推品的卖点和价格理由过一遍', 'Run through each lead item’s selling points and price reasoning'),
  pre('script', 'banned-words', '话术避开违规用语（绝对化用语、夸大功效）', 'Talk tracks avoid banned claims (absolutes, exaggerated effects)'),
  pre('script', 'warm-up', '预热视频已发，写明开播时间和福利', 'Warm-up video posted with time and offer'),
  pre('interaction', 'lottery', '定好抽奖、红包或问答的时间点和奖品', 'Set times and prizes for lotteries, red packets or Q&A'),
  pre('interaction', 'follow-hook', '准备好关注和加粉丝团的理由', 'Prepare the reason to follow and to join the fan club'),
  pre('interaction', 'roles', '副播和场控知道何时上链接、何时回评论', 'Co-host and room control know when to post links and answer comments'),
  pre('contingency', 'network', '备用网络（另一条宽带或手机热点）可随时切换', 'Backup network (second line or phone hotspot) ready to switch'),
  pre('contingency', 'devices', '备用手机、麦克风和充电设备在手边', 'Spare phone, microphone and chargers at hand'),
  pre('contingency', 'power', '备用电源或不间断电源到位', 'Backup power or a UPS in place'),
  pre('contingency', 'content', '准备冷场时的备用内容（福利、小游戏、故事）', 'Fallback content for lulls (a perk, a small game, a story)'),
  pre('contingency', 'stock-out', '主推品卖空时的替补商品和说法', 'A stand-in item and what to say if a lead item sells out'),
];

const rev = (group: ReviewGroup, id: string, zh: string, en: string, metrics?: readonly MetricId[]): SessionCheckItem<ReviewGroup> => ({
  id: `review.${group}.${id}`,
  group,
  zh,
  en,
  ...(metrics ? { metrics } : {}),
});

export const REVIEW: readonly SessionCheckItem<ReviewGroup>[] = [
  rev('traffic', 'exposure', '直播间曝光了多少人，有多少进来了', 'How many people saw the room, and how many came in', [
    'impressionsUv',
    'viewers',
    'impressionToViewRate',
  ]),
  rev('traffic', 'paid-vs-organic', '付费流量和自然流量各占多少，投放回本了吗', 'Paid versus organic traffic, and whether the spend paid back', [
    'adSpend',
    'roi',
    'orderCost',
  ]),
  rev('traffic', 'online', '在线人数的高峰出现在哪一段，因为什么', 'When concurrent viewers peaked, and why', ['peakOnline', 'avgOnline']),
  rev('interaction', 'engagement', '点赞、评论、分享的多少，互动环节有没有带起来', 'Likes, comments and shares, and whether the interaction moments worked', [
    'interactionRate',
    'comments',
  ]),
  rev('interaction', 'negative', '负反馈有没有变多，出现在哪一段', 'Did negative feedback rise, and in which part', ['negativeFeedbackRate']),
  rev('productClicks', 'exposure', '进来的人有多少看到了商品', 'How many viewers saw a product', ['viewToProductImpressionRate']),
  rev('productClicks', 'clicks', '看到商品的人有多少点了，哪款点得少', 'How many who saw a product clicked, and which items drew few clicks', [
    'productImpressionToClickRate',
    'productClickRate',
  ]),
  rev('transactions', 'conversion', '点了的人有多少买了，卡在哪一步', 'How many clickers bought, and where they dropped off', [
    'clickToPayRate',
    'viewToPayRate',
  ]),
  rev('transactions', 'value', '成交金额、客单价和千次观看成交金额', 'GMV, average order value and GPM', ['gmv', 'aov', 'gpm', 'uvValue']),
  rev('transactions', 'refunds', '退款多少，主要原因是什么', 'How much was refunded, and the main reasons', ['refundRate', 'refundAmount']),
  rev('audience', 'portrait', '观众画像（年龄、性别、地域）是不是目标人群', 'Whether the audience (age, gender, region) is the target customer'),
  rev('audience', 'sources', '流量从哪些渠道来，哪个渠道的人买得多', 'Where the traffic came from, and which source bought most'),
  rev('retention', 'watch', '观众平均停留多久，在哪一段流失最多', 'How long viewers stayed, and where most left', ['avgWatchSeconds']),
  rev('retention', 'fans', '新增粉丝和粉丝团人数，老粉成交占比', 'New followers, fan-club joins and the share of buyers who are fans', [
    'newFans',
    'followRate',
    'fanClubJoins',
    'fanBuyerShare',
  ]),
  rev('adjustments', 'content', '下一场内容和脚本改哪一处', 'What to change in the next session’s content and script'),
  rev('adjustments', 'goods', '下一场商品和讲解顺序怎么调', 'How to change the next session’s items and order'),
  rev('adjustments', 'interaction', '下一场互动环节怎么调', 'How to change the next session’s interaction moments'),
  rev('adjustments', 'host', '主播表现有哪一点要练', 'One thing the host should practise'),
];
