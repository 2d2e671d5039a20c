/**
 * The parser's fast path (`simpleNumber`, lib/parse/text.ts) against its general path
 * (`generalNumber`, the grammar of lib/parse/grammar.ts): wherever the fast path answers, it
 * answers exactly what the general path does. Texts are drawn from the fast path's own shapes
 * ([¥] digits [.digits] [suffix]) with near misses around them, so most draws reach its inner
 * branches (and some are numbers only the general path reads).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generalNumber, simpleNumber } from '../../lib/parse/text';
import { group } from './arbitraries';

const digitRun = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 18 });
const suffix = fc.constantFrom('', '', '万', '亿', 'w', 'W', 'k', 'K', '千', '%', '元', '+', '万元', ' ', 'x');
/** shaped like the fast path's numbers, grouped or not, with the odd broken group */
const shaped = fc
  .record({
    cur: fc.constantFrom('', '', '¥', '-', '<'),
    int: digitRun,
    grouped: fc.boolean(),
    breakGroup: fc.constantFrom(false, false, false, true),
    frac: fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 }), { nil: undefined }),
    suffix,
  })
  .map(({ cur, int, grouped, breakGroup, frac, suffix: s }) => {
    let i = grouped ? group(int) : int;
    if (breakGroup && i.includes(',')) i = i.replace(/,(\d)/, '$1,');
    return `${cur}${i}${frac === undefined ? '' : `.${frac}`}${s}`;
  });
/** any short text over the characters the fast path looks at */
const alphabet = fc.string({ unit: fc.constantFrom(...'0123456789.,¥%万亿wWkK千元+- '), maxLength: 16 });

function agree(text: string): void {
  const fast = simpleNumber(text);
  if (fast === null) return;
  expect(fast, JSON.stringify(text)).toEqual(generalNumber(text));
}

describe('fast path = general path', () => {
  it('on number-shaped texts', () => {
    fc.assert(
      fc.property(shaped, (t) => agree(t)),
      { seed: 18, numRuns: 20000 },
    );
  });
  it('on texts over its alphabet', () => {
    fc.assert(
      fc.property(alphabet, (t) => agree(t)),
      { seed: 1818, numRuns: 20000 },
    );
  });
  it('answers for the common shapes, and leaves the rest to the general path', () => {
    for (const t of ['236,552', '¥1.2万', '12.5%', '0', '0.05', '3.2亿', '20.1w', '1.5k', '¥612.38万', '99元']) {
      expect(simpleNumber(t), t).not.toBeNull();
      agree(t);
    }
    for (const t of ['-3.2%', '<0.01%', '10万+', '¥ 1,234', '1分5秒', '04:00:12', '约1.2万']) {
      expect(simpleNumber(t), t).toBeNull();
      expect(generalNumber(t), t).not.toBeNull();
    }
    for (const t of ['01', '1,2345', '1,23', '.5', '¥12%', '1.']) {
      expect(simpleNumber(t), t).toBeNull();
      expect(generalNumber(t), t).toBeNull();
    }
  });
});
