/**
 * Turn a parsed number into the metric's normalised unit, or say why it cannot be.
 * A mismatch (a % shown where a count is expected) is unreadable: never coerced.
 */
import type { Qualifier } from '../capture/types';
import type { Unit } from '../metrics/catalog';
import { parseText, type Parsed } from './text';

export interface NormaliseHints {
  /** a bare number on a duration metric is in these units (label said （秒） or （分钟）) */
  plainDuration?: 'seconds' | 'minutes';
}

export type Normalised = { ok: true; value: number | null; qualifier?: Qualifier } | { ok: false; reason: string };

export function normalise(parsed: Parsed, unit: Unit, hints: NormaliseHints = {}): Normalised {
  if (parsed.kind === 'missing') return { ok: true, value: null };
  if (parsed.kind === 'unreadable') return { ok: false, reason: 'unreadable text' };
  const { value, as, qualifier } = parsed;
  const done = (v: number): Normalised => (qualifier ? { ok: true, value: v, qualifier } : { ok: true, value: v });
  switch (unit) {
    case 'cny':
      return as === 'cny' || as === 'plain' ? done(value) : { ok: false, reason: `expected money, got ${as}` };
    case 'count':
      if (as !== 'plain') return { ok: false, reason: `expected a count, got ${as}` };
      if (value < 0) return { ok: false, reason: 'negative count' };
      // 612.38万 of viewers is a rounded display: keep it as shown, rounded to a whole count.
      return done(Number.isInteger(value) ? value : Math.round(value));
    case 'ratio':
      return as === 'percent' ? done(value) : { ok: false, reason: `expected a percentage, got ${as}` };
    case 'seconds':
      if (as === 'seconds') return done(value);
      if (as === 'plain' && hints.plainDuration === 'seconds') return done(value);
      if (as === 'plain' && hints.plainDuration === 'minutes') return done(value * 60);
      return { ok: false, reason: `expected a duration, got ${as}` };
    case 'multiplier':
    case 'score':
      return as === 'plain' ? done(value) : { ok: false, reason: `expected a plain number, got ${as}` };
  }
}

export const readAs = (text: string, unit: Unit, hints?: NormaliseHints): Normalised => normalise(parseText(text), unit, hints);
