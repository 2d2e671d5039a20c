/**
 * The anonymiser's plan (lib/snapshot/anonymise/plan.ts) without a DOM: texts, numbers and
 * dates in, classes, targets, factors and the date shift out. Each row of a table is a page's
 * numbers (and the readings the capture made of them) and the class each number must get.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../../lib/random';
import { matchDate, matchTime, move } from '../../../lib/snapshot/dates';
import { Hints, type ClassKey } from '../../../lib/snapshot/anonymise/classes';
import { baseOf, plan, planInput, targetKey, type PlanInput } from '../../../lib/snapshot/anonymise/plan';
import type { ReadingHint } from '../../../lib/snapshot/anonymise/types';
import { cleanText } from '../../../lib/parse/text';

const input = (numbers: string[], more: Partial<PlanInput> = {}): PlanInput => ({ texts: numbers, numbers, dates: [], ...more });

const CLASS_ROWS: Array<{ name: string; numbers: string[]; readings?: ReadingHint[]; classes: Record<string, ClassKey> }> = [
  {
    name: 'by shape when nothing was read',
    numbers: ['¥12,345', '1,234', '12.5%', '1分5秒', '3.5', '99元'],
    classes: { '¥12,345': 'money', '1,234': 'count', '12.5%': 'pct', '1分5秒': 'dur', '3.5': 'dec', '99元': 'money' },
  },
  {
    name: 'by the metric a reading showed, its benchmarks with it, a share and a change apart',
    numbers: ['¥12,345', '¥300', '45.2%', '+3.1%', '7,777'],
    readings: [
      {
        metric: 'gmv',
        text: '¥12,345',
        benchmarks: [
          { kind: 'peerExcellent', text: '¥300' },
          { kind: 'peerBeatShare', text: '45.2%' },
        ],
        compare: { text: '+3.1%' },
      },
    ],
    classes: { '¥12,345': 'm:gmv', '¥300': 'm:gmv', '45.2%': 'share', '+3.1%': 'compare', '7,777': 'count' },
  },
  {
    name: "the same figure to a coarser precision takes the reading's metric (133.28万 for 1332801)",
    numbers: ['133.28万', '1,332,801', '133.5万'],
    readings: [{ metric: 'viewers', text: '1,332,801' }],
    classes: { '133.28万': 'm:viewers', '1,332,801': 'm:viewers', '133.5万': 'dec' },
  },
  {
    name: 'the same value in two shapes is one class (8.84万 and 88,400)',
    numbers: ['8.84万', '88,400'],
    readings: [{ metric: 'viewers', text: '88,400' }],
    classes: { '8.84万': 'm:viewers', '88,400': 'm:viewers' },
  },
];

describe('plan: classes', () => {
  for (const row of CLASS_ROWS) {
    it(row.name, () => {
      const p = plan(input(row.numbers), new Hints(row.readings ?? []), prng(7));
      expect(Object.fromEntries(row.numbers.map((n) => [n, p.classOf.get(cleanText(n))]))).toEqual(row.classes);
    });
  }

  it('zeros and missing values get no class and no target', () => {
    const p = plan(input(['0', '0.00%', '--', '¥0']), new Hints([]), prng(1));
    expect(p.classOf.size).toBe(0);
    expect(p.targetOf.size).toBe(0);
    expect(p.factors.size).toBe(0);
  });
});

describe('plan: factors and targets', () => {
  it('a ratio with both sides on the page takes the ratio of their factors', () => {
    const readings: ReadingHint[] = [
      { metric: 'buyers', text: '120' },
      { metric: 'viewers', text: '4,800' },
      { metric: 'viewToPayRate', text: '2.5%' },
    ];
    const p = plan(input(['120', '4,800', '2.5%']), new Hints(readings), prng(11));
    expect([...p.derived]).toEqual([['m:viewToPayRate', { num: 'm:buyers', den: 'm:viewers' }]]);
    expect(p.factors.get('m:viewToPayRate')).toBeCloseTo(p.factors.get('m:buyers')! / p.factors.get('m:viewers')!, 12);
    for (const f of [p.factors.get('m:buyers')!, p.factors.get('m:viewers')!]) {
      // drawn away from 1: ×0.53–0.93 or ×1.08–1.9
      expect(f < 1 ? f >= 1 / 1.9 && f <= 1 / 1.08 : f >= 1.08 && f <= 1.9).toBe(true);
    }
  });

  it("one target for one value in two shapes, on the coarser one's step", () => {
    const p = plan(input(['8.84万', '88,400']), new Hints([{ metric: 'viewers', text: '88,400' }]), prng(3));
    const t = p.targetOf.get(targetKey('m:viewers', 'num', 88400))!;
    expect(t % 100).toBe(0);
    expect(t).toBeCloseTo(Math.round((88400 * p.factors.get('m:viewers')!) / 100) * 100, 6);
  });

  it('a figure shown to two precisions: the finer stays within half the coarser step, and off it', () => {
    const p = plan(input(['133.28万', '1,332,801']), new Hints([{ metric: 'viewers', text: '1,332,801' }]), prng(5));
    const coarse = p.targetOf.get(targetKey('m:viewers', 'num', 1332800))!;
    const fine = p.targetOf.get(targetKey('m:viewers', 'num', 1332801))!;
    expect(coarse % 100).toBe(0);
    expect(fine).not.toBe(coarse);
    expect(Math.abs(fine - coarse)).toBeLessThanOrEqual(50);
  });

  it('a percentage of at most 100% stays at most 100%', () => {
    for (let seed = 0; seed < 30; seed++) {
      const p = plan(input(['96.5%']), new Hints([]), prng(seed));
      expect(p.targetOf.get(targetKey('pct', 'pct', 0.965))!).toBeLessThanOrEqual(1);
    }
  });

  it('the same input and seed give the same plan; another seed another one', () => {
    const numbers = ['¥12,345', '1,234', '12.5%', '1分5秒'];
    const a = plan(input(numbers), new Hints([]), prng(42));
    const b = plan(input(numbers), new Hints([]), prng(42));
    const c = plan(input(numbers), new Hints([]), prng(43));
    expect(b).toEqual(a);
    expect([...c.factors.values()]).not.toEqual([...a.factors.values()]);
  });
});

describe('plan: forbidden tokens and the date shift', () => {
  it("every number token of the texts (two digits or more) is forbidden, the URL's too", () => {
    const p = plan({ texts: ['¥12,345 和 7', 'https://x.example/?id=9876543'], numbers: [], dates: [] }, new Hints([]), prng(1));
    expect([...p.forbidden].sort()).toEqual(['12,345', '9876543']);
  });

  it('no dates, no shift; dates shift back 380–1500 days, a range still crossing midnight when it did', () => {
    expect(plan(input(['12']), new Hints([]), prng(1)).shift).toBeNull();
    const text = '2025/07/28 22:15 ~ 01:10';
    const start = matchDate(text, 0)!;
    const end = matchTime(text, 19)!;
    const p = plan(
      input([], {
        dates: [
          { s: '2025/07/28 22:15', tok: start },
          { s: '01:10', tok: end, base: start },
        ],
      }),
      new Hints([]),
      prng(9),
    );
    expect(p.shift!.days).toBeGreaterThanOrEqual(-1500);
    expect(p.shift!.days).toBeLessThanOrEqual(-380);
    expect(Math.abs(p.shift!.minutes)).toBeGreaterThanOrEqual(3);
    expect(Math.abs(p.shift!.minutes)).toBeLessThanOrEqual(57);
    const s = move(start, p.shift!),
      e = move(end, p.shift!, baseOf(start));
    expect([typeof s.at, typeof e.at]).toEqual(['number', 'number']);
    expect(Math.floor(e.at! / 1440)).toBe(Math.floor(s.at! / 1440) + 1);
  });

  it('planInput takes the texts, numbers and dates of the slots, links included only as text', () => {
    const doc = document.implementation.createHTMLDocument('');
    const a = doc.createElement('a');
    const node = doc.createTextNode('¥1,234');
    const slots = [
      { kind: 'text' as const, node, segs: [{ t: 'num' as const, s: '¥1,234' }] },
      { kind: 'href' as const, el: a, name: 'href', value: '/x?id=55' },
    ];
    expect(planInput(slots, ['https://h/?a=77'])).toEqual({ texts: ['¥1,234', '/x?id=55', 'https://h/?a=77'], numbers: ['¥1,234'], dates: [] });
  });
});
