/**
 * Stage 4, notes: what the anonymiser did to the page, in words, for the developer who commits
 * it (shown in the panel, written into the zip). From the plan and the writer's counts.
 */
import type { Shift } from '../dates';
import type { ClassKey } from './classes';
import { className, type ClassRatio } from './factors';
import type { AnonymiseStats } from './types';

export function planNotes(derived: ReadonlyMap<ClassKey, ClassRatio>): string[] {
  const rel = [...derived].map(([c, f]) => `${className(c)} = ${className(f.num)} ÷ ${className(f.den)}`);
  return [
    'Numbers: each keeps its shape (digit count, grouping, ¥/元, 万/亿/w/k, %, 分秒/时:分:秒, the < and + qualifiers); "--" and zeros are kept as they are.',
    'Scaling: every value of a metric was multiplied by one factor for that metric (benchmarks of a metric with it); numbers not read as a metric by shape class (money, counts, percentages, durations).',
    rel.length
      ? `Percentages and per-viewer amounts recomputed from their scaled sides, so the formula still holds to the digits shown: ${rel.join('; ')}.`
      : 'No catalogue formula had both sides on this page: percentages were rescaled on their own, not recomputed.',
    'Percentages without both sides on the page (较上一周期 changes, 超过同行 shares, rates of metrics not shown) were rescaled, not recomputed: they no longer match any formula.',
    'Relative sizes within one metric are kept (that is what keeps the formulas): one true value of a metric would reveal the others of the same metric approximately.',
  ];
}

export function urlNote(r: { restored: string[]; kindLost?: boolean }): string {
  return r.restored.length
    ? `URL: query values scrubbed (keys kept); put back to keep the page kind: ${r.restored.join(', ')}.`
    : r.kindLost
      ? 'URL: query values scrubbed; the page kind could not be kept without the original values (check the expected page).'
      : 'URL: query values scrubbed (keys kept, same-shape stand-ins), path kept.';
}

export function finalNotes(s: AnonymiseStats, clampedClasses: ReadonlySet<ClassKey>, shift: Shift | null): string[] {
  const notes: string[] = [];
  if (s.clamped) {
    notes.push(
      `Shape before relation: ${s.clamped} number(s) could not take their factor without changing their digit count and were set to the nearest value of the same shape (${[...clampedClasses].map(className).join(', ')}); relations through them hold only approximately.`,
    );
  }
  notes.push(
    `Names: ${s.names} distinct Chinese/Latin texts replaced by same-length placeholders (甲乙丙…, x/X); ids, phone numbers and other digit strings: ${s.ids} replaced digit for digit.`,
  );
  if (shift) {
    notes.push(
      `Dates: shifted by ${shift.days} days and ${shift.minutes > 0 ? '+' : ''}${shift.minutes} minutes (one shift for the page, dates stay valid, ranges keep their length and whether they cross midnight).`,
    );
  }
  if (s.keptMetricLike.length) {
    notes.push(`Kept because they read like metric labels StageLens does not know (check they are not names): ${s.keptMetricLike.join('、')}.`);
  }
  notes.push(
    'Not anonymised: class names and CSS (words and numbers in CSS content strings were removed when saving); text inside closed shadow roots, iframes and canvases was never saved.',
  );
  return notes;
}
