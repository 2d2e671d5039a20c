/**
 * A parsed number in the metric's unit, with the few unit rules the reader adds to normalise():
 * a score shown as `92分` is 92 points (the parser reads 分 as minutes, which is right for
 * durations and wrong for scores); a count shown with decimals but no 万/亿 is not a count; and
 * a value the background's schema would refuse as impossible (../capture/possible.ts) is not read.
 */
import type { MetricId, Unit } from '../metrics/core';
import { impossibleValue } from '../capture/possible';
import { normalise, type Normalised, type NormaliseHints } from '../parse/normalise';
import { parseText, type Parsed } from '../parse/text';

const SCORE_POINTS = /^\s*([+-]?\d+(?:\.\d+)?)\s*分\s*$/;

export function readValue(text: string, parsed: Parsed, unit: Unit, hints: NormaliseHints = {}, metric?: MetricId): Normalised {
  // A count is whole. 612.38万 is a rounded display of one (normalise keeps it, rounded), but
  // a bare 35.06 under a count label is some other number (a cost, a rate) standing there: read
  // as 35 it would be a value the page never showed.
  if (unit === 'count' && parsed.kind === 'number' && !parsed.magnitude && !Number.isInteger(parsed.value)) {
    return { ok: false, reason: 'a count with decimals' };
  }
  const n = unit === 'score' && SCORE_POINTS.test(text) ? normalise(parseText(SCORE_POINTS.exec(text)![1]!), unit, hints) : normalise(parsed, unit, hints);
  // What the background would refuse as impossible is some other number standing where the
  // value should be, such as a -3.2% change under a rate label: missed here, so the rest of the
  // page is still stored.
  if (n.ok && n.value !== null) {
    const why = impossibleValue(n.value, unit, metric);
    if (why) return { ok: false, reason: why };
  }
  return n;
}
