/**
 * The four growth stages (seed 002) as data, and a transparent guess at which one a shop is in.
 *
 * The guess is a weighted vote of a few size signals, each mapped to a stage by cut points, plus
 * a trend nudge. It always explains itself (reasons) and says how sure it is (confidence), and the
 * user can override it: the platforms publish no stage definitions, so ours are opinions.
 */
import type { MetricId } from '../metrics/catalog';
import { explainNumber } from './format';
import { latestValues, median, score100 } from './history';
import type { Bilingual, PillarId, ShopHistory, StageId } from './types';
import { STAGE_IDS, isStageId } from './types';

export interface StageDef {
  name: Bilingual;
  meaning: Bilingual;
  trouble: Bilingual;
  /** how much each pillar matters now; sums to 1. Advice ranks by gap × this weight. */
  weights: Record<PillarId, number>;
  /** the pillar to push first */
  key: PillarId;
}

// Weights follow seed 002's emphasis: base for onboarding, traffic for novice and growth,
// conversion for growth (the step to maturity), retention for mature and never negligible.
export const STAGES: Record<StageId, StageDef> = {
  onboarding: {
    name: { zh: '引入/筹备期', en: 'Onboarding' },
    meaning: {
      zh: '刚入驻或刚开始开播，店铺、账号和规则还在搭建。',
      en: 'Just settled in or just starting to stream; shop, account and rules are still being set up.',
    },
    trouble: { zh: '不熟悉平台逻辑，账号该怎么经营没有头绪。', en: 'The platform logic is unfamiliar and it is unclear how to run the account.' },
    weights: { base: 0.45, traffic: 0.25, conversion: 0.15, retention: 0.15 },
    key: 'base',
  },
  novice: {
    name: { zh: '新手探索期', en: 'Novice' },
    meaning: { zh: '已经在开播，但流量和销量都还不稳定。', en: 'Streaming regularly, but traffic and sales are not yet steady.' },
    trouble: {
      zh: '拿不到流量：直播和短视频都只有零星观看，销量忽高忽低。',
      en: 'Little traffic: few viewers on live and short video, and sales swing from session to session.',
    },
    weights: { base: 0.2, traffic: 0.4, conversion: 0.2, retention: 0.2 },
    key: 'traffic',
  },
  growth: {
    name: { zh: '成长期/发展期', en: 'Growth' },
    meaning: {
      zh: '流量起来了，商品也多了，开始卡在转化和运营短板上。',
      en: 'Traffic has come and the range has grown; conversion and operating gaps now cap growth.',
    },
    trouble: { zh: '商品不少但成交转化弱，运营短板限制继续增长。', en: 'Plenty of products but weak conversion; operating weak spots hold growth back.' },
    weights: { base: 0.1, traffic: 0.3, conversion: 0.4, retention: 0.2 },
    key: 'conversion',
  },
  mature: {
    name: { zh: '成熟期', en: 'Mature' },
    meaning: {
      zh: '规模稳定，增长放缓，重点转向留住人和积累品牌。',
      en: 'Stable at scale with slowing growth; the focus moves to keeping customers and building the brand.',
    },
    trouble: { zh: '涨粉慢、粉丝粘性低，品牌资产没有沉淀下来。', en: 'Slow follower growth, low stickiness, no lasting brand assets.' },
    weights: { base: 0.1, traffic: 0.2, conversion: 0.25, retention: 0.45 },
    key: 'retention',
  },
};

export interface LevelSignal {
  id: 'sessions' | 'viewers' | 'gmv' | 'fans';
  /** the per-session metric whose recent median is read; absent for shop-level counts */
  metric?: MetricId;
  /** values at which the signal moves to novice, growth, mature */
  cuts: readonly [number, number, number];
  weight: number;
  label: Bilingual;
}

/**
 * UNVERIFIED DEFAULTS. No platform publishes stage boundaries; these cut points are our own
 * round-number guesses (DASHBOARDS.md §10 only offers "≈500 viewers is a normal account").
 * Change them here; tests pin behaviour, not the numbers' truth.
 */
