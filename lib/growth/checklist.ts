/**
 * The capability checklist: pillar → capability → concrete items a seller can tick.
 * Structure after seed 002's capability model; every item is worded by us so it can be checked
 * ("done / not done"), not admired. Items with an `evidence` rule can be ticked by the data
 * (see evidence.ts); the user's untick always wins (see progress.ts).
 *
 * Data file: longer than the house limit on purpose, one row per item.
 */
import type { MetricId } from '../metrics/catalog';
import { CAPABILITIES, type CapabilityId } from './pillars';
import type { PillarId, StageId } from './types';

/** When the data may tick an item. Counts are of the latest sessions that recorded the metric. */
export type EvidenceRule =
  /** the last `sessions` values are all on the good side of the stage band ('good' = within or
   *  better; 'better' = past the band on the good side, e.g. refunds under the band) */
  | { kind: 'bandStreak'; metric: MetricId; sessions: number; need: 'good' | 'better' }
  /** the last `sessions` values are all ≥ a number, or ≥ the user's break-even ROI (default 1) */
  | { kind: 'valueStreak'; metric: MetricId; sessions: number; atLeast: number | 'breakEvenRoi' }
  /** the last `sessions` sessions (all of them, not only those with the metric) each have it > 0 */
  | { kind: 'presentStreak'; metric: MetricId; sessions: number }
  /** shop experience score on the 100-point scale (a 5-point score is scaled) */
  | { kind: 'shopScore'; atLeast: number }
  /** at least `sessions` sessions within `days` days before now (or before the latest session) */
  | { kind: 'cadence'; sessions: number; days: number };

export interface ChecklistItem {
  id: string;
  zh: string;
  en: string;
  pillar: PillarId;
  capability: CapabilityId;
  /** stages where the item matters */
  stages: readonly StageId[];
  evidence?: EvidenceRule;
}

export interface ChecklistEntry {
  checked: boolean;
  by: 'user' | 'data';
  /** ms since epoch */
  at: number;
  /** the user unticked an item the data had ticked: remembered, and it wins over evidence */
  untickedByUser?: boolean;
}
export type ChecklistState = Record<string, ChecklistEntry>;

const ALL = ['onboarding', 'novice', 'growth', 'mature'] as const;
const ON = ['onboarding', 'novice'] as const;
const ONG = ['onboarding', 'novice', 'growth'] as const;
const NG = ['novice', 'growth'] as const;
const NGM = ['novice', 'growth', 'mature'] as const;
const GM = ['growth', 'mature'] as const;

const item = (capability: CapabilityId, id: string, stages: readonly StageId[], zh: string, en: string, evidence?: EvidenceRule): ChecklistItem => ({
  id,
  zh,
  en,
  pillar: CAPABILITIES[capability].pillar,
  capability,
  stages,
  ...(evidence ? { evidence } : {}),
});

const streak3 = (metric: MetricId, need: 'good' | 'better' = 'good'): EvidenceRule => ({ kind: 'bandStreak', metric, sessions: 3, need });

