/**
 * One parser for every number format the backends show. Pure; never throws.
 *
 *   ¥1,234.50 · 612.38万 · 3.2亿 · 20.1w · 1.5k · 12.5% · <0.01% · 10万+ · -3.2% · 1分5秒 ·
 *   4小时12分 · 04:00:12 · 48秒 · --/暂无数据 (missing)
 *
 * Text it cannot read is `unreadable`: never a guess and never 0.
 * Scaling by 万/亿/% is done on the decimal string, so 612.38万 is exactly 6123800.
 *
 * The grammar (the shapes, the fold table, the missing tokens) is ./grammar.ts; this file says
 * which matches are numbers and what they are worth:
 *   a % excludes ¥/元/magnitude; + / 以上 (atLeast) excludes a qualifier; one sign at most;
 *   a duration's part after the first must be < 24 (hours) / < 60 (minutes, seconds) and only
 *   the last part may have decimals.
 * Spaces (any whitespace, NBSP) may sit between these tokens but never inside one:
 * `¥ 1,234` and `1 小时 2 分` read, `1 234`, `12 : 30` and `138 0000 0000` do not.
 * Text longer than 40 characters (ignoring whitespace) is never a number.
 */
import type { Qualifier } from '../capture/types';
import { CLOCK_RE, DECIMAL_RE, DURATION_PART_LIMIT, DURATION_PART_SECONDS, DURATION_RE, MAGNITUDE, MISSING_TOKENS, foldChar } from './grammar';

export type ParsedKind = 'cny' | 'percent' | 'seconds' | 'plain';

export type Parsed =
  | { kind: 'number'; value: number; as: ParsedKind; qualifier?: Qualifier; magnitude?: string }
  | { kind: 'missing' }
  | { kind: 'unreadable'; text: string };

export type ParsedNumber = Extract<Parsed, { kind: 'number' }>;

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/;
const SPACE = /\s/;
const HAS_DIGIT = /\d/;

/** Fold full-width forms; drop zero-width characters; whitespace is dropped (`keepSpace`
 *  false) or each run becomes one ' ' (trimmed at the ends). */
function fold(raw: string, keepSpace: boolean): string {
  let s = '';
  let pendingSpace = false;
  for (const ch of raw) {
    if (ZERO_WIDTH.test(ch)) continue;
    if (SPACE.test(ch)) {
      pendingSpace = true;
      continue;
    }
    const out = foldChar(ch);
    if (pendingSpace && keepSpace && s !== '') s += ' ';
    pendingSpace = false;
    s += out;
  }
  return s;
}

/** Does `fold` leave `raw` exactly as it is (for both `keepSpace`)? True when it holds no
 *  whitespace, no zero-width character and nothing `fold` rewrites (full-width forms, −, 〜):
 *  the common case, a number as shown (`236,552`, `¥1.2万`, `12.5%`), checked by char code
 *  instead of a regex test per character. Conservative: a false only means "fold it". */
function foldsToItself(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c <= 0x20) return false; // ASCII whitespace and controls
    if (c < 0x7f) continue;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x2212 || c === 0x3000 || c === 0x301c || c >= 0xfe00) return false;
  }
  return true;
}

/** Collapse the forms the same text takes across pages: full-width digits, spaces, NBSP. */
export function cleanText(raw: string): string {
  return foldsToItself(raw) ? raw : fold(raw, false);
}

/** Multiply the decimal string `digits` by 10^pow exactly. */
export function shiftDecimal(digits: string, pow: number): number {
  const [int = '0', frac = ''] = digits.split('.');
  let all = int + frac;
  let point = int.length + pow;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  } else if (point > all.length) {
    all = all + '0'.repeat(point - all.length);
  }
  return Number(`${all.slice(0, point)}.${all.slice(point) || '0'}`);
}

function qualifierOf(pre: string | undefined, plus: string | undefined): Qualifier | undefined {
  if (plus) return 'atLeast';
  switch (pre) {
    case '<':
    case '≤':
    case '<=':
      return 'below';
    case '>':
    case '≥':
    case '>=':
      return 'above';
    case '约':
    case '~':
      return 'approx';
    default:
      return undefined;
  }
}

function readDuration(text: string): number | null {
  const d = DURATION_RE.exec(text);
  if (!d) return null;
  const parts = [d[1], d[2], d[3], d[4]];
  const present = parts.map((p, i) => (p === undefined ? -1 : i)).filter((i) => i >= 0);
  if (present.length === 0) return null;
  let total = 0;
  for (let k = 0; k < present.length; k++) {
    const i = present[k]!;
    const part = parts[i]!;
    if (part.includes('.') && k !== present.length - 1) return null; // 1.5分30秒
    const n = Number(part);
    if (k > 0 && n >= DURATION_PART_LIMIT[i]!) return null; // 1分75秒, 1小时60分
    total += n * DURATION_PART_SECONDS[i]!;
  }
  if (!Number.isFinite(total)) return null;
  return Number.isInteger(total) ? total : Math.round(total * 1000) / 1000;
}

