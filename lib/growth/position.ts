/**
 * Where a value sits against a reference range [low, high], honouring what a qualifier tells us.
 *
 * A shown value is turned into the set of values it could be: `10万+` (atLeast) is [v, ∞),
 * `>99%` (above) is (v, ∞), `<0.01%` (below) is (−∞, v), `约1.2万` (approx) is treated as v.
 * The position is known only when every possible value lands on the same side; "good" is known
 * when every possible position is equally good (e.g. ≥ 10万 can be within or above a band: the
 * position is unknown, but for a higher-is-better metric it is good either way).
 */
import type { Better } from '../metrics/catalog';
import type { MetricValue } from './types';

export type Position = 'below' | 'within' | 'above' | 'unknown';

interface Possible {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

function possible(v: MetricValue): Possible | null {
  if (v.value === null || !Number.isFinite(v.value)) return null;
  const x = v.value;
  switch (v.qualifier) {
    case 'atLeast':
      return { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
    case 'above':
      return { lo: x, hi: Infinity, loOpen: true, hiOpen: true };
    case 'below':
      return { lo: -Infinity, hi: x, loOpen: true, hiOpen: true };
    default:
      return { lo: x, hi: x, loOpen: false, hiOpen: false };
  }
}

export interface Placement {
  position: Position;
  good: boolean | null;
  /** relative distance to the nearest edge, positive on the good side; null when not known */
  gap: number | null;
  /** the positions the value could take (empty when the value is missing) */
  could: Array<Exclude<Position, 'unknown'>>;
}

export const goodness = (pos: Exclude<Position, 'unknown'>, better: Better): boolean | null => {
  if (better === 'neutral') return null;
  if (pos === 'within') return true;
  return (pos === 'above') === (better === 'higher');
};

/** Signed relative difference from an edge; an edge of 0 falls back to the plain difference. */
const rel = (x: number, edge: number): number => (edge === 0 ? x : (x - edge) / Math.abs(edge));

export function place(v: MetricValue, low: number, high: number, better: Better): Placement {
  const p = possible(v);
  if (!p || !Number.isFinite(low) || !Number.isFinite(high)) return { position: 'unknown', good: null, gap: null, could: [] };
  const [lo, hi] = low <= high ? [low, high] : [high, low];
  const could: Placement['could'] = [];
  if (p.lo < lo) could.push('below');
  if ((p.hiOpen ? p.hi > lo : p.hi >= lo) && (p.loOpen ? p.lo < hi : p.lo <= hi)) could.push('within');
  if (p.hi > hi) could.push('above');

  const goods = new Set(could.map((c) => goodness(c, better)));
  const good = goods.size === 1 ? ([...goods][0] ?? null) : null;
  const only = could.length === 1 ? could[0] : undefined;
  if (!only) return { position: 'unknown', good, gap: null, could };

  // The gap is measured from the value's bound nearest the range: for a bounded value it is the
  // smallest the true gap can be.
  let raw = 0;
  if (only === 'below') raw = rel(p.hi, lo);
  if (only === 'above') raw = rel(p.lo, hi);
  const gap = better === 'lower' ? -raw : raw;
  return { position: only, good, gap: gap === 0 ? 0 : gap, could };
}