export const CHECKLIST: readonly ChecklistItem[] = [
  // 强阵地 · 平台认知
  item(
    'platformThinking',
    'base.rules.settled',
    ['onboarding'],
    '入驻手续办完：资质审核通过，保证金已缴',
    'Settled in: qualifications approved and the deposit paid',
  ),
  item(
    'platformThinking',
    'base.rules.novice-period',
    ['onboarding'],
    '弄清新店期有哪些限制、考核什么',
    'Know what the new-shop period restricts and what it measures',
  ),
  item(
    'platformThinking',
    'base.rules.listing',
    ON,
    '商品上架前自查类目、标题、主图，没有违规词和违规图',
    'Check category, title and main image before listing: no banned words or images',
  ),
  item(
    'platformThinking',
    'base.rules.after-sales',
    ON,
    '写下发货时限、退换货和售后的处理办法，团队人人知道',
    'Write down dispatch deadlines and how returns and after-sales are handled; the whole team knows it',
  ),
  item(
    'platformThinking',
    'base.rules.alliance-fees',
    ONG,
    '算清精选联盟佣金和平台服务费怎么扣，定价时已计入',
    'Know how creator commission and platform fees are deducted, and price with them included',
  ),
  item(
    'platformThinking',
    'base.rules.interest-logic',
    ['onboarding'],
    '团队能讲明白“内容把货推给感兴趣的人”这套逻辑，并据此规划内容',
    'The team can explain how content pushes goods to interested people, and plans content around it',
  ),
  // 强阵地 · 店铺与账号
  item(
    'shopAccount',
    'base.account.positioning',
    ON,
    '用一句话写清账号定位：卖给谁、卖什么、凭什么买你',
    'One sentence on the account: who it sells to, what, and why they should buy from you',
  ),
  item(
    'shopAccount',
    'base.account.profile',
    ['onboarding'],
    '头像、名称、简介和定位一致，一眼看得出卖什么',
    'Avatar, name and bio match the positioning; what you sell is obvious at a glance',
  ),
  item(
    'shopAccount',
    'base.account.video-style',
    ON,
    '短视频有固定的风格和栏目，不是想到什么拍什么',
    'Short videos follow a set style and formats, not whatever comes to mind',
  ),
  item('shopAccount', 'base.account.room-decor', ON, '直播间背景、贴片和品牌元素装好了', 'Live-room backdrop, overlays and brand elements are in place'),
  item(
    'shopAccount',
    'base.shop.experience-score',
    ALL,
    '店铺体验分保持在安全线以上（默认按百分制90分）',
    'Shop experience score stays above the safe line (default 90 of 100)',
    { kind: 'shopScore', atLeast: 90 },
  ),
  item(
    'shopAccount',
    'base.shop.score-review',
    NGM,
    '每周看一次体验分的扣分项，逐条处理',
    'Once a week, go through the experience-score deductions and fix each one',
  ),
  item('shopAccount', 'base.shop.logistics', ONG, '揽收和发货时效达标，不因为缺货拖单', 'Pick-up and dispatch on time; no orders held up by stock-outs'),

  // 广聚流 · 短视频
  item(
    'organicVideo',
    'traffic.video.tags',
    NG,
    '看推荐来的观众画像，确认内容标签对准了目标人群',
    'Check who the recommendations bring and confirm the content tags reach the target audience',
  ),
  item('organicVideo', 'traffic.video.no-violations', NG, '近30天短视频没有违规记录', 'No short-video violations in the last 30 days'),
  item('organicVideo', 'traffic.video.cadence', NG, '短视频按固定节奏发布（如每周至少3条）', 'Post short videos on a fixed rhythm (e.g. at least 3 a week)'),
  item('organicVideo', 'traffic.video.completion', NG, '跟踪完播率，重点改开头3秒', 'Track completion rate and rework the first 3 seconds first'),
  item(
    'organicVideo',
    'traffic.video.warm-up',
    NGM,
    '每场开播前发预热视频，写明时间和福利',
    'Before each session, post a warm-up video with the time and the offer',
  ),
  item(
    'organicVideo',
    'traffic.video.highlights',
    NGM,
    '下播后剪高光片段发布，给下一场和商品引流',
    'After each session, cut and post highlights that feed the next session and the products',
  ),
  // 广聚流 · 直播间
  item(
    'organicLive',
    'traffic.live.cover-title',
    NG,
    '每场检查封面和标题：关键词对准目标人群，一眼看出福利',
    'Check cover and title every session: keywords fit the audience and the offer is obvious',
  ),
  item(
    'organicLive',
    'traffic.live.entry-in-band',
    NG,
    '曝光-观看率连续3场在参考区间内或更好',
    'Impression → view rate in or above the band for 3 sessions running',
    streak3('impressionToViewRate'),
  ),
  item(
    'organicLive',
    'traffic.live.watch-time',
    NGM,
    '人均观看时长连续3场不低于参考区间下限',
    'Average watch time at or above the band’s low edge for 3 sessions running',
    streak3('avgWatchSeconds'),
  ),
  item(
    'organicLive',
    'traffic.live.online',
    NG,
    '平均在线人数连续3场在参考区间内或更好',
    'Average concurrent viewers in or above the band for 3 sessions running',
    streak3('avgOnline'),
  ),
  item('organicLive', 'traffic.live.schedule', NG, '固定时段开播：近30天至少8场', 'Stream at fixed times: at least 8 sessions in the last 30 days', {
    kind: 'cadence',
    sessions: 8,
    days: 30,
  }),
  // 广聚流 · 付费
  item(
    'paidTraffic',
    'traffic.paid.break-even',
    NGM,
    '算出自己的保本ROI（按毛利、佣金和退款），并在设置里填好',
    'Work out your break-even ROI (from margin, commission and refunds) and enter it in settings',
  ),
  item(
    'paidTraffic',
    'traffic.paid.cold-start',
    NG,
    '千川冷启动用小预算分组测试人群和素材，再加预算',
    'Cold-start paid campaigns on small budgets split by audience and creative before scaling',
  ),
  item('paidTraffic', 'traffic.paid.roi-above', NGM, '投放ROI连续3场不低于保本ROI', 'Paid ROI at or above break-even for 3 sessions running', {
    kind: 'valueStreak',
    metric: 'roi',
    sessions: 3,
    atLeast: 'breakEvenRoi',
  }),
  item(
    'paidTraffic',
    'traffic.paid.roi-review',
    NGM,
    '每场对照保本ROI调整出价、人群和素材',
    'Every session, adjust bids, audiences and creatives against break-even ROI',
  ),
  item(
    'paidTraffic',
    'traffic.paid.boost-video',
    ['novice'],
    '用小额加热（DOU+、随心推）给表现好的预热视频追量',
    'Use small boosts (DOU+, 随心推) on warm-up videos that already perform',
  ),
  item(
    'paidTraffic',
    'traffic.paid.phase-plan',
    GM,
    '按起量、稳量、大促分阶段定投放节奏和预算',
    'Plan paid pacing and budget by phase: ramp-up, steady, big promotions',
  ),

  // 促转化 · 货品
  item(
    'goods',
    'conversion.goods.assortment',
    NGM,
    '货盘分层：引流款、利润款、形象款各有几款、各自的作用写清',
    'A tiered range: traffic, profit and image items, each with a stated role',
  ),
  item(
    'goods',
    'conversion.goods.pricing',
    NG,
    '主推品对照竞品定价，每款都讲得出价格理由',
    'Price lead items against competitors; every item has a reason for its price',
  ),
  item(
    'goods',
    'conversion.goods.selling-points',
    NG,
    '每个主推品写好卖点卡：特点、优势、好处、证明',
    'A selling-point card for each lead item: feature, advantage, benefit, proof',
  ),
  item(
    'goods',
    'conversion.goods.click-rate',
    GM,
    '商品曝光-点击率连续3场在参考区间内或更好',
    'Product impression → click rate in or above the band for 3 sessions running',
    streak3('productImpressionToClickRate'),
  ),
  item(
    'goods',
    'conversion.goods.pay-rate',
    GM,
    '点击-成交转化率连续3场在参考区间内或更好',
    'Click → pay rate in or above the band for 3 sessions running',
    streak3('clickToPayRate'),
  ),
  item(
    'goods',
    'conversion.goods.stock',
    NGM,
    '开播前核对每款库存，主推品备足，缺货款下架',
    'Check stock per item before going live; lead items well stocked, out-of-stock items pulled',
  ),
  // 促转化 · 团队
  item(
    'team',
    'conversion.team.roles',
    NG,
    '主播、副播、场控、运营分工写清，谁管什么一目了然',
    'Host, co-host, room control and operations each have a written remit',
  ),
  item(
    'team',
    'conversion.team.training',
    GM,
    '主播有培训计划：产品知识、话术、临场应变',
    'A training plan for hosts: product knowledge, talk tracks, handling surprises',
  ),
  // 促转化 · 达人
  item(
    'creators',
    'conversion.creators.alliance',
    NG,
    '商品上架精选联盟并设好佣金，方便达人带货',
    'Items listed in the creator alliance (精选联盟) with commission set',
  ),
  item(
    'creators',
    'conversion.creators.outreach',
    GM,
    '按计划联系中腰部达人，每月有新合作',
    'Reach out to mid-tier creators on a plan; new collaborations every month',
  ),
  item(
    'creators',
    'conversion.creators.review',
    GM,
    '每次达人合作后复盘成交、佣金和退款',
    'Review sales, commission and refunds after every creator collaboration',
  ),
  // 促转化 · 场景
  item('scene', 'conversion.scene.av-check', ONG, '灯光、收音、网络开播前测试达标', 'Light, sound and network tested before going live'),
  item('scene', 'conversion.scene.overlays', NG, '画面贴片写清价格、福利和下单方式', 'Overlays show price, offer and how to order'),
  // 促转化 · 内容
  item(
    'content',
    'conversion.content.script',
    NGM,
    '每场有脚本：开场、讲品顺序、互动点、收尾',
    'A script every session: opening, product order, interaction points, close',
  ),
  item('content', 'conversion.content.order', GM, '按上一场的数据调整讲品顺序和时长', 'Adjust product order and time per item from the last session’s data'),
  item(
    'content',
    'conversion.content.interaction-plan',
    NGM,
    '每场设计抽奖、问答或红包等互动，并定好时间点',
    'Plan lotteries, Q&A or red packets for each session, with set times',
  ),
  item(
    'content',
    'conversion.content.interaction-rate',
    GM,
    '互动率连续3场在参考区间内或更好',
    'Interaction rate in or above the band for 3 sessions running',
    streak3('interactionRate'),
  ),

  // 长沉淀 · 粉丝
  item(
    'fans',
    'retention.fans.follow-hook',
    NGM,
    '每场给观众一个关注的理由（关注领券、粉丝专享价）',
    'Give viewers a reason to follow every session (follow-to-claim coupon, fan-only price)',
  ),
  item(
    'fans',
    'retention.fans.follow-rate',
    GM,
    '关注率连续3场在参考区间内或更好',
    'Follow rate in or above the band for 3 sessions running',
    streak3('followRate'),
  ),
  item('fans', 'retention.fans.club', GM, '引导加入粉丝团：连续3场都有新加团', 'Invite viewers into the fan club: new joins in each of the last 3 sessions', {
    kind: 'presentStreak',
    metric: 'fanClubJoins',
    sessions: 3,
  }),
  item('fans', 'retention.fans.group', GM, '建粉丝群，定好群内福利和提醒开播的节奏', 'Run a fan group with a set rhythm of perks and live reminders'),
  item('fans', 'retention.fans.fatigue', ['mature'], '福利形式轮换，避免粉丝对同一种活动疲劳', 'Rotate the kind of perks so fans do not tire of the same one'),
  // 长沉淀 · 数据
  item('data', 'retention.data.review', NGM, '每场下播后24小时内完成复盘并记下要改的点', 'Review each session within 24 hours and write down what to change'),
  item('data', 'retention.data.gpm-track', GM, '连续3场都记录到千次观看成交金额（GPM）', 'GPM recorded for each of the last 3 sessions', {
    kind: 'presentStreak',
    metric: 'gpm',
    sessions: 3,
  }),
  item('data', 'retention.data.audience', GM, '对照人群画像，确认进来的观众就是目标客户', 'Compare the audience portrait with the target customer'),
  item(
    'data',
    'retention.data.channel-mix',
    GM,
    '每月看一次成交渠道结构：自播、达人、活动各占多少',
    'Monthly look at the channel mix: own live, creators, campaigns',
  ),
  // 长沉淀 · 服务
  item(
    'service',
    'retention.service.response',
    NGM,
    '客服（飞鸽）响应时长达标，开播时段有人值守',
    'Customer-service (飞鸽) response time on target, staffed during sessions',
  ),
  item(
    'service',
    'retention.service.refunds-in-band',
    NGM,
    '退款率连续3场不高于参考区间上限',
    'Refund rate at or under the band’s high edge for 3 sessions running',
    streak3('refundRate'),
  ),
  item(
    'service',
    'retention.service.refund-reasons',
    NGM,
    '逐单看退款原因，把前三大原因改进到商品或话术里',
    'Read refund reasons order by order and fix the top three in the product or the talk track',
  ),
  item('service', 'retention.service.bad-reviews', GM, '差评逐条回访处理', 'Follow up every bad review'),
  // 长沉淀 · 品牌
  item(
    'brand',
    'retention.brand.ip',
    ['mature'],
    '写清品牌人设：说话方式、形象、和谁站在一起',
    'Write down the brand persona: voice, look, who it stands with',
  ),
  item('brand', 'retention.brand.content', ['mature'], '品牌内容持续输出，不只在大促时出现', 'Brand content goes out steadily, not only around big promotions'),
];

export const checklistItem = (id: string): ChecklistItem | undefined => CHECKLIST.find((i) => i.id === id);
