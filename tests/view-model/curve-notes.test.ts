/** The minute curve's notes: sharp moves found from a table, labelled with the segment and mark of their moment. */
import { describe, expect, it } from 'vitest';
import { curveNotes, happeningAt, sharpMoves } from '../../lib/view-model/curve-notes';

const T = Date.UTC(2026, 11, 1, 12);
const m = (min: number) => T + min * 60_000;
const pts = (vals: number[]) => vals.map((value, i) => ({ t: m(i), value }));

describe('sharp moves', () => {
  it.each<[string, number[], Array<['rise' | 'fall', number]>]>([
    ['flat', [100, 100, 100, 100], []],
    ['small wobble of a rising line', [100, 110, 120, 130, 140, 150], []],
    [
      'a dip and recovery',
      [1000, 1010, 400, 420, 1000, 1005],
      [
        ['fall', 2],
        ['rise', 4],
      ],
    ],
    ['one step up, once', [100, 100, 100, 500, 510, 520], [['rise', 3]]],
  ])('%s', (_n, vals, want) => {
    expect(sharpMoves(pts(vals)).map((x) => [x.kind, (x.t - T) / 60_000])).toEqual(want);
  });
});

describe('notes', () => {
  const segments = [{ start: m(1), end: m(3), title: '羊毛围巾' }];
  const marks = [{ t: m(2) + 30_000, label: '福袋' }];
  it('labels a move with the segment running and a mark nearby', () => {
    expect(happeningAt(m(2), { segments, marks })).toEqual(['羊毛围巾', '福袋']);
    expect(happeningAt(m(10), { segments, marks })).toEqual([]);
    const notes = curveNotes(
      { points: pts([1000, 1010, 400, 420, 410, 415]), segments, marks, alerts: [{ firedAt: m(3), label: '在线骤降' }] },
      { rise: '↑', fall: '↓' },
      String,
    );
    expect(notes.map((n) => [n.kind, n.label])).toEqual([
      ['segment', '羊毛围巾'],
      ['fall', '↓ 1010 → 400 · 羊毛围巾 · 福袋'],
      ['mark', '福袋'],
      ['alert', '在线骤降'],
    ]);
  });
});
