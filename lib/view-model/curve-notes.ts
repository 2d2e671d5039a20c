/**
 * What is drawn on a session's minute curve besides the line: the operator's marks, the
 * explanation segments (which item was explained when), the alerts, and the curve's sharp rises
 * and falls, each labelled with what was happening then (the segment running, a mark nearby).
 * Plain data in, plain data out; the chart (components/trends/TrendChart.tsx) only draws it.
 */
import { valueAt, type Pt } from '../live/timeline';

export type NoteKind = 'mark' | 'segment' | 'alert' | 'rise' | 'fall';

export interface CurveNote {
  kind: NoteKind;
  /** epoch ms; a segment's start */
  t: number;
  /** a segment's end (null while it runs) */
  end?: number | null;
  label: string;
}

export interface NotesInput {
  points: readonly Pt[];
  marks: ReadonlyArray<{ t: number; label: string }>;
  segments: ReadonlyArray<{ start: number; end: number | null; title: string }>;
  alerts: ReadonlyArray<{ firedAt: number; label: string }>;
}

/** A move counts as a sharp rise or fall when, within MOVE_WINDOW_MS, the curve moves by at least
 *  MOVE_SHARE of its whole range (small wobbles of a flat curve are not events). */
export const MOVE_SHARE = 0.25;
export const MOVE_WINDOW_MS = 60_000;
/** A mark this close to a move is "what was happening" at it. */
export const NEAR_MS = 120_000;

export interface Move {
  kind: 'rise' | 'fall';
  t: number;
  from: number;
  to: number;
}

/** Sharp moves: the change over the last MOVE_WINDOW_MS at each point, kept where it is at least
 *  MOVE_SHARE of the range, one per run of such points (the largest). */
export function sharpMoves(points: readonly Pt[], share = MOVE_SHARE, windowMs = MOVE_WINDOW_MS): Move[] {
  if (points.length < 3) return [];
  const values = points.map((p) => p.value);
  const range = Math.max(...values) - Math.min(...values);
  if (range <= 0) return [];
  const out: Move[] = [];
  let run: Move | null = null;
  for (const p of points) {
    const before = valueAt(points, p.t - windowMs) ?? points[0]!.value;
    const d = p.value - before;
    const kind = d > 0 ? 'rise' : 'fall';
    if (Math.abs(d) >= share * range) {
      if (run && run.kind === kind) {
        if (Math.abs(d) > Math.abs(run.to - run.from)) Object.assign(run, { t: p.t, from: before, to: p.value });
      } else {
        run = { kind, t: p.t, from: before, to: p.value };
        out.push(run);
      }
    } else run = null;
  }
  return out;
}

/** What was happening at t: the segment running and the nearest mark within NEAR_MS. */
export function happeningAt(t: number, input: Pick<NotesInput, 'marks' | 'segments'>): string[] {
  const seg = input.segments.find((s) => s.start <= t && (s.end === null || t <= s.end));
  const near = input.marks
    .map((m) => ({ m, d: Math.abs(m.t - t) }))
    .filter((x) => x.d <= NEAR_MS)
    .sort((a, b) => a.d - b.d)[0]?.m;
  return [seg?.title, near?.label].filter((x): x is string => !!x);
}

export function curveNotes(input: NotesInput, words: { rise: string; fall: string }, fmt: (v: number) => string): CurveNote[] {
  const notes: CurveNote[] = [
    ...input.segments.map((s) => ({ kind: 'segment' as const, t: s.start, end: s.end, label: s.title })),
    ...input.marks.map((m) => ({ kind: 'mark' as const, t: m.t, label: m.label })),
    ...input.alerts.map((a) => ({ kind: 'alert' as const, t: a.firedAt, label: a.label })),
    ...sharpMoves(input.points).map((mv) => {
      const why = happeningAt(mv.t, input);
      return {
        kind: mv.kind,
        t: mv.t,
        label: `${mv.kind === 'rise' ? words.rise : words.fall} ${fmt(mv.from)} → ${fmt(mv.to)}${why.length ? ` · ${why.join(' · ')}` : ''}`,
      };
    }),
  ];
  return notes.sort((a, b) => a.t - b.t);
}
