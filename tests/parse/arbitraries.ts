/**
 * fast-check generators for the parser tests: valid displays (as tokens, with the value they
 * must read as, computed on decimal strings) and junk of every kind the pages put near numbers.
 */
import fc from 'fast-check';

export type Kind = 'cny' | 'percent' | 'seconds' | 'plain';
export type Qual = 'atLeast' | 'below' | 'above' | 'approx';

/** A display split into tokens (spaces may go between tokens), and what it must read as. */
export interface Case {
  tokens: string[];
  value: number;
  as: Kind;
  qualifier?: Qual;
  magnitude?: string;
}

// ---------- decimal strings ----------

/** 1234567 → 1,234,567 (on the string) */
export function group(int: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return out;
}

/** The decimal `int.frac` times 10^pow, as a decimal string (no float arithmetic). */
export function shifted(int: string, frac: string, pow: number): string {
  const digits = int + frac;
  const point = int.length + pow;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

const intStr = (max: bigint) => fc.bigInt(0n, max).map(String);
const fracStr = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const neg0 = (v: number) => (v === 0 ? 0 : v);

// ---------- valid displays ----------

const plain: fc.Arbitrary<Case> = fc.tuple(intStr(10n ** 15n), fc.boolean(), fc.option(fracStr(1, 3), { nil: undefined })).map(([int, sep, frac]) => ({
  tokens: [`${sep ? group(int) : int}${frac !== undefined ? `.${frac}` : ''}`],
  value: Number(frac !== undefined ? `${int}.${frac}` : int),
  as: 'plain' as const,
}));

const money: fc.Arbitrary<Case> = fc
  .tuple(intStr(10n ** 12n), fracStr(2, 2), fc.constantFrom('', '-¥', '¥-', '+¥'), fc.boolean())
  .map(([int, cents, signed, yuanSuffix]) => {
    const negative = signed.includes('-');
    const num = `${group(int)}.${cents}`;
    const tokens = signed === '' ? (yuanSuffix ? [num, '元'] : ['¥', num]) : signed === '¥-' ? ['¥', '-', num] : [signed[0]!, '¥', num];
    return { tokens, value: neg0(Number(`${negative ? '-' : ''}${int}.${cents}`)), as: 'cny' as const };
  });

const MAG_POW: Record<string, number> = { 万: 4, 亿: 8, w: 4, W: 4, k: 3, K: 3, 千: 3 };
const magnitude: fc.Arbitrary<Case> = fc
  .tuple(intStr(99_999n), fc.option(fracStr(1, 2), { nil: undefined }), fc.constantFrom(...Object.keys(MAG_POW)), fc.boolean())
  .map(([int, frac, mag, cny]) => {
    const num = frac !== undefined ? `${int}.${frac}` : int;
    return {
      tokens: cny ? ['¥', num, mag] : [num, mag],
      value: Number(shifted(int, frac ?? '', MAG_POW[mag]!)),
      as: cny ? ('cny' as const) : ('plain' as const),
      magnitude: mag,
    };
  });

const percent: fc.Arbitrary<Case> = fc
  .tuple(intStr(999n), fc.option(fracStr(1, 2), { nil: undefined }), fc.constantFrom('', '-', '+'))
  .map(([int, frac, sign]) => {
    const num = frac !== undefined ? `${int}.${frac}` : int;
    const v = Number(shifted(int, frac ?? '', -2));
    return { tokens: sign ? [sign, num, '%'] : [num, '%'], value: neg0(sign === '-' ? -v : v), as: 'percent' as const };
  });

const qualified: fc.Arbitrary<Case> = fc.oneof(
  // <0.01% and friends
  fc.tuple(fc.constantFrom('<', '≤', '<=', '>', '≥', '>=', '约', '~'), intStr(99n), fracStr(1, 2)).map(([q, int, frac]) => ({
    tokens: [q, `${int}.${frac}`, '%'],
    value: Number(shifted(int, frac, -2)),
    as: 'percent' as const,
    qualifier: ({ '<': 'below', '≤': 'below', '<=': 'below', '>': 'above', '≥': 'above', '>=': 'above', 约: 'approx', '~': 'approx' } as const)[q],
  })),
  // 10万+ / 100w+ / 5000以上
  fc.tuple(fc.integer({ min: 1, max: 9999 }).map(String), fc.constantFrom('万', 'w', 'k', '亿', ''), fc.constantFrom('+', '以上')).map(([int, mag, plus]) => {
    const c: Case = {
      tokens: mag ? [int, mag, plus] : [int, plus],
      value: Number(shifted(int, '', mag ? MAG_POW[mag]! : 0)),
      as: 'plain',
      qualifier: 'atLeast',
    };
    if (mag) c.magnitude = mag;
    return c;
  }),
);

const duration: fc.Arbitrary<Case> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom('小时', '时', 'h'),
      fc.constantFrom('分', '分钟', 'min', 'm'),
      fc.constantFrom('秒', 's'),
    )
    .map(([h, m, s, hu, mu, su]) => ({ tokens: [`${h}`, hu, `${m}`, mu, `${s}`, su], value: h * 3600 + m * 60 + s, as: 'seconds' as const })),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 59 })).map(([m, s]) => ({
    tokens: [`${m}`, '分', `${s}`, '秒'],
    value: m * 60 + s,
    as: 'seconds' as const,
  })),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => ({
    tokens: [`${h}`, '小时', `${m}`, '分'],
    value: h * 3600 + m * 60,
    as: 'seconds' as const,
  })),
  fc.integer({ min: 0, max: 1_000_000 }).map((s) => ({ tokens: [`${s}`, '秒'], value: s, as: 'seconds' as const })),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.boolean()).map(([h, m, s, pad]) => ({
    tokens: [`${pad ? String(h).padStart(2, '0') : h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`],
    value: h * 3600 + m * 60 + s,
    as: 'seconds' as const,
  })),
  fc.tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.boolean()).map(([m, s, pad]) => ({
    tokens: [`${pad ? String(m).padStart(2, '0') : m}:${String(s).padStart(2, '0')}`],
    value: m * 60 + s,
    as: 'seconds' as const,
  })),
);

