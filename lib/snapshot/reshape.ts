/**
 * Number shapes. A shown number is a template: its characters stay where they are and only its
 * digits change, so `¥26,439.25` stays `¥dd,ddd.dd`, `8.84万` stays `d.dd万`, `<0.01%` stays
 * `<0.0d%`, `1分32秒` stays `d分dd秒` (seconds 10–59) and `04:00:12` stays `0d:dd:dd`. The digit
 * count of every part is kept (no leading zero appears or disappears), so the reader parses the
 * new text exactly as it parsed the old one: same kind, unit, magnitude and qualifier. Zero stays
 * zero and a non-zero number stays non-zero (derived metrics and missing values depend on it).
 */
import {
  CLOCK_RE,
  DIGITS,
  DURATION_PART_LIMIT,
  DURATION_PART_SECONDS,
  DURATION_RE,
  isAnyDigit,
  MAGNITUDE,
  WIDE_NINE,
  WIDE_OFFSET,
  WIDE_ZERO,
} from '../parse/grammar';
import { cleanText, parseText, type ParsedNumber } from '../parse/text';

type Num = ParsedNumber;

export interface DecimalTemplate {
  type: 'decimal';
  raw: string;
  parsed: Num;
  /** integer and fraction digit counts; `zeroInt` for 0.xx */
  n: number;
  k: number;
  zeroInt: boolean;
  /** value = display × 10^pow (万 4, 亿 8, k 3, % −2) */
  pow: number;
  /** the original display in units of 10^-k */
  units: number;
  lo: number;
  hi: number;
}

export interface PartField {
  len: number;
  frac: number;
  /** smallest and largest integer part */
  min: number;
  max: number;
  /** grid steps in one unit of this field */
  mult: number;
  pad: boolean;
}

export interface PartsTemplate {
  type: 'parts';
  raw: string;
  parsed: Num;
  clock: boolean;
  fields: PartField[];
  /** seconds per grid step (the last field's unit, or a fraction of it) */
  grid: number;
  /** the original total in grid steps */
  steps: number;
}

export type Template = DecimalTemplate | PartsTemplate;

/** The digits of a decimal, found anywhere in the text. */
const CORE = new RegExp(DIGITS);

/** The digits of a text, in order, as ASCII. */
export function digitsOf(s: string): string {
  let d = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d += s[i];
    else if (c >= WIDE_ZERO && c <= WIDE_NINE) d += String.fromCharCode(c - WIDE_OFFSET);
  }
  return d;
}

/** Put new digits into a text in place of its own, in order; full-width digits stay full-width. */
export function substituteDigits(raw: string, digits: string): string {
  let j = 0;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) out += digits[j++] ?? raw[i];
    else if (c >= WIDE_ZERO && c <= WIDE_NINE) out += String.fromCharCode(WIDE_ZERO + Number(digits[j++] ?? c - WIDE_ZERO));
    else out += raw[i];
  }
  return out;
}

function decimalTemplate(raw: string, p: Num, text: string): DecimalTemplate | null {
  const m = CORE.exec(text);
  if (!m) return null;
  const [int = '', frac = ''] = m[0].replace(/,/g, '').split('.');
  if (int.length + frac.length !== digitsOf(text).length) return null;
  const n = int.length,
    k = frac.length;
  if (n + k > 15) return null;
  const zeroInt = int === '0';
  const pow = (p.magnitude ? (MAGNITUDE[p.magnitude] ?? 0) : 0) - (p.as === 'percent' ? 2 : 0);
  const f = 10 ** k;
  return {
    type: 'decimal',
    raw,
    parsed: p,
    n,
    k,
    zeroInt,
    pow,
    units: Number(int + frac),
    lo: zeroInt ? 1 : 10 ** (n - 1) * f,
    hi: zeroInt ? f - 1 : 10 ** n * f - 1,
  };
}

/** The range of a part's integer value that keeps its digit count (and its leading zero). */
function range(s: string, limit: number, fixedWidth: boolean): [number, number] {
  const len = s.length;
  if (fixedWidth) return [0, Math.min(10 ** len, limit) - 1];
  if (len === 1) return [0, Math.min(9, limit - 1)];
  if (s[0] === '0') return [0, Math.min(10 ** (len - 1), limit) - 1];
  return [10 ** (len - 1), Math.min(10 ** len, limit) - 1];
}

