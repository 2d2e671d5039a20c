/**
 * One comparison of a metric value against every reference we have: the user's target, the
 * platform's peer values read from the page, our stage band, and the shop's own history.
 *
 * Order of trust (and of `primary`): target (the user's own word) → peer values (platform,
 * category- and tier-specific) → band (weak defaults) → own history (says "usual", not "good").
 * Every verdict honours the metric's better-direction, never treats a missing value as 0, says
 * when the value was derived, and respects qualifiers (see position.ts).
 */
import type { Benchmark, BenchmarkKind } from '../capture/types';
import { METRICS, type MetricId } from '../metrics/catalog';
import { BANDS, bandFor, type Band } from './bands';
import { OWN_MIN_SESSIONS, type OwnBaseline } from './baseline';
import { both, joinText } from './format';
import { place, type Position } from './position';
import type { BandConfidence, Bilingual, CategoryId, MetricValue, StageId } from './types';

export type VerdictKind = 'target' | 'band' | 'own' | 'peer';
export type ReferenceTrust = BandConfidence | 'user' | 'own';

export interface Reference {
  low: number;
  high: number;
  label: Bilingual;
  trust: ReferenceTrust;
  bandId?: string;
  benchmark?: BenchmarkKind;
  /** sessions behind an own baseline */
  n?: number;
}

export interface Verdict {
  kind: VerdictKind;
  position: Position;
  good: boolean | null;
  /** relative distance to the reference, positive = on the good side; null when unknown */
  gap: number | null;
  reference: Reference;
  note: Bilingual;
}

export interface CompareContext {
  stage: StageId;
  category?: CategoryId;
  own?: OwnBaseline;
  peer?: readonly Benchmark[];
  target?: number;
  /** override the band table (tests, user-edited bands) */
  bands?: readonly Band[];
}

export interface Comparison {
  verdicts: Verdict[];
  primary: Verdict | null;
}

const PEER_ORDER: BenchmarkKind[] = ['peerMedian', 'peerAverage', 'peerBaseline', 'peerExcellent', 'peerTop', 'peerBeatShare'];

const PEER_LABEL: Record<BenchmarkKind, Bilingual> = {
  peerMedian: { zh: '同行同级中位值', en: 'Peer median' },
  peerAverage: { zh: '同行同层平均', en: 'Peer average' },
  peerExcellent: { zh: '同行同级优秀值', en: 'Peer excellent (top 25%)' },
  peerTop: { zh: '同行顶尖', en: 'Peer top' },
  peerBaseline: { zh: '同行基准', en: 'Peer baseline' },
  peerBeatShare: { zh: '超过同行的比例', en: 'Share of peers beaten' },
  accountMedian: { zh: '平台给出的账号中位值', en: 'Account median (from the platform)' },
};

function valueNote(metric: MetricId, v: MetricValue): Bilingual | undefined {
  const shown = both(metric, v);
  if (v.value === null || !Number.isFinite(v.value)) {
    return { zh: '没有数值（页面显示为空或 --），无法比较', en: 'No value (the page showed none or "--"): cannot compare' };
  }
  const parts: Bilingual[] = [];
  const f = METRICS[metric].formula;
  if (v.source === 'derived' && f) {
    parts.push({
      zh: `此值由 ${METRICS[f.num].zh} ÷ ${METRICS[f.den].zh} 推算，不是页面直接显示的`,
      en: `Derived as ${METRICS[f.num].en} ÷ ${METRICS[f.den].en}, not read from the page`,
    });
  } else if (v.source === 'derived') {
    parts.push({ zh: '此值是推算的，不是页面直接显示的', en: 'Derived, not read from the page' });
  }
  if (v.qualifier === 'atLeast' || v.qualifier === 'above')
    parts.push({ zh: `页面只给出下限（${shown.zh}）`, en: `The page gives only a lower bound (${shown.en})` });
  if (v.qualifier === 'below') parts.push({ zh: `页面只给出上限（${shown.zh}）`, en: `The page gives only an upper bound (${shown.en})` });
  if (v.qualifier === 'approx') parts.push({ zh: '页面显示的是约数', en: 'The page shows an approximate figure' });
  return parts.length ? joinText(parts) : undefined;
}

const rangeText = (metric: MetricId, low: number, high: number): Bilingual => {
  const a = both(metric, low);
  const b = both(metric, high);
  return low === high ? a : { zh: `${a.zh}–${b.zh}`, en: `${a.en}–${b.en}` };
};

