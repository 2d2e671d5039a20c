/**
 * A parsed number in the metric's unit, with the few unit rules the reader adds to normalise():
 * a score shown as `92分` is 92 points (the parser reads 分 as minutes, which is right for
 * durations and wrong for scores), and a count shown with decimals but no 万/亿 is not a count.
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
  // A count is whole. 612.38万 is a rounded display of one (normalise keeps it, rounded), but
  // a bare 35.06 under a count label is some other number (a cost, a rate) standing there: read
  // as 35 it would be a value the page never showed.
  if (unit === 'count' && parsed.kind === 'number' && !parsed.magnitude && !Number.isInteger(parsed.value)) {
    return { ok: false, reason: 'a count with decimals' };
  }
  return normalise(parsed, unit, hints);
}
