/**
 * Reference bands per metric, by stage and (where DASHBOARDS.md §10 has a figure) by category.
 *
 * All of these are weak. §10 says so and so do we: every band carries its source and a
 * confidence tag, and the page's own 同行同级 / 同行同层 values (peer benchmarks) or the user's
 * own targets should be preferred whenever they exist (see compareToBenchmarks).
 *
 * Deliberately missing: GPM (no credible published ranges), ROI (depends on margin: advice uses
 * the user's break-even ROI instead), average order value (a positioning choice, not a quality),
 * per-category refund bands (§10's figures look implausibly low and are flagged "do not trust").
 */
import type { MetricId } from '../metrics/catalog';
import type { BandConfidence, Bilingual, CategoryId, StageId } from './types';

export interface Band {
  id: string;
  metric: MetricId;
  /** stages the band is for; absent = every stage */
  stages?: readonly StageId[];
  /** category the band is for; absent = any category */
  category?: CategoryId;
  low: number;
  high: number;
  confidence: BandConfidence;
  source: Bilingual;
}

export type BandSet = Partial<Record<MetricId, Band>>;

const EARLY = ['onboarding', 'novice'] as const satisfies readonly StageId[];
const LATER = ['growth', 'mature'] as const satisfies readonly StageId[];

const SRC = {
  generic: {
    zh: '通用默认区间（未经验证）：来自公开资料的粗略范围，仅作参考',
    en: 'Generic default (unverified): a broad range from public material, for orientation only',
  },
  entryQa: {
    zh: '从业者问答：新号约15%算合格，老号约25%算不错；区间边界是我们定的',
    en: 'Practitioner Q&A: about 15% passes for a new account, about 25% is good for an established one; the edges are ours',
  },
  reviewTool: {
    zh: '开源直播复盘工具的规则阈值（无类目区分）',
    en: 'Rule thresholds of an open-source live-review tool (no category split)',
  },
  watch: {
    zh: '复盘工具：低于45秒偏低、60秒以上合格；健康标准表：2分钟以上为优；边界按阶段取舍',
    en: 'Review tool: under 45 s is low, 60 s or more is fine; a "health" table: 2 min or more is excellent; edges picked per stage',
  },
  follow: {
    zh: '复盘工具：关注率2%偏低、3%良好；健康标准表：转粉率5%以上为佳',
    en: 'Review tool: 2% follow rate is low, 3% is good; a "health" table: 5% or more is excellent',
  },
  online: {
    zh: '复盘工具与健康标准表：平均在线50人是及格线；上限500是我们定的',
    en: 'Review tool and a "health" table: 50 average online is the pass mark; the 500 upper edge is ours',
  },
  categoryTable: {
    zh: '某复盘工具内置的“行业基准”均值 ±25%，来源不明，仅作占位',
    en: 'A review tool’s built-in "industry baseline" mean ±25%; no provenance, a placeholder only',
  },
  apparelRefund: {
    zh: '服饰退款通常远高于其他类目，区间放宽；具体数值是我们的估计',
    en: 'Apparel refunds usually run far higher than other categories, so the band is wider; the figures are our guess',
  },
} satisfies Record<string, Bilingual>;

const band = (
  id: string,
  metric: MetricId,
  low: number,
  high: number,
  confidence: BandConfidence,
  source: Bilingual,
  where: { stages?: readonly StageId[]; category?: CategoryId } = {},
): Band => ({ id, metric, low, high, confidence, source, ...where });

/** §10's per-category means become mean ±25% bands, rounded so they do not look precise. */
const fromMean = (metric: MetricId, means: Record<CategoryId, number>, digits: number): Band[] =>
  (Object.entries(means) as Array<[CategoryId, number]>).map(([category, mean]) => {
    const f = 10 ** digits;
    return band(`${metric}.${category}`, metric, Math.round(mean * 0.75 * f) / f, Math.round(mean * 1.25 * f) / f, 'unverified default', SRC.categoryTable, {
      category,
    });
  });

