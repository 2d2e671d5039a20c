/**
 * A benchmark bar as plain geometry: where the value, the stage band, the shop's own quartiles
 * and median, the platform's peer values and the user's target sit on one 0..1 scale. The
 * component only draws what this returns; every reference comes from the growth engine's
 * compareToBenchmarks, so the bar and the verdict text can never disagree.
 */
import type { Comparison, OwnBaseline, Verdict } from '../growth';
import type { Bilingual, MetricValue } from '../growth/types';

export type MarkKind = 'target' | 'peer' | 'median';
export type RangeKind = 'band' | 'own';
export type Tone = 'good' | 'bad' | 'neutral' | 'unknown';

export interface BarMark {
  kind: MarkKind;
  value: number;
  x: number;
  label: Bilingual;
}

export interface BarRange {
  kind: RangeKind;
  from: number;
  to: number;
  x0: number;
  x1: number;
  label: Bilingual;
}

export interface BarModel {
  min: number;
  max: number;
  /** null when the value is missing: the references are still drawn */
  x: number | null;
  marks: BarMark[];
  ranges: BarRange[];
  tone: Tone;
  /** the engine's notes, most trusted first */
  notes: Bilingual[];
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

export function toneOf(primary: Verdict | null): Tone {
  if (!primary || primary.position === 'unknown') return primary?.good === true ? 'good' : primary?.good === false ? 'bad' : 'unknown';
  return primary.good === true ? 'good' : primary.good === false ? 'bad' : 'neutral';
}

export function benchmarkBar(value: MetricValue, cmp: Comparison, own?: OwnBaseline): BarModel | null {
  const marks: Omit<BarMark, 'x'>[] = [];
  const ranges: Omit<BarRange, 'x0' | 'x1'>[] = [];
  for (const v of cmp.verdicts) {
    const r = v.reference;
    if (v.kind === 'target' && finite(r.low)) marks.push({ kind: 'target', value: r.low, label: r.label });
    // a share of peers beaten is not a value of the metric: it has no place on this scale
    if (v.kind === 'peer' && r.benchmark !== 'peerBeatShare' && finite(r.low)) marks.push({ kind: 'peer', value: r.low, label: r.label });
    if (v.kind === 'band' && finite(r.low) && finite(r.high)) ranges.push({ kind: 'band', from: r.low, to: r.high, label: r.label });
    if (v.kind === 'own' && r.trust === 'own' && finite(r.low) && finite(r.high) && v.position !== 'unknown') {
      ranges.push({ kind: 'own', from: r.low, to: r.high, label: r.label });
      if (own && finite(own.median)) marks.push({ kind: 'median', value: own.median, label: { zh: '本店中位数', en: 'Your median' } });
    }
    if (v.kind === 'own' && r.benchmark === 'accountMedian' && finite(r.low)) marks.push({ kind: 'median', value: r.low, label: r.label });
  }
  const val = finite(value.value) ? value.value : null;
  const all = [...marks.map((m) => m.value), ...ranges.flatMap((r) => [r.from, r.to]), ...(val === null ? [] : [val])];
  if (all.length === 0 || (marks.length === 0 && ranges.length === 0)) return null;

  let lo = Math.min(...all);
  let hi = Math.max(...all);
  const span = hi - lo || Math.abs(hi) || 1;
  const nonNegative = lo >= 0;
  lo -= span * 0.1;
  hi += span * 0.1;
  if (nonNegative) lo = Math.max(0, lo);
  const x = (n: number): number => Math.min(1, Math.max(0, (n - lo) / (hi - lo)));

  return {
    min: lo,
    max: hi,
    x: val === null ? null : x(val),
    marks: marks.map((m) => ({ ...m, x: x(m.value) })),
    ranges: ranges.map((r) => ({ ...r, x0: x(Math.min(r.from, r.to)), x1: x(Math.max(r.from, r.to)) })),
    tone: toneOf(cmp.primary),
    notes: cmp.verdicts.map((v) => v.note),
  };
}
