import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTimeRange, parseTimeRange, type TimeRange } from '../../lib/parse/timerange';

const T = (start: string, end?: string, crossesMidnight = false): TimeRange =>
  end === undefined ? { start, crossesMidnight } : { start, end, crossesMidnight };

describe('parseTimeRange', () => {
  it.each<[string, TimeRange]>([
    ['2025/07/28 08:15 ~ 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 22:15 ~ 01:10', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['2025/07/28 22:15 ~ 2025/07/29 01:10', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['2025/07/28 08:15 ~ 2025/07/28 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025-07-28 22:15:00 至 2025-07-29 01:10:30', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:30+08:00', true)],
    ['2025-07-28 08:15:00至11:40:00', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2026/04/17 10:52:25', T('2026-04-17T10:52:25+08:00')],
    ['2025/07/28 08:15', T('2025-07-28T08:15:00+08:00')],
    ['2025/7/8 8:05 ~ 9:00', T('2025-07-08T08:05:00+08:00', '2025-07-08T09:00:00+08:00')],
    // separators: full-width tilde, wave dash, dashes, 至, 到, no spaces, NBSP, ideographic space
    ['2025/07/28 08:15 ～ 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 08:15〜11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 08:15 — 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 08:15——11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 08:15 – 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 08:15-11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025-07-28 08:15 - 2025-07-28 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28 08:15 到 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025/07/28\u00a008:15\u3000~\u00a011:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['  2025/07/28 08:15 ~ 11:40\n', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['２０２５/０７/２８ ２２：１５ ～ ０１：１０', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['2025.07.28 08:15 ~ 11:40', T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['2025年7月28日 22:15 ~ 01:10', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['2025-07-28T22:15:00', T('2025-07-28T22:15:00+08:00')],
    // textContent of a date and a time in separate elements
    ['2025/07/2822:15 ~ 01:10', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['2025/07/2822:15~2025/07/2901:10', T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    // midnight edges
    ['2025/07/28 23:59 ~ 00:00', T('2025-07-28T23:59:00+08:00', '2025-07-29T00:00:00+08:00', true)],
    ['2025/07/28 00:00 ~ 23:59:59', T('2025-07-28T00:00:00+08:00', '2025-07-28T23:59:59+08:00')],
    ['2025/07/28 08:15 ~ 08:15', T('2025-07-28T08:15:00+08:00', '2025-07-28T08:15:00+08:00')],
    ['2025/07/31 22:00 ~ 02:00', T('2025-07-31T22:00:00+08:00', '2025-08-01T02:00:00+08:00', true)],
    ['2025/12/31 22:00 ~ 02:00', T('2025-12-31T22:00:00+08:00', '2026-01-01T02:00:00+08:00', true)],
    ['2024/02/28 22:00 ~ 02:00', T('2024-02-28T22:00:00+08:00', '2024-02-29T02:00:00+08:00', true)],
    ['2025/02/28 22:00 ~ 02:00', T('2025-02-28T22:00:00+08:00', '2025-03-01T02:00:00+08:00', true)],
    ['2024/02/29 10:00', T('2024-02-29T10:00:00+08:00')],
    ['2000/02/29 10:00', T('2000-02-29T10:00:00+08:00')],
  ])('%j', (text, want) => {
    expect(parseTimeRange(text)).toEqual(want);
  });

  it.each<[string, number, TimeRange]>([
    ['07-28 22:15 ~ 01:10', 2025, T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['07/28 08:15 ~ 11:40', 2025, T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['7月28日 08:15 ~ 11:40', 2025, T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')],
    ['07-28 22:15 ~ 07-29 01:10', 2025, T('2025-07-28T22:15:00+08:00', '2025-07-29T01:10:00+08:00', true)],
    ['12-31 23:00 ~ 01-01 01:00', 2025, T('2025-12-31T23:00:00+08:00', '2026-01-01T01:00:00+08:00', true)],
    ['02-29 10:00', 2024, T('2024-02-29T10:00:00+08:00')],
    ['2025/07/28 08:15 ~ 11:40', 1999, T('2025-07-28T08:15:00+08:00', '2025-07-28T11:40:00+08:00')], // own year wins
  ])('%j with refYear %i', (text, year, want) => {
    expect(parseTimeRange(text, year)).toEqual(want);
  });

  it.each([
    '2025/02/30 10:00',
    '2025/02/29 10:00',
    '2100/02/29 10:00',
    '2025/13/01 10:00',
    '2025/00/10 10:00',
    '2025/04/31 10:00',
    '2025/07/28 25:00',
    '2025/07/28 24:00',
    '2025/07/28 10:60',
    '2025/07/28 10:00:60',
    '2025/07/28 10:00 ~ 25:00',
    '2025/07/28 10:00 ~ 2025/02/30 11:00',
    '2025/07/28 22:15 ~ 2025/07/27 01:10', // end before start
    '2025/07/28',
    '2025/07/28 ~ 2025/07/29',
    '22:15 ~ 01:10',
    '08:15',
    '07-28 22:15 ~ 01:10' /* no year */,
    '02-29 10:00 ~ 11:00',
    '2025/07/288:15',
    '2025/7/2808:15',
    '2025/07/28 8:5',
    '2025/07/28 08:15 ~',
    '2025/07/28 08:15 ~ 11:40 x',
    '2025/07/28 08:15 ~ 11:40 ~ 12:00',
    '直播时间：2025/07/28 22:15 ~ 01:10',
    '',
    '   ',
    'abc',
    '1,234',
    '2025-07-28 08:15:00.123',
    '20250728 08:15',
    '2025/07/281 08:15',
    '2025/07/28 08:155',
  ])('%j → null', (text) => {
    expect(parseTimeRange(text, text.startsWith('02-29') ? 2025 : undefined)).toBeNull();
  });

  it('never throws, and every result is valid ISO in +08:00 with end ≥ start', () => {
    const piece = fc.constantFrom(
      '2025',
      '/',
      '-',
      '07',
      '28',
      ' ',
      ':',
      '22',
      '15',
      '~',
      '至',
      '01',
      '10',
      '12',
      '31',
      '02',
      '29',
      '30',
      '年',
      '月',
      '日',
      '9',
      'T',
      '—',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 16 }).map((a) => a.join('')),
        ),
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        (text, y) => {
          const r = parseTimeRange(text, y);
          const f = findTimeRange(text, y);
          for (const x of [r, f]) {
            if (!x) continue;
            const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
            expect(x.start).toMatch(iso);
            expect(Number.isNaN(Date.parse(x.start))).toBe(false);
            if (x.end !== undefined) {
              expect(x.end).toMatch(iso);
              expect(Date.parse(x.end)).toBeGreaterThanOrEqual(Date.parse(x.start));
              expect(x.crossesMidnight).toBe(x.end.slice(0, 10) !== x.start.slice(0, 10));
            } else expect(x.crossesMidnight).toBe(false);
          }
          if (r) expect(f).toMatchObject(r);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('round-trips generated ranges: the end is the next day exactly when it is earlier', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(' ~ ', '~', ' 至 ', '-', ' ～ ', '〜'),
        (d, h1, m1, h2, m2, sep) => {
          const [y, mo, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const date = `${y}/${pad(mo)}/${pad(day)}`;
          const r = parseTimeRange(`${date} ${pad(h1)}:${pad(m1)}${sep}${pad(h2)}:${pad(m2)}`)!;
          expect(r).not.toBeNull();
          expect(r.start).toBe(`${y}-${pad(mo)}-${pad(day)}T${pad(h1)}:${pad(m1)}:00+08:00`);
          const earlier = h2 * 60 + m2 < h1 * 60 + m1;
          expect(r.crossesMidnight).toBe(earlier);
          const next = new Date(Date.UTC(y, mo - 1, day + (earlier ? 1 : 0)));
          const endDate = `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
          expect(r.end).toBe(`${endDate}T${pad(h2)}:${pad(m2)}:00+08:00`);
          // the instants are 0 to 24 hours apart
          const span = Date.parse(r.end!) - Date.parse(r.start);
          expect(span).toBeGreaterThanOrEqual(0);
          expect(span).toBeLessThan(24 * 3600 * 1000);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('findTimeRange', () => {
  it.each<[string, number | undefined, { start: string; end?: string; crossesMidnight: boolean; match: string; index: number } | null]>([
    [
      '直播时间：2025/07/28 22:15 ~ 01:10',
      undefined,
      { start: '2025-07-28T22:15:00+08:00', end: '2025-07-29T01:10:00+08:00', crossesMidnight: true, match: '2025/07/28 22:15 ~ 01:10', index: 5 },
    ],
    [
      '开播 2025/07/28 08:15 ~ 11:40 时长 3小时25分',
      undefined,
      { start: '2025-07-28T08:15:00+08:00', end: '2025-07-28T11:40:00+08:00', crossesMidnight: false, match: '2025/07/28 08:15 ~ 11:40', index: 3 },
    ],
    [
      '场次 #12  2025/07/28 22:15 ~ 2025/07/29 01:10  ¥236,552',
      undefined,
      { start: '2025-07-28T22:15:00+08:00', end: '2025-07-29T01:10:00+08:00', crossesMidnight: true, match: '2025/07/28 22:15 ~ 2025/07/29 01:10', index: 8 },
    ],
    ['更新于 2026/04/17 10:52:25', undefined, { start: '2026-04-17T10:52:25+08:00', crossesMidnight: false, match: '2026/04/17 10:52:25', index: 4 }],
    [
      '直播时间：２０２５/０７/２８ ２２：１５～０１：１０（进行中）',
      undefined,
      {
        start: '2025-07-28T22:15:00+08:00',
        end: '2025-07-29T01:10:00+08:00',
        crossesMidnight: true,
        match: '２０２５/０７/２８ ２２：１５～０１：１０',
        index: 5,
      },
    ],
    [
      '开播时间 07-28 22:15 ~ 01:10',
      2025,
      { start: '2025-07-28T22:15:00+08:00', end: '2025-07-29T01:10:00+08:00', crossesMidnight: true, match: '07-28 22:15 ~ 01:10', index: 5 },
    ],
    // an invalid range is skipped, and its end is not taken as an instant of its own
    [
      '2025/02/30 10:00 ~ 11:00 then 2025/07/28 08:15 ~ 11:40',
      undefined,
      { start: '2025-07-28T08:15:00+08:00', end: '2025-07-28T11:40:00+08:00', crossesMidnight: false, match: '2025/07/28 08:15 ~ 11:40', index: 30 },
    ],
    ['2025/07/29 10:00 ~ 2025/07/28 11:00', undefined, null],
    // a range cut short keeps the start only
    ['2025/07/28 08:15 ~ 2025/07/29', undefined, { start: '2025-07-28T08:15:00+08:00', crossesMidnight: false, match: '2025/07/28 08:15', index: 0 }],
    ['订单号 12025/07/28 08:15', undefined, null],
    ['07-28 22:15 ~ 01:10', undefined, null],
    ['成交金额 ¥236,552 观看 6,782', undefined, null],
    ['2025/07/28 全天', undefined, null],
    ['', undefined, null],
  ])('%j', (text, year, want) => {
    expect(findTimeRange(text, year)).toEqual(want);
  });
});
