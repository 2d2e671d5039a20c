/**
 * What a normalised value can be, by unit and metric: one rule set for the reader (which misses
 * an impossible number rather than store it, lib/extract/value.ts) and the background's schema
 * (which refuses a message holding one, ./schema.ts). No zod here: the content script imports it.
 */
import { SHARES, type MetricId, type Unit } from '../metrics/core';

/** Largest magnitude a normalised value may have, by unit (¥10 trillion, 10 trillion people …). */
const MAX_ABS: Record<Unit, number> = {
  cny: 1e13,
  count: 1e13,
  ratio: 100,
  seconds: 1e10,
  multiplier: 1e6,
  score: 1e6,
};

/** Why a normalised value is impossible for its unit (and, given, its metric), or null when it is fine. */
export function impossibleValue(value: number, unit: Unit, metric?: MetricId): string | null {
  if (Math.abs(value) > MAX_ABS[unit]) return `out of range for ${unit} (|value| > ${MAX_ABS[unit]})`;
  if (metric && SHARES.has(metric) && value > 1) return `${metric} is a share: it cannot be above 100 %`;
  switch (unit) {
    case 'count':
      if (value < 0) return 'a count cannot be negative';
      if (!Number.isInteger(value)) return 'a count must be a whole number';
      return null;
    case 'ratio':
      return value < 0 ? 'a rate cannot be negative' : null;
    case 'seconds':
      return value < 0 ? 'a duration cannot be negative' : null;
    case 'multiplier':
      return value < 0 ? 'a multiplier cannot be negative' : null;
    // money (net GMV) and scores (deductions) can be negative
    case 'cny':
    case 'score':
      return null;
  }
}
