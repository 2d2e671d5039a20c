/**
 * Fuzz parseText against the independent oracle (./oracle.ts).
 *
 *   FUZZ_RUNS=1000000 npx vitest run tests/parse/fuzz.test.ts
 *
 * FUZZ_RUNS is the total number of generated strings (default 120,000), split over the
 * generator families by weight. Checks: no throw; a number only from a string the oracle calls
 * valid (0 numbers from junk), and the oracle's number; every valid string of ≤ 40 characters read.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText } from '../../lib/parse/text';
import { oracle } from './oracle';
import { alphabetJunk, fullUnicodeString, graphemeString, mutated, pageJunk, rendered, unicodeString, validCase } from './arbitraries';

const TOTAL = Math.max(1, Number(process.env.FUZZ_RUNS) || 120_000);

const families: Array<[string, fc.Arbitrary<string>, number]> = [
  ['fc.string', fc.string({ maxLength: 16 }), 1],
  ['unicodeString', unicodeString, 1],
  ['fullUnicodeString', fullUnicodeString, 1],
  ['grapheme', graphemeString, 0.5],
  ['digits+units+punctuation', alphabetJunk, 4],
  ['dates/times/phones/ids', pageJunk, 1.5],
  ['edited displays', mutated, 3],
  ['valid displays', rendered(validCase).map((r) => r.text), 1],
];
const weights = families.reduce((a, [, , w]) => a + w, 0);

interface Stats {
  tried: number;
  parsed: number;
  missing: number;
  junk: number;
  junkRead: number;
  throws: number;
  misread: number;
  unread: number;
}

const seed = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;

it(`fuzz: ${TOTAL} strings, 0 throws, 0 numbers from junk (seed ${seed})`, { timeout: Math.max(60_000, TOTAL / 2) }, () => {
  const total: Stats = { tried: 0, parsed: 0, missing: 0, junk: 0, junkRead: 0, throws: 0, misread: 0, unread: 0 };
  const bad: string[] = [];
  const rows: string[] = [];
  let planned = 0;

  for (const [name, arb, w] of families) {
    const s: Stats = { tried: 0, parsed: 0, missing: 0, junk: 0, junkRead: 0, throws: 0, misread: 0, unread: 0 };
    const numRuns = Math.max(1, Math.round((TOTAL * w) / weights));
    planned += numRuns;
    fc.assert(
      fc.property(arb, (text) => {
        s.tried++;
        let p: ReturnType<typeof parseText>;
        try {
          p = parseText(text);
        } catch {
          s.throws++;
          if (bad.length < 20) bad.push(`throws: ${JSON.stringify(text)}`);
          return;
        }
        const o = oracle(text);
        if (!o.valid) s.junk++;
        if (p.kind === 'missing') s.missing++;
        if (p.kind !== 'number') {
          if (o.valid && o.compactLength <= 40) {
            s.unread++;
            if (bad.length < 20) bad.push(`valid but unread: ${JSON.stringify(text)} (oracle ${o.value})`);
          }
          return;
        }
        s.parsed++;
        if (!o.valid) {
          s.junkRead++;
          if (bad.length < 20) bad.push(`junk read as ${p.value}: ${JSON.stringify(text)} (${o.why})`);
          return;
        }
        const same = o.inexact ? Math.abs(p.value - o.value) <= 0.0005 + Math.abs(o.value) * 1e-12 : Object.is(p.value, o.value);
        if (!same || p.as !== o.as || p.qualifier !== o.qualifier) {
          s.misread++;
          if (bad.length < 20)
            bad.push(`misread: ${JSON.stringify(text)} → ${p.value} ${p.as} ${p.qualifier ?? ''}, oracle ${o.value} ${o.as} ${o.qualifier ?? ''}`);
        }
      }),
      { numRuns, seed, endOnFailure: true },
    );
    for (const k of Object.keys(total) as Array<keyof Stats>) total[k] += s[k];
    rows.push(
      `  ${name.padEnd(26)} tried ${String(s.tried).padStart(7)}  parsed ${String(s.parsed).padStart(6)}  missing ${String(s.missing).padStart(5)}  junk ${String(s.junk).padStart(7)}  junk read ${s.junkRead}`,
    );
  }

  console.log(
    [
      `parse fuzz (seed ${seed}): tried ${total.tried} strings, ${total.parsed} parsed as numbers, ` +
        `${total.missing} missing markers, ${total.junk} junk → ${total.junkRead} read as numbers, ` +
        `${total.throws} throws, ${total.misread} misread, ${total.unread} valid-but-unread`,
      ...rows,
      ...bad,
    ].join('\n'),
  );
  expect(total.tried).toBe(planned);
  expect(bad).toEqual([]);
  expect(total).toMatchObject({ throws: 0, junkRead: 0, misread: 0, unread: 0 });
});
