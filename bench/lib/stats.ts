/** Small statistics and the result record every figure reports. */

export interface Figure {
  value: number | null;
  goal: number | null;
  unit: string;
  /** value within goal; absent when there is no goal or nothing was measured */
  meets?: boolean;
  note?: string;
  /** raw numbers behind the figure (medians, counts) */
  detail?: Record<string, number | string | boolean | null>;
}

export type Results = Record<string, Figure>;

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median absolute deviation, relative to the median: a spread that ignores outliers. */
export function relMad(xs: number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m))) / m;
}

export const round = (x: number, digits = 3): number => {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/** A figure with a "lower is better" goal. */
export function fig(value: number | null, goal: number | null, unit: string, note?: string, detail?: Figure['detail']): Figure {
  const f: Figure = { value: value === null ? null : round(value), goal, unit };
  if (value !== null && goal !== null) f.meets = value <= goal;
  if (note) f.note = note;
  if (detail) f.detail = detail;
  return f;
}

export const notMeasured = (unit: string, goal: number | null, reason: string): Figure => ({ value: null, goal, unit, note: `not measured: ${reason}` });

/** Deterministic PRNG (mulberry32), so every run generates the same pages and rows. */
export { prng as rng } from '../../lib/random';