export function compareToBenchmarks(metric: MetricId, value: MetricValue, ctx: CompareContext): Comparison {
  const better = METRICS[metric].better;
  const vNote = valueNote(metric, value);
  const verdicts: Verdict[] = [];
  const add = (kind: VerdictKind, v: MetricValue, ref: Reference, note: Bilingual, skip = false) => {
    const p = skip ? { position: 'unknown' as const, good: null, gap: null } : place(v, ref.low, ref.high, better);
    verdicts.push({ kind, position: p.position, good: p.good, gap: p.gap, reference: ref, note: joinText([note, vNote]) });
  };

  if (ctx.target !== undefined && Number.isFinite(ctx.target)) {
    const t = ctx.target;
    add(
      'target',
      value,
      { low: t, high: t, label: { zh: '你的目标', en: 'Your target' }, trust: 'user' },
      { zh: `你设定的目标：${both(metric, t).zh}`, en: `Your target: ${both(metric, t).en}` },
    );
  }

  const peers = [...(ctx.peer ?? [])].filter((b) => b.kind !== 'accountMedian').sort((a, b) => PEER_ORDER.indexOf(a.kind) - PEER_ORDER.indexOf(b.kind));
  for (const b of peers) {
    const label = PEER_LABEL[b.kind];
    const missing = b.value === null || !Number.isFinite(b.value);
    if (b.kind === 'peerBeatShare') {
      // The shop's percentile among peers: a fraction of peers, not a value of the metric. We read
      // it as "better than X% of peers" (the platform's wording) and call 50% the median, 75% excellent.
      const p = place({ value: b.value }, 0.5, 0.75, 'higher');
      verdicts.push({
        kind: 'peer',
        position: p.position,
        good: p.good,
        gap: p.gap,
        reference: { low: 0.5, high: 0.75, label, trust: 'platform', benchmark: b.kind },
        note: { zh: `平台显示超过同行 ${b.text}（按“越高越好”理解）`, en: `The platform says better than ${b.text} of peers (read as higher-is-better)` },
      });
      continue;
    }
    const x = b.value ?? NaN;
    add(
      'peer',
      value,
      { low: x, high: x, label, trust: 'platform', benchmark: b.kind },
      missing
        ? { zh: `${label.zh}：平台未给出数值`, en: `${label.en}: no value given by the platform` }
        : { zh: `${label.zh}（平台提供）：${both(metric, x).zh}`, en: `${label.en} (platform): ${both(metric, x).en}` },
      missing,
    );
  }

  const band = bandFor(metric, ctx.stage, ctx.category, ctx.bands ?? BANDS);
  if (band) {
    const r = rangeText(metric, band.low, band.high);
    const tag = band.confidence === 'unverified default' ? { zh: '（未经验证的默认值）', en: ' (unverified default)' } : { zh: '', en: '' };
    add(
      'band',
      value,
      { low: band.low, high: band.high, label: { zh: '参考区间', en: 'Reference band' }, trust: band.confidence, bandId: band.id },
      { zh: `参考区间 ${r.zh}${tag.zh}：${band.source.zh}`, en: `Reference band ${r.en}${tag.en}: ${band.source.en}` },
    );
  }

  if (ctx.own) {
    const o = ctx.own;
    const enough = o.n >= OWN_MIN_SESSIONS && o.q1 !== null && o.q3 !== null;
    const label = { zh: '本店近期常态', en: 'Your usual range' };
    const note = enough
      ? {
          zh: `本店最近 ${o.n} 场的中间一半：${rangeText(metric, o.q1 ?? 0, o.q3 ?? 0).zh}`,
          en: `Middle half of your last ${o.n} sessions: ${rangeText(metric, o.q1 ?? 0, o.q3 ?? 0).en}`,
        }
      : {
          zh: `本店只有 ${o.n} 场记录，少于 ${OWN_MIN_SESSIONS} 场，暂不比较`,
          en: `Only ${o.n} sessions of your own (fewer than ${OWN_MIN_SESSIONS}): not compared yet`,
        };
    add('own', value, { low: o.q1 ?? NaN, high: o.q3 ?? NaN, label, trust: 'own', n: o.n }, note, !enough);
  }
  for (const b of ctx.peer ?? []) {
    if (b.kind !== 'accountMedian') continue;
    const x = b.value ?? NaN;
    const missing = !Number.isFinite(x);
    add(
      'own',
      value,
      { low: x, high: x, label: PEER_LABEL.accountMedian, trust: 'platform', benchmark: b.kind },
      missing
        ? { zh: '平台未给出账号中位值', en: 'No account median given by the platform' }
        : { zh: `平台给出的账号中位值：${both(metric, x).zh}`, en: `Account median from the platform: ${both(metric, x).en}` },
      missing,
    );
  }

  const primary = verdicts.find((v) => v.position !== 'unknown') ?? verdicts[0] ?? null;
  return { verdicts, primary };
}