export const STAGE_THRESHOLDS = {
  note: {
    zh: '阶段划分的阈值是未经验证的默认值，平台没有公开标准；如判断不符，请手动选择阶段。',
    en: 'Stage thresholds are unverified defaults (no platform publishes them); override the stage if it looks wrong.',
  } satisfies Bilingual,
  /** sessions in the "recent" median */
  recentN: 5,
  signals: [
    { id: 'sessions', cuts: [3, 15, 60], weight: 1, label: { zh: '已记录场次', en: 'Sessions recorded' } },
    {
      id: 'viewers',
      metric: 'viewers',
      cuts: [100, 1000, 10000],
      weight: 1.5,
      label: { zh: '近期场均观看人数（中位数）', en: 'Recent viewers per session (median)' },
    },
    { id: 'gmv', metric: 'gmv', cuts: [1000, 20000, 200000], weight: 2, label: { zh: '近期场均成交金额（中位数）', en: 'Recent GMV per session (median)' } },
    { id: 'fans', cuts: [1000, 10000, 100000], weight: 1, label: { zh: '粉丝数', en: 'Followers' } },
  ] as const satisfies readonly LevelSignal[],
  /** experience score (100-point) under this votes for onboarding: the base is not solid yet */
  lowScore: 80,
  lowScoreWeight: 0.5,
  /** recent / earlier median GMV at or above this nudges a novice-or-bigger shop toward growth */
  trendUp: 1.3,
  trendDown: 0.7,
  trendNudge: 0.4,
  /** the earlier window needs at least this many sessions for a trend */
  trendMinEarlier: 3,
  /** latest session older than this (days, needs `now`) lowers confidence */
  staleDays: 60,
  staleFactor: 0.7,
  /** fewer sessions than recentN lowers confidence */
  fewSessionsFactor: 0.8,
  /** the thresholds are guesses, so even unanimous signals never claim certainty */
  maxConfidence: 0.9,
};

export interface StageReason extends Bilingual {
  metric?: MetricId;
  value?: number;
}

export interface StageInference {
  stage: StageId;
  confidence: number;
  reasons: StageReason[];
}

const levelOf = (x: number, cuts: readonly number[]): number => cuts.filter((c) => x >= c).length;

const rangeText = (level: number, cuts: readonly number[], fmt: (n: number) => string): Bilingual => {
  const lo = cuts[level - 1];
  const hi = cuts[level];
  if (lo === undefined && hi !== undefined) return { zh: `低于 ${fmt(hi)}`, en: `under ${fmt(hi)}` };
  if (hi === undefined && lo !== undefined) return { zh: `${fmt(lo)} 及以上`, en: `${fmt(lo)} or more` };
  return { zh: `${fmt(lo ?? 0)}–${fmt(hi ?? 0)}`, en: `${fmt(lo ?? 0)}–${fmt(hi ?? 0)}` };
};

const DAY = 86_400_000;

