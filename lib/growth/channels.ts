/**
 * Channel mix: where the shop's GMV comes from, mapped onto the platform's own framework —
 * Douyin FACT (Field own live, Alliance creator matrix, Campaign, Top KOL) or Kuaishou STEPS
 * (Self-operation, Traffic, Elite distribution, Private domain, Specialty products; seed 004) —
 * with the share each stage suggests.
 *
 * The suggested ranges are UNVERIFIED DEFAULTS (our reading of the seed's emphasis; no platform
 * publishes targets). A missing channel is unknown, never 0: shares are then of the known part.
 */
import type { MetricId } from '../metrics/catalog';
import { CHANNEL_METRICS, type ChannelInput, type ChannelMetricId, type Framework } from './channelIds';
import { place, type Position } from './position';
import type { Bilingual, MetricValue, StageId } from './types';

export { CHANNEL_METRICS } from './channelIds';
export type { ChannelInput, ChannelMetricId, Framework } from './channelIds';

export interface ChannelGroupDef {
  id: string;
  letter: string;
  name: Bilingual;
  /** channel metrics summed into the group; empty = not measurable from these numbers */
  metrics: readonly ChannelMetricId[];
  note?: Bilingual;
  /** suggested share of GMV per stage, [low, high]; unverified defaults */
  suggested?: Record<StageId, readonly [number, number]>;
}

export const FRAMEWORKS: Record<Framework, { name: Bilingual; groups: readonly ChannelGroupDef[] }> = {
  fact: {
    name: { zh: '抖音 FACT', en: 'Douyin FACT' },
    groups: [
      {
        id: 'field',
        letter: 'F',
        name: { zh: '商家自播', en: 'Field: own live room' },
        metrics: ['channelGmvOwnLive', 'channelGmvVideo'],
        note: { zh: '短视频成交按自家账号计入', en: 'Short-video GMV is counted as own-account content' },
        suggested: { onboarding: [0.5, 1], novice: [0.4, 0.8], growth: [0.35, 0.6], mature: [0.3, 0.55] },
      },
      {
        id: 'alliance',
        letter: 'A',
        name: { zh: '达人矩阵', en: 'Alliance: creator matrix' },
        metrics: ['channelGmvCreators'],
        suggested: { onboarding: [0, 0.5], novice: [0.1, 0.4], growth: [0.2, 0.4], mature: [0.2, 0.4] },
      },
      {
        id: 'campaign',
        letter: 'C',
        name: { zh: '营销活动', en: 'Campaign' },
        metrics: ['channelGmvCampaign'],
        suggested: { onboarding: [0, 0.1], novice: [0, 0.15], growth: [0.05, 0.2], mature: [0.05, 0.2] },
      },
      {
        id: 'topKol',
        letter: 'T',
        name: { zh: '头部达人', en: 'Top KOL' },
        metrics: [],
        note: {
          zh: '达人成交不区分头部与中腰部；填写头部达人成交后才能单独计算',
          en: 'Creator GMV is not split by tier; enter top-creator GMV to see this apart',
        },
        suggested: { onboarding: [0, 0.1], novice: [0, 0.15], growth: [0.05, 0.25], mature: [0.1, 0.25] },
      },
      { id: 'outside', letter: '–', name: { zh: '商品卡（不在 FACT 内）', en: 'Product cards (outside FACT)' }, metrics: ['channelGmvProductCard'] },
    ],
  },
  steps: {
    name: { zh: '快手 STEPS', en: 'Kuaishou STEPS' },
    groups: [
      {
        id: 'self',
        letter: 'S',
        name: { zh: '品牌自播', en: 'Self-operation' },
        metrics: ['channelGmvOwnLive', 'channelGmvVideo'],
        suggested: { onboarding: [0.5, 1], novice: [0.4, 0.8], growth: [0.35, 0.65], mature: [0.3, 0.6] },
      },
      {
        id: 'traffic',
        letter: 'T',
        name: { zh: '公域流量', en: 'Traffic (public domain)' },
        metrics: ['channelGmvCampaign', 'channelGmvProductCard'],
        note: { zh: '用活动和商品卡成交近似公域', en: 'Campaign and product-card GMV stand in for the public domain' },
        suggested: { onboarding: [0, 0.2], novice: [0.05, 0.3], growth: [0.1, 0.3], mature: [0.1, 0.3] },
      },
      {
        id: 'elite',
        letter: 'E',
        name: { zh: '达人分销', en: 'Elite distribution' },
        metrics: ['channelGmvCreators'],
        suggested: { onboarding: [0, 0.4], novice: [0.1, 0.4], growth: [0.2, 0.45], mature: [0.2, 0.45] },
      },
      {
        id: 'private',
        letter: 'P',
        name: { zh: '私域', en: 'Private domain' },
        metrics: [],
        note: { zh: '这些成交数字看不出私域；看复购和粉丝群', en: 'Not visible in these GMV figures; look at repurchase and fan groups' },
      },
      {
        id: 'specialty',
        letter: 'S',
        name: { zh: '渠道特供品', en: 'Specialty products' },
        metrics: [],
        note: { zh: '需要按商品区分，这些数字看不出', en: 'Needs a per-product split; not visible in these figures' },
      },
    ],
  },
};