export const validCase: fc.Arbitrary<Case> = fc.oneof(plain, money, magnitude, percent, qualified, duration);
export const validCases = { plain, money, magnitude, percent, qualified, duration };

// ---------- rendering: full-width forms, spaces between tokens ----------

const WIDE: Record<string, string> = {
  '%': '％',
  '¥': '￥',
  ',': '，',
  '.': '．',
  ':': '：',
  '+': '＋',
  '-': '－',
  '<': '＜',
  '>': '＞',
  '~': '～',
};
const toWide = (ch: string) => (/[0-9]/.test(ch) ? String.fromCharCode(0xff10 + Number(ch)) : (WIDE[ch] ?? ch));
export const SPACES = [' ', '\u00a0', '\u3000', '\t', '\n', '\u2009', '\u202f'];

/** Render tokens with some characters in full width and whitespace (maybe none) between tokens,
 *  zero-width characters anywhere. */
export function rendered(arb: fc.Arbitrary<Case>): fc.Arbitrary<{ text: string; c: Case }> {
  return fc
    .tuple(
      arb,
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant('') }, fc.constantFrom(...SPACES), fc.constant('  ')), { minLength: 8, maxLength: 8 }),
      fc.boolean(),
      fc.nat(),
    )
    .map(([c, wide, seps, zw, at]) => {
      let text = seps[0]!;
      let n = 0;
      c.tokens.forEach((t, i) => {
        for (const ch of t) text += wide[n++ % wide.length] ? toWide(ch) : ch;
        text += seps[(i + 1) % seps.length]!;
      });
      if (zw) {
        const k = at % (text.length + 1);
        text = text.slice(0, k) + '\u200b' + text.slice(k);
      }
      return { text, c };
    });
}