function partsTemplate(raw: string, p: Num, text: string): PartsTemplate | null {
  const c = CLOCK_RE.exec(text);
  let parts: Array<{ s: string; unit: number; limit: number }>;
  if (c) {
    parts =
      c[1] !== undefined
        ? [
            { s: c[1], unit: 3600, limit: Infinity },
            { s: c[2]!, unit: 60, limit: 60 },
            { s: c[4]!, unit: 1, limit: 60 },
          ]
        : [
            { s: c[3]!, unit: 60, limit: 60 },
            { s: c[4]!, unit: 1, limit: 60 },
          ];
  } else {
    const d = DURATION_RE.exec(text);
    if (!d) return null;
    parts = [];
    for (let i = 0; i < 4; i++) {
      const s = d[i + 1];
      if (s !== undefined) parts.push({ s, unit: DURATION_PART_SECONDS[i]!, limit: parts.length ? DURATION_PART_LIMIT[i]! : Infinity });
    }
    if (!parts.length) return null;
  }
  if (parts.map((x) => x.s.replace('.', '')).join('') !== digitsOf(text)) return null;
  const last = parts[parts.length - 1]!;
  const lastFrac = last.s.split('.')[1]?.length ?? 0;
  const grid = last.unit / 10 ** lastFrac;
  const fields: PartField[] = parts.map((x, i) => {
    const [int = ''] = x.s.split('.');
    const frac = x.s.split('.')[1]?.length ?? 0;
    const fixed = Boolean(c) && i > 0;
    const [min, max] = range(int, x.limit, fixed);
    return { len: int.length, frac, min, max, mult: Math.round(x.unit / grid), pad: fixed || (int.length > 1 && int[0] === '0') };
  });
  let steps = 0;
  parts.forEach((x, i) => (steps += Math.round(Number(x.s) * fields[i]!.mult)));
  return { type: 'parts', raw, parsed: p, clock: Boolean(c), fields, grid, steps };
}

/** The template of a number as shown, or null when the text is not one number (or is zero). */
export function templateOf(raw: string): Template | null {
  const p = parseText(raw);
  if (p.kind !== 'number') return null;
  const text = cleanText(raw);
  if (p.as === 'seconds') return partsTemplate(raw, p, text);
  return decimalTemplate(raw, p, text);
}

export const isZero = (t: Template): boolean => (t.type === 'decimal' ? t.units === 0 : t.steps === 0);

/** The smallest change the template can show, in the value's own unit (yuan, fraction, seconds). */
export function precisionOf(t: Template): number {
  return t.type === 'decimal' ? 10 ** (t.pow - t.k) : t.grid;
}

/** The template's digits for a position on its grid (units / steps), or null if it does not fit. */
export function digitsAt(t: Template, pos: number): string | null {
  if (!Number.isInteger(pos)) return null;
  if (t.type === 'decimal') {
    if (pos < t.lo || pos > t.hi) return null;
    return String(pos).padStart(t.n + t.k, '0');
  }
  if (pos <= 0) return null;
  let rem = pos;
  let out = '';
  for (let i = 0; i < t.fields.length; i++) {
    const f = t.fields[i]!;
    const lastField = i === t.fields.length - 1;
    const v = lastField ? rem : Math.floor(rem / f.mult);
    rem -= lastField ? rem : v * f.mult;
    const scale = 10 ** f.frac;
    const int = Math.floor(v / scale);
    if (int < f.min || int > f.max) return null;
    const intStr = String(int).padStart(f.len, '0');
    if (intStr.length !== f.len) return null;
    out += intStr + (f.frac ? String(v - int * scale).padStart(f.frac, '0') : '');
  }
  return out;
}

/** Where on the template's grid a value falls. */
export function positionOf(t: Template, value: number): number {
  const v = Math.abs(value);
  return t.type === 'decimal' ? Math.round(v / 10 ** (t.pow - t.k)) : Math.round(v / t.grid);
}

export interface Placed {
  digits: string;
  /** the value could not be shown where it was aimed, so it was moved to the nearest that fits */
  clamped: boolean;
}

/**
 * The digits nearest to `target` (a value in the template's unit) that fit the template, differ
 * from the original, and pass `accept` (no original number re-created, no replacement reused).
 * Searches outward from the target; falls back to any fitting position; null only when the
 * template has no other position at all.
 */
export function place(t: Template, target: number, accept: (digits: string) => boolean = () => true): Placed | null {
  const orig = digitsOf(t.raw);
  const fits = (pos: number) => {
    const d = digitsAt(t, pos);
    return d !== null && d !== orig && accept(d) ? d : null;
  };
  let start = positionOf(t, target);
  if (start < 1) start = 1;
  const exact = fits(start);
  if (exact !== null) return { digits: exact, clamped: false };
  const [lo, hi] = t.type === 'decimal' ? [t.lo, t.hi] : [1, Math.max(t.steps * 20, 100_000)];
  const first = digitsAt(t, start);
  const inRange = first !== null;
  const begin = Math.min(Math.max(start, lo), hi);
  const limit = 20_000;
  for (let d = 1; d <= limit; d++) {
    for (const pos of [begin - d, begin + d]) {
      if (pos < lo || pos > hi) continue;
      const got = fits(pos);
      if (got !== null) return { digits: got, clamped: !inRange || Math.abs(pos - start) > Math.max(2, start * 0.02) };
    }
    if (begin - d < lo && begin + d > hi) break;
  }
  return null;
}