export const STAGE_MIX_ADVICE: Record<StageId, Bilingual> = {
  onboarding: {
    zh: '先把自播跑顺；达人合作可以先在联盟里小范围试。',
    en: 'Get your own live room running first; try creators on a small scale through the alliance.',
  },
  novice: { zh: '自播是基本盘，开始稳定地找中腰部达人分销。', en: 'Own live is the core; start steady distribution through mid-tier creators.' },
  growth: {
    zh: '扩大达人矩阵，参加平台活动，头部达人用来引爆主推品。',
    en: 'Grow the creator matrix, join platform campaigns, use top creators to launch lead items.',
  },
  mature: {
    zh: '各渠道保持平衡，自播守住基本盘，不依赖单一渠道。',
    en: 'Keep the channels balanced, own live holding the base, no single channel carrying the shop.',
  },
};

export const MIX_EXAMPLES: Record<Framework, Bilingual> = {
  fact: {
    zh: '例：三只松鼠在抖音，自家两个账号自播约占店铺销售一半，几位头部主播合作约占两成，其余分给众多中腰部达人，并积极参加平台大促。',
    en: 'Example: Three Squirrels on Douyin — its two own accounts brought about half the shop’s sales, a few top streamers about a fifth, and many mid-tier creators the rest, alongside platform campaigns.',
  },
  steps: {
    zh: '例：朵拉朵尚在快手，由创始人亲自开播，并按老粉的真实需求调整产品线，用客服和复购留住人。',
    en: 'Example: Dora Duoshang on Kuaishou — the founder streams in person, reshapes the range to what regular fans ask for, and keeps them through service and repurchase.',
  },
};

export interface GroupShare {
  id: string;
  letter: string;
  name: Bilingual;
  value: number | null;
  share: number | null;
  suggested?: { low: number; high: number };
  /** against the suggestion; 'unknown' when either is missing. Neither side is "good" as such. */
  position: Position;
  note?: Bilingual;
}

export interface ChannelMix {
  framework: Framework;
  /** sum of the known channels; null when none is known */
  total: number | null;
  /** false when some channel was not recorded: shares are of the known part */
  complete: boolean;
  channels: Array<{ metric: ChannelMetricId; value: number | null; share: number | null }>;
  groups: GroupShare[];
  advice: Bilingual;
  example: Bilingual;
  note: Bilingual;
}

const NOTE: Bilingual = { zh: '建议占比是未经验证的默认值，仅供参考。', en: 'Suggested shares are unverified defaults, for orientation only.' };

const val = (v: MetricValue | undefined): number | null => (v && v.value !== null && Number.isFinite(v.value) ? v.value : null);

export function channelMix(input: ChannelInput, opts: { framework: Framework; stage: StageId; topKolGmv?: number }): ChannelMix {
  const { framework, stage } = opts;
  const values = CHANNEL_METRICS.map((m) => ({ metric: m, value: val(input[m]) }));
  const known = values.filter((v) => v.value !== null);
  const total = known.length ? known.reduce((s, v) => s + (v.value ?? 0), 0) : null;
  const share = (x: number | null) => (x === null || total === null || total <= 0 ? null : x / total);

  const creators = val(input.channelGmvCreators);
  const top = opts.topKolGmv !== undefined && Number.isFinite(opts.topKolGmv) && creators !== null ? Math.min(opts.topKolGmv, creators) : null;

  const groups = FRAMEWORKS[framework].groups.map((g): GroupShare => {
    const vs = g.metrics.map((m) => val(input[m])).filter((x): x is number => x !== null);
    let value = vs.length ? vs.reduce((s, x) => s + x, 0) : null;
    let note = g.note;
    if (framework === 'fact' && g.id === 'topKol') value = top;
    if (framework === 'fact' && g.id === 'topKol' && top !== null) note = undefined;
    if (framework === 'fact' && g.id === 'alliance' && value !== null && top !== null) value -= top;
    let sug = g.suggested?.[stage];
    // Without a top-creator split, A holds all creator GMV: compare it with A + T's ranges.
    const t = FRAMEWORKS.fact.groups.find((x) => x.id === 'topKol')?.suggested?.[stage];
    if (framework === 'fact' && g.id === 'alliance' && top === null && sug && t) {
      sug = [sug[0] + t[0], Math.min(1, sug[1] + t[1])];
      note = { zh: '包含头部达人（未单独填写）', en: 'Includes top creators (not entered separately)' };
    }
    const sh = share(value);
    const position = sh === null || !sug ? 'unknown' : place({ value: sh }, sug[0], sug[1], 'neutral').position;
    return {
      id: g.id,
      letter: g.letter,
      name: g.name,
      value,
      share: sh,
      position,
      ...(sug ? { suggested: { low: sug[0], high: sug[1] } } : {}),
      ...(note ? { note } : {}),
    };
  });

  return {
    framework,
    total,
    complete: known.length === CHANNEL_METRICS.length,
    channels: values.map((v) => ({ ...v, share: share(v.value) })),
    groups,
    advice: STAGE_MIX_ADVICE[stage],
    example: MIX_EXAMPLES[framework],
    note: NOTE,
  };
}
