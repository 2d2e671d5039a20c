/**
 * Next-action rules as data. A rule fires when all its conditions hold; the engine (advice.ts)
 * ranks fired rules by how far off the shop is × how much the rule's pillar matters at its stage.
 * Metric conditions read the recent typical value (median of the last few sessions), so one odd
 * session does not trigger advice, and a missing value never triggers anything.
 *
 * Data file. Wording is ours; the funnel order follows seeds 000/003, the stage emphasis seed 002.
 */
import type { MetricId } from '../metrics/catalog';
import type { Bilingual, PillarId, StageId } from './types';

export type Against = 'band' | 'own' | 'peer' | 'target' | 'breakEven';

export type Condition =
  /** the recent value is worse than the reference by more than `worseThan` (relative, default 0) */
  | { kind: 'gap'; metric: MetricId; against: Against; worseThan?: number }
  /** at least one of these holds */
  | { kind: 'anyOf'; of: readonly Condition[] }
  /** the recent value compared with a plain number */
  | { kind: 'threshold'; metric: MetricId; op: 'gt' | 'lt'; value: number }
  /** shop experience score (100-point scale) under this */
  | { kind: 'shopScoreBelow'; below: number }
  /** checklist items of this pillar that matter at the current stage are still open */
  | { kind: 'itemsOpen'; pillar: PillarId; minShare?: number }
  /** this checklist item is not done */
  | { kind: 'itemNotDone'; item: string };

export interface AdviceRule {
  id: string;
  pillar: PillarId;
  /** fires only at these stages; absent = any stage */
  stages?: readonly StageId[];
  when: readonly Condition[];
  action: Bilingual;
  why: Bilingual;
  /** the checklist item the action moves forward; itemsOpen rules fill it with the first open item */
  advances?: string;
  /** extra priority on top of the stage's pillar weight (default 1) */
  weight?: number;
}

/** Below this 100-point experience score, advice speaks up (same line as the checklist item). */
export const SCORE_SAFE_LINE = 90;

