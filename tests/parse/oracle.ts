/**
 * An independent statement of "which strings are numbers, and which number", for the property
 * and fuzz tests of lib/parse/text.ts. Written from the format list (DASHBOARDS.md §9 and the
 * grammar in text.ts's header), not from the parser's regexes: it peels tokens off both ends of
 * the string by hand and checks the digits by splitting on ',' and '.'.
 *
 * Values come from one decimal string read by Number() (`612.38e4`), so they are the correctly
 * rounded value of the exact decimal, as the parser's string shift should be too.
 */

export type OracleKind = 'cny' | 'percent' | 'seconds' | 'plain';
export type OracleQualifier = 'atLeast' | 'below' | 'above' | 'approx';

export type Oracle =
  | { valid: false; why: string }
  | {
      valid: true;
      value: number;
      as: OracleKind;
      qualifier?: OracleQualifier;
      /** durations with a fractional part: the parser keeps milliseconds, compare loosely */
      inexact?: boolean;
      /** length without whitespace: the parser reads nothing longer than 40 */
      compactLength: number;
    };

const FOLD = new Map<string, string>([
  ['％', '%'],
  ['￥', '¥'],
  ['，', ','],
  ['．', '.'],
  ['＋', '+'],
  ['－', '-'],
  ['\u2212', '-'],
  ['：', ':'],
  ['＜', '<'],
  ['＞', '>'],
  ['～', '~'],
  ['〜', '~'],
]);
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);

/** Fold full-width forms, drop invisible characters; whitespace is kept as it is. */
function foldChars(raw: string): string {
  const out: string[] = [];
  for (const ch of Array.from(raw)) {
    const cp = ch.codePointAt(0)!;
    if (INVISIBLE.has(ch)) continue;
    if (cp >= 0xff10 && cp <= 0xff19) out.push(String(cp - 0xff10));
    else out.push(FOLD.get(ch) ?? ch);
  }
  return out.join('');
}

