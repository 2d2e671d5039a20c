/**
 * Number classes: every number of a page is scaled with the others of its class, by one factor
 * (./plan.ts, ../factors.ts). A class is a metric the capture read it as (`m:gmv`), a benchmark
 * share, a change vs the last period, or, for a number the capture did not read, its shape.
 */
import type { MetricId } from '../../metrics/catalog';
import { parseText } from '../../parse/text';
import { precisionOf, type Template } from '../reshape';
import type { ReadingHint } from './types';

/** A number the capture did not read, by shape: money, a count, a percentage, a duration, another decimal. */
export type ShapeClass = 'money' | 'count' | 'pct' | 'dur' | 'dec';
export type MetricClass = `m:${MetricId}`;
/** `share`: a 超过同行 x% share; `compare`: a change vs the last period. */
export type ClassKey = MetricClass | 'share' | 'compare' | ShapeClass;

export const metricClass = (id: MetricId): MetricClass => `m:${id}`;
export const isMetricClass = (cls: ClassKey): cls is MetricClass => cls.startsWith('m:');
/** The metric id of a metric class (not checked against the catalogue). */
export const metricIdOf = (cls: MetricClass): string => cls.slice(2);

/** Numbers compared across classes only within one family: percentages, durations, the rest. */
export type NumberFamily = 'pct' | 'sec' | 'num';
export const familyOf = (as: string): NumberFamily => (as === 'percent' ? 'pct' : as === 'seconds' ? 'sec' : 'num');

export function shapeClass(t: Template): ShapeClass {
  const p = t.parsed;
  if (p.as === 'percent') return 'pct';
  if (p.as === 'seconds') return 'dur';
  if (p.as === 'cny') return 'money';
  return t.type === 'decimal' && t.k === 0 ? 'count' : 'dec';
}

/** The family and size of a number text, the key hints are found by; null for a non-number. */
export function hintKey(raw: string): string | null {
  const p = parseText(raw);
  return p.kind === 'number' ? `${familyOf(p.as)}:${Math.abs(p.value)}` : null;
}

/** The classes the capture's readings give the numbers they show. */
export class Hints {
  private byKey = new Map<string, ClassKey>();
  private list: Array<{ fam: NumberFamily; value: number; cls: ClassKey }> = [];

  constructor(readings: readonly ReadingHint[]) {
    for (const r of readings) {
      this.set(r.text, metricClass(r.metric));
      for (const b of r.benchmarks ?? []) this.set(b.text, b.kind === 'peerBeatShare' ? 'share' : metricClass(r.metric));
      if (r.compare) this.set(r.compare.text, 'compare');
    }
  }

  private set(text: string, cls: ClassKey): void {
    const k = hintKey(text);
    if (!k || this.byKey.has(k)) return;
    this.byKey.set(k, cls);
    const p = parseText(text);
    if (p.kind === 'number') this.list.push({ fam: familyOf(p.as), value: Math.abs(p.value), cls });
  }

  /** The class of a reading that shows this very number. */
  exact(raw: string): ClassKey | undefined {
    return this.byKey.get(hintKey(raw) ?? '');
  }

  /** The class of a reading this number shows to its own precision (133.28万 for a reading of
   *  ¥1332801: the reader took the two for one figure and kept the finer text). */
  near(t: Template): ClassKey | undefined {
    const fam = familyOf(t.parsed.as),
      v = Math.abs(t.parsed.value),
      half = precisionOf(t) / 2 + 1e-9;
    return this.list.find((h) => h.fam === fam && h.value !== 0 && Math.abs(h.value - v) <= half)?.cls;
  }

  /** A number's class: the reading that shows it, one that shows it rounded, else its shape. */
  classOf(raw: string, t: Template): ClassKey {
    return this.exact(raw) ?? this.near(t) ?? shapeClass(t);
  }
}