export const ADVICE_RULES: readonly AdviceRule[] = [
  {
    id: 'traffic-entry-weak',
    pillar: 'traffic',
    when: [{ kind: 'gap', metric: 'impressionToViewRate', against: 'band' }],
    action: {
      zh: '改封面和标题：把福利和卖点放进标题，封面上能看清主推品；开场30秒内讲清今天为什么值得留下。',
      en: 'Rework cover and title: put the offer and selling point in the title, make the lead item visible on the cover, and say within 30 seconds why today is worth staying for.',
    },
    why: { zh: '看到直播间的人进来得少：入口没有吸引力。', en: 'Few of the people who see the room come in: the entrance does not pull.' },
    advances: 'traffic.live.cover-title',
  },
  {
    id: 'traffic-watch-short',
    pillar: 'traffic',
    when: [{ kind: 'gap', metric: 'avgWatchSeconds', against: 'band' }],
    action: {
      zh: '缩短每款的讲解循环，每5–10分钟安排一个留人点（福利预告、抽奖倒计时、演示）。',
      en: 'Shorten the loop per item and put a reason to stay every 5–10 minutes (an upcoming perk, a lottery countdown, a demo).',
    },
    why: { zh: '观众停留短，平台也会少推流量。', en: 'Viewers leave quickly, and the platform then sends less traffic.' },
    advances: 'conversion.content.script',
  },
  {
    id: 'traffic-online-low',
    pillar: 'traffic',
    when: [{ kind: 'gap', metric: 'avgOnline', against: 'band' }],
    action: {
      zh: '每场开播前发预热短视频并用小额加热，固定开播时段让观众记住。',
      en: 'Post a warm-up video before every session, give it a small boost, and keep a fixed time slot viewers can remember.',
    },
    why: { zh: '同时在线的人少，直播间很难热起来。', en: 'Too few people online at once for the room to warm up.' },
    advances: 'traffic.video.warm-up',
  },
  {
    id: 'conversion-clicks-low',
    pillar: 'conversion',
    when: [
      {
        kind: 'anyOf',
        of: [
          { kind: 'gap', metric: 'productImpressionToClickRate', against: 'band' },
          { kind: 'gap', metric: 'productClickRate', against: 'band' },
        ],
      },
    ],
    action: {
      zh: '主推品上镜时同时讲价格和一个最强卖点，口播引导“点下方小黄车第X号”，商品标题写清核心好处。',
      en: 'When a lead item is on screen, give the price and its strongest point together, tell viewers which cart number to tap, and put the core benefit in the item title.',
    },
    why: {
      zh: '看到商品的人点得少：商品没讲出吸引力，或者不是观众要的。',
      en: 'People see the products but rarely click: the pitch does not land, or the item is not what they want.',
    },
    advances: 'conversion.goods.selling-points',
  },
  {
    id: 'conversion-pay-low',
    pillar: 'conversion',
    when: [{ kind: 'gap', metric: 'clickToPayRate', against: 'band' }],
    action: {
      zh: '在画面贴片上写清到手价和福利，讲完卖点立刻给限时限量的理由，并检查规格、运费和优惠券是否让人犹豫。',
      en: 'Show the final price and the offer in an overlay, follow the pitch at once with a time- or stock-limited reason to buy, and check whether sizes, shipping or coupons make people hesitate.',
    },
    why: { zh: '点进商品的人下单少：价格、信任或下单路径出了问题。', en: 'Clickers rarely pay: price, trust or the checkout path is in the way.' },
    advances: 'conversion.scene.overlays',
  },
  {
    id: 'conversion-interaction-low',
    pillar: 'conversion',
    when: [{ kind: 'gap', metric: 'interactionRate', against: 'band' }],
    action: {
      zh: '每场排好2–3个互动点（提问、抽奖、投票），让副播带评论节奏。',
      en: 'Schedule 2–3 interaction moments per session (questions, a lottery, a poll) and let the co-host lead the comments.',
    },
    why: {
      zh: '互动少，直播间显得冷清，停留和推荐都会受影响。',
      en: 'Little interaction makes the room feel empty, which hurts both staying and recommendation.',
    },
    advances: 'conversion.content.interaction-plan',
  },
  {
    id: 'conversion-gpm-below-peer',
    pillar: 'conversion',
    when: [{ kind: 'gap', metric: 'gpm', against: 'peer' }],
    action: {
      zh: '按上一场每款的点击和成交重排讲品顺序，把转化好的款放在流量高峰时段。',
      en: 'Reorder the items by last session’s clicks and sales, and put the best converters in the traffic peak.',
    },
    why: { zh: '每千次观看的成交低于同行：同样的流量卖得少。', en: 'GMV per 1,000 viewers trails your peers: the same traffic sells less.' },
    advances: 'conversion.content.order',
  },
  {
    id: 'conversion-uv-value-low',
    pillar: 'conversion',
    when: [{ kind: 'gap', metric: 'uvValue', against: 'band' }],
    action: {
      zh: '检查货盘：加入组合装或利润款，给引流款配一个顺手加购的商品。',
      en: 'Look at the range: add bundles or profit items, and pair the traffic item with an easy add-on.',
    },
    why: { zh: '每位观众带来的成交偏低。', en: 'Each viewer brings in little revenue.' },
    advances: 'conversion.goods.assortment',
  },
  {
    id: 'retention-refunds-high',
    pillar: 'retention',
    when: [{ kind: 'gap', metric: 'refundRate', against: 'band' }],
    action: {
      zh: '逐单看退款原因，前三大原因分别落到商品、描述或话术上改；冲动下单多的款少用催单话术。',
      en: 'Read refund reasons order by order and fix the top three in the product, the description or the talk track; ease off the pressure on items bought on impulse.',
    },
    why: { zh: '退款偏高会吃掉利润，也会拉低体验分。', en: 'High refunds eat the margin and drag the experience score down.' },
    advances: 'retention.service.refund-reasons',
  },
  {
    id: 'retention-follow-low',
    pillar: 'retention',
    when: [{ kind: 'gap', metric: 'followRate', against: 'band' }],
    action: {
      zh: '每场给关注一个具体理由（关注领券、粉丝专享价），在流量高峰时口播提醒。',
      en: 'Give a concrete reason to follow each session (a follow-to-claim coupon, a fan-only price) and call it out at the traffic peak.',
    },
    why: { zh: '来的人很少留下关注，下一场还得重新买流量。', en: 'Few visitors follow, so every session has to win its audience again.' },
    advances: 'retention.fans.follow-hook',
  },
  {
    id: 'conversion-negative-feedback-up',
    pillar: 'conversion',
    when: [{ kind: 'gap', metric: 'negativeFeedbackRate', against: 'own', worseThan: 0.1 }],
    action: {
      zh: '回看负反馈集中的时段，检查是否有夸大说法、重复催单或长时间冷场。',
      en: 'Rewatch the stretches with most negative feedback and look for overclaiming, repeated pushing or long lulls.',
    },
    why: { zh: '负反馈比本店平时多，平台可能因此减少推荐。', en: 'Negative feedback is above your usual, and the platform may recommend the room less.' },
    advances: 'conversion.content.script',
  },
  {
    id: 'traffic-roi-below-break-even',
    pillar: 'traffic',
    when: [{ kind: 'gap', metric: 'roi', against: 'breakEven' }],
    action: {
      zh: '先停掉或降预算低于保本的计划，保留转化好的人群和素材，再小步加量。',
      en: 'Pause or cut the plans below break-even, keep the audiences and creatives that convert, then scale in small steps.',
    },
    why: { zh: '投放的回报低于保本线，每多花一元都在亏。', en: 'Paid return is under break-even: every extra yuan loses money.' },
    advances: 'traffic.paid.roi-review',
    weight: 1.5,
  },
  {
    id: 'traffic-break-even-unset',
    pillar: 'traffic',
    when: [
      { kind: 'threshold', metric: 'adSpend', op: 'gt', value: 0 },
      { kind: 'itemNotDone', item: 'traffic.paid.break-even' },
    ],
    action: {
      zh: '用毛利、佣金和退款率算出保本ROI并填到设置里，之后的投放建议才有依据。',
      en: 'Work out break-even ROI from margin, commission and refund rate and enter it in settings, so paid-traffic advice has a basis.',
    },
    why: { zh: '已经在投放，但还没有确定保本ROI（默认按1计算）。', en: 'You are paying for traffic without a break-even ROI (1 is assumed).' },
    advances: 'traffic.paid.break-even',
  },
  {
    id: 'retention-gmv-below-usual',
    pillar: 'retention',
    when: [{ kind: 'gap', metric: 'gmv', against: 'own', worseThan: 0.1 }],
    action: {
      zh: '对比最近几场和之前：商品、开播时段、流量来源哪里变了，复盘时写下要改的一点。',
      en: 'Compare the recent sessions with the earlier ones: what changed in items, time slot or traffic source; write down one thing to change.',
    },
    why: { zh: '最近的成交明显低于本店平时水平。', en: 'Recent GMV is clearly under your usual level.' },
    advances: 'retention.data.review',
  },
  {
    id: 'conversion-gmv-below-target',
    pillar: 'conversion',
    when: [{ kind: 'gap', metric: 'gmv', against: 'target' }],
    action: {
      zh: '把目标拆到流量、转化和客单价，看差在哪一环，下一场只先改那一环。',
      en: 'Split the target into traffic, conversion and order value, find the step that falls short, and fix only that one next session.',
    },
    why: { zh: '最近的成交没有达到你设定的目标。', en: 'Recent GMV is below the target you set.' },
    advances: 'retention.data.review',
  },
  {
    id: 'base-experience-low',
    pillar: 'base',
    when: [{ kind: 'shopScoreBelow', below: SCORE_SAFE_LINE }],
    action: {
      zh: '打开体验分明细，先处理扣分最多的一项（发货时效、品质退货或客服响应）。',
      en: 'Open the experience-score detail and fix the biggest deduction first (dispatch time, quality returns or service response).',
    },
    why: {
      zh: '体验分偏低会限制流量，过低时连千川投放都会被禁止。',
      en: 'A low experience score limits traffic, and too low a score blocks paid campaigns altogether.',
    },
    advances: 'base.shop.experience-score',
    weight: 2,
  },
  {
    id: 'base-onboarding-open',
    pillar: 'base',
    stages: ['onboarding'],
    when: [{ kind: 'itemsOpen', pillar: 'base' }],
    action: {
      zh: '先把强阵地清单做完：规则、店铺和账号搭好，再花钱拉流量。',
      en: 'Finish the strong-base list first: rules, shop and account in order, before spending on traffic.',
    },
    why: { zh: '筹备期最该补的是基础，基础不稳后面都白费。', en: 'At onboarding the base matters most; without it later effort is wasted.' },
  },
  {
    id: 'traffic-novice-open',
    pillar: 'traffic',
    stages: ['novice'],
    when: [{ kind: 'itemsOpen', pillar: 'traffic' }],
    action: {
      zh: '把广聚流清单里未完成的项逐个落实：预热视频、固定时段、封面标题。',
      en: 'Work through the open gather-traffic items: warm-up videos, a fixed slot, cover and title.',
    },
    why: { zh: '新手期的主要问题是流量，先让人进来。', en: 'The novice stage’s main problem is traffic: get people in first.' },
  },
  {
    id: 'conversion-growth-open',
    pillar: 'conversion',
    stages: ['growth'],
    when: [{ kind: 'itemsOpen', pillar: 'conversion' }],
    action: {
      zh: '补齐促转化清单：货盘分层、卖点卡、讲品顺序和团队分工。',
      en: 'Complete the drive-conversion list: tiered range, selling-point cards, product order and team roles.',
    },
    why: { zh: '成长期卡在转化，这是进入成熟期的关键。', en: 'Growth-stage shops stall on conversion; fixing it is the step to maturity.' },
  },
  {
    id: 'retention-mature-open',
    pillar: 'retention',
    stages: ['mature'],
    when: [{ kind: 'itemsOpen', pillar: 'retention' }],
    action: {
      zh: '补齐长沉淀清单：粉丝团与粉丝群、复盘习惯、售后和品牌内容。',
      en: 'Complete the long-term list: fan club and group, the review habit, after-sales and brand content.',
    },
    why: { zh: '成熟期增长放缓，留住人和积累品牌才有后劲。', en: 'Mature shops grow slowly; keeping customers and building the brand sustains them.' },
  },
];
