/** Quartiles by linear interpolation between closest ranks (the usual "type 7" definition). */
export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function quartiles(values: readonly number[]): Quartiles | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return { q1: quantile(s, 0.25), median: quantile(s, 0.5), q3: quantile(s, 0.75) };
}
