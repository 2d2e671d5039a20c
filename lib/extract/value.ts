/**
 * A parsed number in the metric's unit, with the few unit rules the reader adds to normalise():
 * a score shown as `92分` is 92 points (the parser reads 分 as minutes, which is right for
 * durations and wrong for scores).
 */
import type { Unit } from '../metrics/catalog';
import { normalise, type Normalised, type NormaliseHints } from '../parse/normalise';
import { parseText, type Parsed } from '../parse/text';

const SCORE_POINTS = /^\s*([+-]?\d+(?:\.\d+)?)\s*分\s*$/;

export function readValue(text: string, parsed: Parsed, unit: Unit, hints: NormaliseHints = {}): Normalised {
  if (unit === 'score') {
    const m = SCORE_POINTS.exec(text);
    if (m) return normalise(parseText(m[1]!), unit, hints);
  }
  return normalise(parsed, unit, hints);
}