export function inferStage(history: ShopHistory, now?: number): StageInference {
  const T = STAGE_THRESHOLDS;
  const reasons: StageReason[] = [];
  const votes: Array<{ level: number; weight: number }> = [];
  let available = 0;
  let total = 0;

  for (const sig of T.signals) {
    total += sig.weight;
    let value: number | undefined;
    if (sig.id === 'sessions') value = history.sessions.length;
    else if (sig.id === 'fans') value = history.fans;
    else if ('metric' in sig) value = median(latestValues(history, sig.metric, T.recentN).map((p) => p.value.value)) ?? undefined;
    if (value === undefined || !Number.isFinite(value)) continue;
    const level = levelOf(value, sig.cuts);
    votes.push({ level, weight: sig.weight });
    available += sig.weight;
    const unit = sig.id === 'gmv' ? 'cny' : 'count';
    const fmt = (n: number) => explainNumber(n, unit, 'en');
    const stage = STAGES[STAGE_IDS[level] ?? 'onboarding'].name;
    const range = rangeText(level, sig.cuts, fmt);
    reasons.push({
      zh: `${sig.label.zh} ${fmt(value)}，落在${stage.zh}的区间（${range.zh}）`,
      en: `${sig.label.en}: ${fmt(value)}, in the ${stage.en} range (${range.en})`,
      ...('metric' in sig ? { metric: sig.metric } : {}),
      value,
    });
  }

  const score = score100(history.experienceScore);
  if (score !== undefined && score < T.lowScore) {
    votes.push({ level: 0, weight: T.lowScoreWeight });
    reasons.push({
      zh: `店铺体验分 ${score} 低于 ${T.lowScore}（百分制），基础阵地还不稳`,
      en: `Shop experience score ${score} is under ${T.lowScore} (of 100): the base is not solid yet`,
      metric: 'experienceScore',
      value: score,
    });
  }

  const weightSum = votes.reduce((s, v) => s + v.weight, 0);
  let level = votes.reduce((s, v) => s + v.level * v.weight, 0) / weightSum;

  const recent = median(latestValues(history, 'gmv', T.recentN).map((p) => p.value.value));
  const earlierVals = latestValues(history, 'gmv', T.recentN, T.recentN).map((p) => p.value.value);
  const earlier = earlierVals.length >= T.trendMinEarlier ? median(earlierVals) : null;
  if (recent !== null && earlier !== null && earlier > 0) {
    const ratio = recent / earlier;
    const pct = Math.round((ratio - 1) * 100);
    if (ratio >= T.trendUp && level >= 0.5) {
      level = Math.min(level + T.trendNudge, 2.49); // growing fast looks like growth, never maturity
      reasons.push({
        zh: `近期成交金额比之前高 ${pct}%，处在上升期`,
        en: `Recent GMV is ${pct}% above the earlier sessions: on the way up`,
        metric: 'gmv',
        value: ratio,
      });
    } else if (ratio <= T.trendDown) {
      reasons.push({ zh: `近期成交金额比之前低 ${-pct}%`, en: `Recent GMV is ${-pct}% below the earlier sessions`, metric: 'gmv', value: ratio });
    } else {
      reasons.push({ zh: '近期成交金额与之前大致持平', en: 'Recent GMV is roughly flat against the earlier sessions', metric: 'gmv', value: ratio });
    }
  }

  const idx = Math.max(0, Math.min(3, Math.round(level)));
  const stage = STAGE_IDS[idx] ?? 'onboarding';
  const agreement = votes.reduce((s, v) => s + v.weight * Math.max(0, 1 - Math.abs(v.level - idx) / 2), 0) / weightSum;
  let confidence = (available / total) * agreement * T.maxConfidence;

  if (history.sessions.length < T.recentN) {
    confidence *= T.fewSessionsFactor;
    reasons.push({ zh: `只有 ${history.sessions.length} 场记录，判断依据偏少`, en: `Only ${history.sessions.length} sessions recorded: thin evidence` });
  }
  const latest = Math.max(...history.sessions.map((s) => (s.start ? Date.parse(s.start) : NaN)).filter(Number.isFinite));
  if (now !== undefined && Number.isFinite(latest) && now - latest > T.staleDays * DAY) {
    confidence *= T.staleFactor;
    const days = Math.floor((now - latest) / DAY);
    reasons.push({ zh: `最近一场已是 ${days} 天前，数据可能过时`, en: `The latest session was ${days} days ago: the data may be stale` });
  }
  reasons.push(T.note);
  return { stage, confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100, reasons };
}

export interface EffectiveStage {
  stage: StageId;
  /** 'user' when the override was used */
  by: 'user' | 'data';
  inferred: StageId;
  confidence: number;
}

/** The user's choice wins; an unknown override (stale setting) is ignored. */
export function effectiveStage(inferred: StageInference, override?: StageId | null): EffectiveStage {
  const base = { inferred: inferred.stage, confidence: inferred.confidence };
  return isStageId(override) ? { stage: override, by: 'user', ...base } : { stage: inferred.stage, by: 'data', ...base };
}