function safeString(x: unknown): string {
  try {
    return String(x);
  } catch {
    return ''; // Object.create(null), a throwing toString
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Char code → 万/亿/w/k… (magnitude) or %/元 (tail). */
const SUFFIX = new Map<number, string>([...'万亿wWkK千%元'].map((ch) => [ch.charCodeAt(0), ch]));

/**
 * The fast path: the shapes most numbers on a dashboard take, read without the regex: [¥]
 * digits (plain or in ",ddd" groups) [.digits] [one of 万 亿 w W k K 千 % 元], nothing else (no
 * space, sign, qualifier, + or second suffix). Gives exactly what `generalNumber` gives for such
 * a text (tests/parse/fastpath.test.ts holds the two equal); null for anything else, which
 * then takes that path.
 */
export function simpleNumber(t: string): ParsedNumber | null {
  const n = t.length;
  let i = 0;
  const cur = t.charCodeAt(0) === 0xa5; // ¥
  if (cur) i = 1;
  const start = i;
  let c = t.charCodeAt(i);
  if (c === 48) i++;
  else if (c >= 49 && c <= 57) {
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (t.charCodeAt(i) === 44) {
      if (i - start > 3) return null;
      while (t.charCodeAt(i) === 44) {
        if (!(isDigit(t.charCodeAt(i + 1)) && isDigit(t.charCodeAt(i + 2)) && isDigit(t.charCodeAt(i + 3)))) return null;
        i += 4;
      }
    }
  } else return null;
  if (i < n && isDigit(t.charCodeAt(i))) return null; // 01, 1,2345
  if (t.charCodeAt(i) === 46) {
    const f = ++i;
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (i === f) return null;
  }
  const num = t.slice(start, i);
  let suffix: string | undefined;
  if (i < n) {
    suffix = SUFFIX.get(t.charCodeAt(i));
    if (suffix === undefined || i + 1 !== n) return null;
  }
  const percent = suffix === '%';
  if (percent && cur) return null;
  const mag = suffix !== undefined && !percent && suffix !== '元' ? suffix : undefined;
  const pow = (mag ? MAGNITUDE[mag]! : 0) - (percent ? 2 : 0);
  const digits = num.indexOf(',') >= 0 ? num.replace(/,/g, '') : num;
  // unscaled, shiftDecimal(digits, 0) is Number(`${int}.${frac || '0'}`), i.e. Number(digits)
  const value = pow === 0 ? Number(digits) : shiftDecimal(digits, pow);
  if (!Number.isFinite(value)) return null;
  const out: ParsedNumber = { kind: 'number', value: value === 0 ? 0 : value, as: percent ? 'percent' : cur || suffix === '元' ? 'cny' : 'plain' };
  if (mag) out.magnitude = mag;
  return out;
}

export function parseText(raw: string): Parsed {
  if (typeof raw !== 'string') return { kind: 'unreadable', text: safeString(raw) };
  const plain = foldsToItself(raw);
  const compact = plain ? raw : cleanText(raw);
  if (compact === '') return { kind: 'unreadable', text: raw };
  if (MISSING_TOKENS.has(compact)) return { kind: 'missing' };
  if (compact.length > 40) return { kind: 'unreadable', text: raw };
  // every number, clock and duration below holds a digit (full-width ones are folded by now)
  if (!HAS_DIGIT.test(compact)) return { kind: 'unreadable', text: raw };
  const text = plain ? raw : fold(raw, true);

  return simpleNumber(text) ?? generalNumber(text) ?? { kind: 'unreadable', text: raw };
}

/** The general path: `text` (folded, spaces as single ' ') read against the whole grammar as a
 *  decimal, a clock or a duration; null when it is none of them. */
export function generalNumber(text: string): ParsedNumber | null {
  const m = DECIMAL_RE.exec(text);
  if (m?.groups) {
    const g = m.groups;
    if (g.sign2 && (!g.cur || g.sign)) return null;
    const sign = g.sign ?? g.sign2;
    const num = g.num!.replace(/,/g, '');
    const percent = g.tail === '%';
    const cny = Boolean(g.cur) || g.tail === '元';
    if (percent && (cny || g.mag)) return null;
    if (g.plus && g.pre) return null;
    const pow = (g.mag ? MAGNITUDE[g.mag]! : 0) - (percent ? 2 : 0);
    let value = shiftDecimal(num, pow);
    if (sign === '-') value = -value;
    if (!Number.isFinite(value)) return null;
    const qualifier = qualifierOf(g.pre, g.plus);
    const out: ParsedNumber = { kind: 'number', value: value === 0 ? 0 : value, as: percent ? 'percent' : cny ? 'cny' : 'plain' };
    if (qualifier) out.qualifier = qualifier;
    if (g.mag) out.magnitude = g.mag;
    return out;
  }

  const clock = CLOCK_RE.exec(text);
  if (clock) {
    const h = Number(clock[1] ?? 0),
      mi = Number(clock[2] ?? clock[3]),
      s = Number(clock[4]);
    return { kind: 'number', value: h * 3600 + mi * 60 + s, as: 'seconds' };
  }

  const seconds = readDuration(text);
  if (seconds !== null) return { kind: 'number', value: seconds, as: 'seconds' };
  return null;
}