const isSpace = (ch: string) => /^\s$/.test(ch);
function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a]!)) a++;
  while (b > a && isSpace(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Take one of `tokens` off the front of `s` (longest first), then the spaces after it. */
function takeFront(s: string, tokens: readonly string[]): [string | undefined, string] {
  for (const t of [...tokens].sort((x, y) => y.length - x.length)) {
    if (s.startsWith(t)) return [t, trim(s.slice(t.length))];
  }
  return [undefined, s];
}
function takeBack(s: string, tokens: readonly string[]): [string | undefined, string] {
  for (const t of [...tokens].sort((x, y) => y.length - x.length)) {
    if (s.endsWith(t)) return [t, trim(s.slice(0, s.length - t.length))];
  }
  return [undefined, s];
}

const QUALIFIERS: Record<string, OracleQualifier> = {
  '<': 'below',
  '≤': 'below',
  '<=': 'below',
  '>': 'above',
  '≥': 'above',
  '>=': 'above',
  约: 'approx',
  '~': 'approx',
};
const MAGNITUDES: Record<string, number> = { 万: 4, w: 4, W: 4, 亿: 8, 千: 3, k: 3, K: 3 };

/** A decimal literal with optional thousands grouping; returns the digits without commas. */
function literal(s: string): string | null {
  const dot = s.split('.');
  if (dot.length > 2) return null;
  const [int = '', frac] = dot;
  if (frac !== undefined && !/^[0-9]+$/.test(frac)) return null;
  let intDigits: string;
  if (int.includes(',')) {
    const groups = int.split(',');
    if (!/^[1-9][0-9]{0,2}$/.test(groups[0]!)) return null;
    if (!groups.slice(1).every((g) => /^[0-9]{3}$/.test(g))) return null;
    intDigits = groups.join('');
  } else {
    if (!/^(?:0|[1-9][0-9]*)$/.test(int)) return null;
    intDigits = int;
  }
  return frac === undefined ? intDigits : `${intDigits}.${frac}`;
}

function numberForm(s: string): Oracle {
  const compactLength = Array.from(s)
    .filter((c) => !isSpace(c))
    .join('').length;
  let rest = s;
  let plus: string | undefined;
  let tail: string | undefined;
  let mag: string | undefined;
  let pre: string | undefined;
  let sign: string | undefined;
  let sign2: string | undefined;
  let cur: string | undefined;
  [plus, rest] = takeBack(rest, ['+', '以上']);
  [tail, rest] = takeBack(rest, ['%', '元']);
  [mag, rest] = takeBack(rest, Object.keys(MAGNITUDES));
  [pre, rest] = takeFront(rest, Object.keys(QUALIFIERS));
  [sign, rest] = takeFront(rest, ['+', '-']);
  [cur, rest] = takeFront(rest, ['¥']);
  if (cur) [sign2, rest] = takeFront(rest, sign ? [] : ['+', '-']);
  const digits = literal(rest);
  if (digits === null) return { valid: false, why: 'not a decimal literal' };
  if (tail === '%' && (cur || mag)) return { valid: false, why: '% with ¥ or magnitude' };
  if (plus && pre) return { valid: false, why: 'atLeast and a qualifier' };
  const pow = (mag ? MAGNITUDES[mag]! : 0) - (tail === '%' ? 2 : 0);
  const negative = (sign ?? sign2) === '-';
  let value = Number(`${negative ? '-' : ''}${digits}e${pow}`);
  if (value === 0) value = 0;
  const qualifier: OracleQualifier | undefined = plus ? 'atLeast' : pre ? QUALIFIERS[pre] : undefined;
  const as: OracleKind = tail === '%' ? 'percent' : cur || tail === '元' ? 'cny' : 'plain';
  return qualifier ? { valid: true, value, as, qualifier, compactLength } : { valid: true, value, as, compactLength };
}

function clockForm(s: string): Oracle | null {
  if (!s.includes(':')) return null;
  const parts = s.split(':');
  const two = (p: string) => p.length === 2 && p >= '00' && p <= '59' && /^[0-9]+$/.test(p);
  const compactLength = s.length;
  if (parts.length === 2) {
    const [m = '', sec = ''] = parts;
    if (!/^[0-9]{1,2}$/.test(m) || Number(m) > 59 || !two(sec)) return { valid: false, why: 'bad M:SS' };
    return { valid: true, value: Number(m) * 60 + Number(sec), as: 'seconds', compactLength };
  }
  if (parts.length === 3) {
    const [h = '', m = '', sec = ''] = parts;
    if (!/^[0-9]{1,3}$/.test(h) || !two(m) || !two(sec)) return { valid: false, why: 'bad H:MM:SS' };
    return { valid: true, value: Number(h) * 3600 + Number(m) * 60 + Number(sec), as: 'seconds', compactLength };
  }
  return { valid: false, why: 'too many colons' };
}

const UNITS: ReadonlyArray<[string, number]> = [
  ['天', 0],
  ['小时', 1],
  ['时', 1],
  ['h', 1],
  ['分钟', 2],
  ['min', 2],
  ['分', 2],
  ['m', 2],
  ['秒', 3],
  ['s', 3],
];
const UNIT_SECONDS = [86400, 3600, 60, 1];
const UNIT_LIMIT = [Infinity, 24, 60, 60];

function durationForm(s: string): Oracle | null {
  let rest = s;
  const parts: Array<{ n: string; rank: number }> = [];
  while (rest !== '') {
    const m = /^([0-9]+(?:\.[0-9]+)?)/.exec(rest);
    if (!m) return parts.length ? { valid: false, why: 'duration: expected a number' } : null;
    const n = m[1]!;
    rest = trim(rest.slice(n.length));
    const unit = UNITS.find(([u]) => rest.startsWith(u));
    if (!unit) return parts.length ? { valid: false, why: 'duration: expected a unit' } : null;
    rest = trim(rest.slice(unit[0].length));
    parts.push({ n, rank: unit[1] });
  }
  if (parts.length === 0) return null;
  let total = 0;
  let inexact = false;
  for (let i = 0; i < parts.length; i++) {
    const { n, rank } = parts[i]!;
    if (i > 0 && rank <= parts[i - 1]!.rank) return { valid: false, why: 'duration: units out of order' };
    if (n.includes('.')) {
      if (i !== parts.length - 1) return { valid: false, why: 'duration: decimals before the last part' };
      inexact = true;
    }
    if (i > 0 && Number(n) >= UNIT_LIMIT[rank]!) return { valid: false, why: 'duration: part out of range' };
    total += Number(n) * UNIT_SECONDS[rank]!;
  }
  const compactLength = Array.from(s)
    .filter((c) => !isSpace(c))
    .join('').length;
  // integers stay exact only while the sum does; beyond 2^53 compare loosely too
  if (total > Number.MAX_SAFE_INTEGER) inexact = true;
  return inexact ? { valid: true, value: total, as: 'seconds', inexact, compactLength } : { valid: true, value: total, as: 'seconds', compactLength };
}

/** Is `raw` one of the number formats, and if so which value. */
export function oracle(raw: string): Oracle {
  const s = trim(foldChars(raw));
  if (s === '') return { valid: false, why: 'empty' };
  if (/[0-9]/.test(s) === false) return { valid: false, why: 'no digits' };
  // whitespace may separate tokens, never split a run of digits, ',', '.', ':'
  if (/[0-9.,:]\s+[0-9.,:]/.test(s)) return { valid: false, why: 'space inside a number' };
  const clock = clockForm(s);
  if (clock) return clock;
  const duration = durationForm(s);
  if (duration?.valid) return duration;
  const num = numberForm(s);
  if (num.valid) return num;
  return duration ?? num;
}