export const BANDS: readonly Band[] = [
  band('impressionToViewRate.early', 'impressionToViewRate', 0.1, 0.2, 'practitioner', SRC.entryQa, { stages: EARLY }),
  band('impressionToViewRate.later', 'impressionToViewRate', 0.15, 0.25, 'practitioner', SRC.entryQa, { stages: LATER }),
  ...fromMean('impressionToViewRate', { apparel: 0.186, food: 0.212, beauty: 0.198, home: 0.174, daily: 0.226, general: 0.19 }, 3),

  band('avgWatchSeconds.early', 'avgWatchSeconds', 45, 90, 'practitioner', SRC.watch, { stages: EARLY }),
  band('avgWatchSeconds.later', 'avgWatchSeconds', 60, 120, 'practitioner', SRC.watch, { stages: LATER }),
  ...fromMean('avgWatchSeconds', { apparel: 58, food: 46, beauty: 63, home: 61, daily: 42, general: 55 }, 0),

  band('productImpressionToClickRate', 'productImpressionToClickRate', 0.1, 0.3, 'unverified default', SRC.generic),
  // §10's "ctr" column does not say which click rate it is; we read it as clicks ÷ viewers.
  ...fromMean('productClickRate', { apparel: 0.248, food: 0.315, beauty: 0.272, home: 0.231, daily: 0.338, general: 0.26 }, 3),

  band('clickToPayRate', 'clickToPayRate', 0.05, 0.15, 'unverified default', SRC.generic),
  ...fromMean('clickToPayRate', { apparel: 0.087, food: 0.114, beauty: 0.091, home: 0.072, daily: 0.132, general: 0.09 }, 3),

  ...fromMean('uvValue', { apparel: 8.8, food: 6.2, beauty: 9.6, home: 10.4, daily: 5.1, general: 8.0 }, 1),

  band('followRate.early', 'followRate', 0.01, 0.03, 'unverified default', SRC.generic, { stages: EARLY }),
  band('followRate.later', 'followRate', 0.02, 0.05, 'practitioner', SRC.follow, { stages: LATER }),

  band('interactionRate', 'interactionRate', 0.08, 0.12, 'practitioner', SRC.reviewTool),

  band('avgOnline.early', 'avgOnline', 10, 50, 'unverified default', SRC.generic, { stages: EARLY }),
  band('avgOnline.later', 'avgOnline', 50, 500, 'practitioner', SRC.online, { stages: LATER }),

  band('refundRate', 'refundRate', 0.05, 0.25, 'unverified default', SRC.generic),
  band('refundRate.apparel', 'refundRate', 0.15, 0.45, 'unverified default', SRC.apparelRefund, { category: 'apparel' }),
];

/**
 * The most specific band for a metric: a category match outranks a stage match (a food room and
 * a home-goods room differ more than a new and an old room of the same kind), and a band for
 * neither is the fallback. A band for another stage or category never applies.
 */
export function bandFor(metric: MetricId, stage: StageId, category?: CategoryId, bands: readonly Band[] = BANDS): Band | undefined {
  let best: Band | undefined;
  let bestScore = -1;
  for (const b of bands) {
    if (b.metric !== metric) continue;
    if (b.stages && !b.stages.includes(stage)) continue;
    if (b.category && b.category !== category) continue;
    const score = (b.category ? 2 : 0) + (b.stages ? 1 : 0);
    if (score > bestScore) {
      best = b;
      bestScore = score;
    }
  }
  return best;
}

/** Every metric's band for one shop's stage and category: what evidence rules check against. */
export function bandsFor(stage: StageId, category?: CategoryId, bands: readonly Band[] = BANDS): BandSet {
  const out: BandSet = {};
  for (const metric of new Set(bands.map((b) => b.metric))) {
    const b = bandFor(metric, stage, category, bands);
    if (b) out[metric] = b;
  }
  return out;
}