// ---------- junk ----------

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Dates, times of day with a date, phone numbers, ids: things that sit next to numbers. */
export const pageJunk: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('/', '-', '.'))
    .map(([y, m, d, s]) => `${y}${s}${pad2(m)}${s}${pad2(d)}`),
  fc
    .tuple(
      fc.integer({ min: 2000, max: 2099 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      fc.constantFrom('/', '-'),
    )
    .map(([y, mo, d, h, mi, s, sep]) => `${y}${sep}${pad2(mo)}${sep}${pad2(d)} ${pad2(h)}:${pad2(mi)}${s === undefined ? '' : `:${pad2(s)}`}`),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([mo, d, h, mi]) => `${pad2(mo)}-${pad2(d)} ${pad2(h)}:${pad2(mi)}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.constantFrom(' ~ ', '~', '-', ' 至 '),
    )
    .map(([a, b, c, d, s]) => `${pad2(a)}:${pad2(b)}${s}${pad2(c)}:${pad2(d)}`),
  fc
    .tuple(fc.integer({ min: 130, max: 199 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('-', ' ', '\u00a0'))
    .map(([a, b, c, s]) => `${a}${s}${String(b).padStart(4, '0')}${s}${String(c).padStart(4, '0')}`),
  fc
    .tuple(fc.constantFrom('#', 'ID:', 'No.', '订单号', 'live_'), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 3, maxLength: 12 }))
    .map(([p, id]) => p + id),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b, c]) => `${a}.${b}.${c}`),
  // bad grouping: 1,23 · 1,2345 · 12,3
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99999 }), fc.constantFrom(1, 2, 4, 5))
    .map(([a, b, w]) => `${a},${String(b).padStart(w, '0').slice(-w)}`),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).map(([a, b]) => `${a}%~${b}%`),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 })).map(([a, b]) => `${a}/${b}`),
  fc
    .tuple(fc.constantFrom('v', 'V', 'LV', 'Lv.', '第'), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '名', '场', '级'))
    .map(([a, n, b]) => `${a}${n}${b}`),
);

/** Single characters and multi-character units the number formats are built from, plus
 *  punctuation and letters seen around them. */
export const ALPHABET = [
  ...'0123456789',
  '０',
  '５',
  '９',
  ',',
  '.',
  '，',
  '．',
  '¥',
  '￥',
  '%',
  '％',
  '+',
  '＋',
  '-',
  '－',
  '−',
  '<',
  '>',
  '=',
  '≤',
  '≥',
  '~',
  '～',
  '〜',
  ':',
  '：',
  '/',
  '#',
  ' ',
  '\u00a0',
  '\u3000',
  '\u200b',
  '万',
  '亿',
  'w',
  'W',
  'k',
  'K',
  '千',
  '元',
  '约',
  '以上',
  '小时',
  '时',
  'h',
  '分钟',
  '分',
  'min',
  'm',
  '秒',
  's',
  '天',
  '--',
  '暂无数据',
  'a',
  'e',
  'E',
  'x',
  '(',
  ')',
  '*',
  '—',
];
export const alphabetJunk: fc.Arbitrary<string> = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 10 }).map((a) => a.join(''));

/** Small edits of a valid display: drop, double, or insert a character. */
export const mutated: fc.Arbitrary<string> = fc
  .tuple(rendered(validCase), fc.constantFrom('drop', 'double', 'insert', 'swap'), fc.nat(), fc.constantFrom(...ALPHABET))
  .map(([{ text }, op, at, ins]) => {
    const chars = [...text];
    if (chars.length === 0) return ins;
    const k = at % chars.length;
    switch (op) {
      case 'drop':
        chars.splice(k, 1);
        break;
      case 'double':
        chars.splice(k, 0, chars[k]!);
        break;
      case 'insert':
        chars.splice(k, 0, ins);
        break;
      case 'swap':
        if (k + 1 < chars.length) [chars[k], chars[k + 1]] = [chars[k + 1]!, chars[k]!];
        break;
    }
    return chars.join('');
  });

/** fc v4 dropped unicodeString/fullUnicodeString; these are their equivalents. */
export const unicodeString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }); // BMP, lone surrogates included
export const fullUnicodeString = fc.string({ unit: 'binary' });
export const graphemeString = fc.string({ unit: 'grapheme' });
