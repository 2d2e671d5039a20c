import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText } from '../../lib/parse/text';
import { oracle } from './oracle';
import { alphabetJunk, fullUnicodeString, graphemeString, mutated, pageJunk, rendered, unicodeString, validCase, validCases, type Case } from './arbitraries';

const RUNS = 2_000;

function expected(c: Case) {
  const out: Record<string, unknown> = { kind: 'number', value: c.value, as: c.as };
  if (c.qualifier) out.qualifier = c.qualifier;
  if (c.magnitude) out.magnitude = c.magnitude;
  return out;
}

/** The parser and the oracle agree: a number only where the oracle sees a valid format, the
 *  same number, and every valid format of ≤ 40 characters is read. */
function agrees(text: string): void {
  const p = parseText(text);
  const o = oracle(text);
  if (p.kind === 'number') {
    expect(o, `parser read ${JSON.stringify(text)} as ${p.value}`).toMatchObject({ valid: true });
    if (!o.valid) return;
    expect(p.as).toBe(o.as);
    expect(p.qualifier).toBe(o.qualifier);
    if (o.inexact) expect(Math.abs(p.value - o.value)).toBeLessThanOrEqual(0.0005 + Math.abs(o.value) * 1e-12);
    else expect(p.value).toBe(o.value);
  } else if (o.valid && o.compactLength <= 40) {
    expect.fail(`oracle reads ${JSON.stringify(text)} as ${o.value}, parser says ${p.kind}`);
  }
}

describe('round trip: every display format reads back exactly', () => {
  for (const [name, arb] of Object.entries(validCases)) {
    it(name, () => {
      fc.assert(
        fc.property(rendered(arb), ({ text, c }) => {
          expect(parseText(text)).toEqual(expected(c));
          expect(oracle(text)).toMatchObject({ valid: true, value: c.value, as: c.as });
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('plain ASCII, no spaces: the exact string the backends print', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        expect(parseText(c.tokens.join(''))).toEqual(expected(c));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['1,234,567', 1234567, 'plain'],
    ['¥1,234.50', 1234.5, 'cny'],
    ['¥-1,234.50', -1234.5, 'cny'],
    ['-¥1,234.50', -1234.5, 'cny'],
    ['612.38万', 6123800, 'plain'],
    ['0.07亿', 7000000, 'plain'],
    ['1.23w', 12300, 'plain'],
    ['9.99k', 9990, 'plain'],
    ['12.34%', Number('0.1234'), 'percent'],
    ['0.07%', Number('0.0007'), 'percent'],
    ['-12.34%', -Number('0.1234'), 'percent'],
    ['１２．３４％', Number('0.1234'), 'percent'],
    ['￥\u00a01,234.00', 1234, 'cny'],
    ['  ¥ 26,439.25 ', 26439.25, 'cny'],
    ['1 小时 2 分 3 秒', 3723, 'seconds'],
    ['1小时2分3秒', 3723, 'seconds'],
    ['75分3秒', 4503, 'seconds'],
    ['48秒', 48, 'seconds'],
    ['04:00:12', 14412, 'seconds'],
    ['4:00:12', 14412, 'seconds'],
    ['5:03', 303, 'seconds'],
    ['1.5小时', 5400, 'seconds'],
    ['0', 0, 'plain'],
    ['-0%', 0, 'percent'],
  ] as const)('%s → %s', (text, value, as) => {
    expect(parseText(text)).toMatchObject({ kind: 'number', value, as });
    agrees(text);
  });

  it('qualifiers', () => {
    expect(parseText('<0.01%')).toEqual({ kind: 'number', value: 0.0001, as: 'percent', qualifier: 'below' });
    expect(parseText('＜ 0.01 ％')).toEqual({ kind: 'number', value: 0.0001, as: 'percent', qualifier: 'below' });
    expect(parseText('>99%')).toEqual({ kind: 'number', value: 0.99, as: 'percent', qualifier: 'above' });
    expect(parseText('10万+')).toEqual({ kind: 'number', value: 100000, as: 'plain', qualifier: 'atLeast', magnitude: '万' });
    expect(parseText('10万 +')).toEqual({ kind: 'number', value: 100000, as: 'plain', qualifier: 'atLeast', magnitude: '万' });
    expect(parseText('约1.2万')).toEqual({ kind: 'number', value: 12000, as: 'plain', qualifier: 'approx', magnitude: '万' });
  });
});

describe('junk never throws and never reads as a number', () => {
  it.each([
    '1.2.3',
    '¥¥1',
    '1万万',
    '%5',
    '12%%',
    '1,23',
    '1,2345',
    '12,3',
    '1,234,56',
    ',123',
    '1,',
    '1.',
    '.5',
    '-.5%',
    '007',
    '0,123',
    '00.5',
    '2025/07/28',
    '2025-07-28',
    '2025.07.28',
    '2025/07/28 22:15',
    '2025-07-28 22:15:00',
    '07-28 22:15',
    '22:15 ~ 01:10',
    '138-0000-0000',
    '138 0000 0000',
    '#1234abc',
    'ID:1234',
    '1 234',
    '1, 234',
    '12 : 30',
    '12:3',
    '1:5:03',
    '60:00',
    '1:60:00',
    '1分75秒',
    '1小时60分',
    '1天24小时',
    '1.5分30秒',
    '秒5',
    '5秒1',
    '< =5',
    '以 上',
    '10万以 上',
    '5小 时',
    '1万%',
    '¥5%',
    '10万+%',
    '<10万+',
    '¥-¥1',
    '-+5',
    '+-5',
    '--5',
    '5-',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '1/2',
    '50%~60%',
    '第1名',
    'Lv.3',
    '１．２．３',
    '１　２',
  ])('%j', (text) => {
    expect(() => parseText(text)).not.toThrow();
    expect(parseText(text).kind).not.toBe('number');
    expect(oracle(text).valid).toBe(false);
  });

  it('never throws on non-strings', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    for (const x of [undefined, null, 5, {}, [], Symbol.iterator, Object.create(null), hostile] as unknown[]) {
      expect(() => parseText(x as string)).not.toThrow();
      expect(parseText(x as string).kind).toBe('unreadable');
    }
  });

  const families = {
    'fc.string': fc.string(),
    'unicodeString (BMP, lone surrogates)': unicodeString,
    fullUnicodeString: fullUnicodeString,
    'grapheme strings': graphemeString,
    'digits+units+punctuation': alphabetJunk,
    'dates, times, phones, ids': pageJunk,
    'edited displays': mutated,
  };
  for (const [name, arb] of Object.entries(families)) {
    it(name, () => {
      fc.assert(
        fc.property(arb, (text) => {
          expect(() => parseText(text)).not.toThrow();
          agrees(text);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
