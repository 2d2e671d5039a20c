/**
 * One factor per kind of number, chosen so relations between the page's numbers survive:
 * every value of a metric is multiplied by that metric's factor, and a metric the catalogue
 * defines as a ratio of two others that are both on the page (GPM = GMV ÷ viewers × 1000,
 * 曝光-观看率 = viewers ÷ impressions) gets the ratio of their factors, so it still equals the
 * formula up to the digits shown. Numbers StageLens does not read as a metric are grouped by
 * shape (money, counts, percentages, durations, other decimals), one factor each.
 *
 * Factors are drawn away from 1 (×0.53–0.93 or ×1.08–1.9) and picked among candidates to
 * minimise the numbers that would no longer fit their shape (a 4-digit count pushed to 5
 * digits): those are moved to the nearest value that fits, and the relation through them is
 * only approximate (the notes say which).
 */
import { METRICS, isMetricId } from '../../metrics/catalog';
import type { Rng } from '../../random';
import { digitsAt, digitsOf, positionOf, type Template } from '../reshape';
import { isMetricClass, metricClass, metricIdOf, type ClassKey, type MetricClass } from './classes';

export interface Occurrence {
  t: Template;
  cls: ClassKey;
  value: number;
}

/** A metric class that is another two's ratio in the catalogue (gpm = gmv ÷ viewers): scaled so the ratio still holds. */
export interface ClassRatio {
  num: MetricClass;
  den: MetricClass;
}

/** The catalogue formula behind a metric class (`m:gpm` → m:gmv ÷ m:viewers), when both sides are present. */
export function formulaOf(cls: ClassKey, present: Set<ClassKey>): ClassRatio | null {
  if (!isMetricClass(cls)) return null;
  const id = metricIdOf(cls);
  if (!isMetricId(id)) return null;
  const f = METRICS[id].formula;
  if (!f) return null;
  const num = metricClass(f.num),
    den = metricClass(f.den);
  return present.has(num) && present.has(den) && !formulaOf(num, present) && !formulaOf(den, present) ? { num, den } : null;
}

function candidates(rng: Rng, n = 24): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = Math.log(1.08) + rng() * (Math.log(1.9) - Math.log(1.08));
    out.push(Math.exp(rng() < 0.5 ? -u : u));
  }
  return out;
}

/** How many of a class's numbers a factor would push out of their shape (or leave unchanged);
 *  a number landing on digits it may not take (`free` says no: an original number of the page)
 *  counts a quarter, since it will be moved a step and a small count then drifts off its ratio. */
function cost(occs: Occurrence[], f: number, free?: (t: Template, digits: string) => boolean): number {
  let c = 0;
  for (const o of occs) {
    let target = Math.abs(o.value) * f;
    if (o.t.parsed.as === 'percent' && Math.abs(o.value) <= 1 && target > 1) c += 1;
    target = Math.min(target, o.t.parsed.as === 'percent' && Math.abs(o.value) <= 1 ? 1 : Infinity);
    const d = digitsAt(o.t, positionOf(o.t, target));
    if (d === null) c += 1;
    else if (d === digitsOf(o.t.raw)) c += 0.5;
    else if (free && !free(o.t, d)) c += 0.25;
  }
  return c;
}

export interface FactorPlan {
  factors: Map<ClassKey, number>;
  derived: Map<ClassKey, ClassRatio>;
}

export function chooseFactors(occs: Occurrence[], rng: Rng, free?: (t: Template, digits: string) => boolean): FactorPlan {
  const byClass = new Map<ClassKey, Occurrence[]>();
  for (const o of occs) {
    let l = byClass.get(o.cls);
    if (!l) byClass.set(o.cls, (l = []));
    l.push(o);
  }
  const present = new Set(byClass.keys());
  const derived = new Map<ClassKey, ClassRatio>();
  for (const cls of present) {
    const f = formulaOf(cls, present);
    if (f) derived.set(cls, f);
  }
  const bases = [...present].filter((c) => !derived.has(c)).sort();
  const cands = new Map(bases.map((b) => [b, candidates(rng)] as const));
  const factors = new Map<ClassKey, number>();
  const derivedFactor = (cls: ClassKey) => {
    const f = derived.get(cls)!;
    return factors.get(f.num)! / factors.get(f.den)!;
  };
  const dependents = new Map(bases.map((b) => [b, [...derived].filter(([, f]) => f.num === b || f.den === b).map(([c]) => c)] as const));
  const total = () =>
    bases.reduce((s, b) => s + cost(byClass.get(b)!, factors.get(b)!, free), 0) +
    [...derived.keys()].reduce((s, d) => s + cost(byClass.get(d)!, derivedFactor(d), free), 0);
  // Coordinate descent: a base's factor also answers for the ratios it is a side of.
  const descend = () => {
    for (let round = 0; round < 3; round++) {
      let moved = false;
      for (const b of bases) {
        const deps = dependents.get(b)!;
        let best = factors.get(b)!,
          bestCost = Infinity;
        for (const f of [factors.get(b)!, ...cands.get(b)!]) {
          factors.set(b, f);
          const c = cost(byClass.get(b)!, f, free) + deps.reduce((s, d) => s + cost(byClass.get(d)!, derivedFactor(d), free), 0);
          if (c < bestCost) [best, bestCost] = [f, c];
        }
        if (best !== factors.get(b)) moved = true;
        factors.set(b, best);
      }
      if (!moved) break;
    }
  };
  // Start from each base's own best factor; then, while some number would still leave its shape
  // (which breaks every relation through it), restart from random factors: the sides of a ratio
  // often only fit together (viewers down AND clicks down keeps the click rate's digits).
  for (const b of bases) {
    const list = cands.get(b)!;
    let best = list[0]!,
      bestCost = Infinity;
    for (const f of list) {
      const c = cost(byClass.get(b)!, f, free);
      if (c < bestCost) [best, bestCost] = [f, c];
    }
    factors.set(b, best);
  }
  descend();
  let best = new Map(factors),
    bestTotal = total();
  for (let restart = 0; restart < 40 && bestTotal > 0 && derived.size; restart++) {
    for (const b of bases) {
      const list = cands.get(b)!;
      factors.set(b, list[Math.floor(rng() * list.length)]!);
    }
    descend();
    const t = total();
    if (t < bestTotal) [best, bestTotal] = [new Map(factors), t];
  }
  for (const [b, f] of best) factors.set(b, f);
  for (const d of derived.keys()) factors.set(d, derivedFactor(d));
  return { factors, derived };
}

/** A class as the notes name it. */
export function className(cls: ClassKey): string {
  if (isMetricClass(cls)) {
    const id = metricIdOf(cls);
    return isMetricId(id) ? METRICS[id].zh : id;
  }
  return (
    {
      money: 'other money amounts',
      count: 'other counts',
      pct: 'other percentages',
      dur: 'other durations',
      dec: 'other decimals',
      compare: 'changes vs the last period',
      share: '超过同行 shares',
    } satisfies Record<Exclude<ClassKey, MetricClass>, string>
  )[cls];
}
