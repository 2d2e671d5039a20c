/**
 * Dates and times of day in page text: found, and moved by one shift for the whole page (so
 * ranges keep their length and order, and one instant shown twice moves the same way). Each
 * field keeps its digit count (07 stays two digits, a lone 7 one digit when the shift allows);
 * the result is always a valid date.
 */
export type FieldKey = 'y' | 'mo' | 'd' | 'h' | 'mi' | 's';

export interface DateToken {
  /** offset and length in the text */
  at: number;
  len: number;
  fields: Array<{ key: FieldKey; at: number; len: number }>;
  y?: number;
  mo?: number;
  d?: number;
  h?: number;
  mi?: number;
  s?: number;
}

export interface Shift {
  days: number;
  minutes: number;
}

const FULL = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/;
const CN = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日?)?/;
const SHORT_CN = /^(\d{1,2})月(\d{1,2})日/;
const SHORT = /^(\d{1,2})([/-])(\d{1,2})(?=[ T]\d{1,2}:\d{2})/;
const YM = /^(\d{4})([/-])(\d{1,2})(?![\d/.-])/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/;
const GAP = /^(?:\s+|T)/;

function tok(at: number, parts: Array<[FieldKey, string, number]>, end: number): DateToken {
  const t: DateToken = { at, len: end - at, fields: [] };
  for (const [key, s, off] of parts) {
    t.fields.push({ key, at: off, len: s.length });
    t[key] = Number(s);
  }
  return t;
}

function addTime(s: string, i: number, t: DateToken): DateToken {
  const gap = GAP.exec(s.slice(i + t.len));
  if (!gap) return t;
  const from = i + t.len + gap[0].length;
  const m = TIME.exec(s.slice(from));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return t;
  const parts: Array<[FieldKey, string, number]> = [
    ['h', m[1]!, from],
    ['mi', m[2]!, from + m[1]!.length + 1],
  ];
  if (m[3] !== undefined) parts.push(['s', m[3], from + m[1]!.length + m[2]!.length + 2]);
  for (const [key, v, off] of parts) {
    t.fields.push({ key, at: off, len: v.length });
    t[key] = Number(v);
  }
  t.len = from + m[0].length - i;
  return t;
}

const validDate = (y: number, mo: number, d: number) => {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
};

/** A date (maybe with a time of day) starting at `i` of the folded text. */
export function matchDate(s: string, i: number): DateToken | null {
  const rest = s.slice(i);
  let m = FULL.exec(rest);
  if (m && validDate(+m[1]!, +m[3]!, +m[4]!)) {
    const o = i + m[1]!.length + 1;
    return addTime(
      s,
      i,
      tok(
        i,
        [
          ['y', m[1]!, i],
          ['mo', m[3]!, o],
          ['d', m[4]!, o + m[3]!.length + 1],
        ],
        i + m[0].length,
      ),
    );
  }
  m = CN.exec(rest);
  if (m && +m[2]! >= 1 && +m[2]! <= 12 && (m[3] === undefined || validDate(+m[1]!, +m[2]!, +m[3]))) {
    const o = i + m[1]!.length + 1;
    const parts: Array<[FieldKey, string, number]> = [
      ['y', m[1]!, i],
      ['mo', m[2]!, o],
    ];
    if (m[3] !== undefined) parts.push(['d', m[3], o + m[2]!.length + 1]);
    const t = tok(i, parts, i + m[0].length);
    return m[3] !== undefined ? addTime(s, i, t) : t;
  }
  m = SHORT_CN.exec(rest);
  if (m && validDate(2024, +m[1]!, +m[2]!))
    return addTime(
      s,
      i,
      tok(
        i,
        [
          ['mo', m[1]!, i],
          ['d', m[2]!, i + m[1]!.length + 1],
        ],
        i + m[0].length,
      ),
    );
  m = SHORT.exec(rest);
  if (m && validDate(2024, +m[1]!, +m[3]!))
    return addTime(
      s,
      i,
      tok(
        i,
        [
          ['mo', m[1]!, i],
          ['d', m[3]!, i + m[1]!.length + 1],
        ],
        i + m[0].length,
      ),
    );
  m = YM.exec(rest);
  if (m && +m[3]! >= 1 && +m[3]! <= 12 && +m[1]! >= 1990 && +m[1]! <= 2100) {
    return tok(
      i,
      [
        ['y', m[1]!, i],
        ['mo', m[3]!, i + 5],
      ],
      i + m[0].length,
    );
  }
  return null;
}

/** A time of day (HH:mm[:ss]) at `i`. */
export function matchTime(s: string, i: number): DateToken | null {
  const m = TIME.exec(s.slice(i));
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return null;
  const parts: Array<[FieldKey, string, number]> = [
    ['h', m[1]!, i],
    ['mi', m[2]!, i + m[1]!.length + 1],
  ];
  if (m[3] !== undefined) parts.push(['s', m[3], i + m[1]!.length + m[2]!.length + 2]);
  return tok(i, parts, i + m[0].length);
}

/** The range separator after a time, and the time after it (22:15 ~ 01:10). */
export const RANGE_SEP = /^\s*(?:~|-|—{1,2}|至|到)\s*/;

export interface Moved {
  values: Partial<Record<FieldKey, number>>;
  /** absolute minutes (UTC-based) of the moved instant, when the token has a date and a time */
  at?: number;
}

const REF_YEAR = 2024; // a leap year: 2/29 without a year stays valid

/** Move one token. `base` gives a time-only token the date it belongs to (a range's end). */
export function move(t: DateToken, shift: Shift, base?: { y: number; mo: number; d: number; after?: number }): Moved {
  const hasDate = t.mo !== undefined;
  const hasTime = t.h !== undefined;
  if (hasDate && t.d === undefined) {
    // year-month: by whole months
    const months = Math.round(shift.days / 30.4375);
    const total = (t.y ?? REF_YEAR) * 12 + (t.mo! - 1) + months;
    return { values: { y: Math.floor(total / 12), mo: (total % 12) + 1 } };
  }
  if (hasDate) {
    const y = t.y ?? REF_YEAR;
    const ms = Date.UTC(y, t.mo! - 1, t.d!, t.h ?? 0, t.mi ?? 0, t.s ?? 0) + (shift.days * 1440 + (hasTime ? shift.minutes : 0)) * 60_000;
    const n = new Date(ms);
    const values: Partial<Record<FieldKey, number>> = { y: n.getUTCFullYear(), mo: n.getUTCMonth() + 1, d: n.getUTCDate() };
    if (hasTime) Object.assign(values, { h: n.getUTCHours(), mi: n.getUTCMinutes(), s: n.getUTCSeconds() });
    return hasTime ? { values, at: ms / 60_000 } : { values };
  }
  // time only
  if (base) {
    let ms = Date.UTC(base.y, base.mo - 1, base.d, t.h!, t.mi!, t.s ?? 0);
    if (base.after !== undefined && ms / 60_000 < base.after) ms += 86_400_000;
    ms += (shift.days * 1440 + shift.minutes) * 60_000;
    const n = new Date(ms);
    return { values: { h: n.getUTCHours(), mi: n.getUTCMinutes(), s: n.getUTCSeconds() }, at: ms / 60_000 };
  }
  const mins = (((t.h! * 60 + t.mi! + shift.minutes) % 1440) + 1440) % 1440;
  return { values: { h: Math.floor(mins / 60), mi: mins % 60, s: t.s ?? 0 } };
}

/** Absolute minutes of a token that has a date and a time (before any shift). */
export function minutesOf(t: DateToken, base?: { y: number; mo: number; d: number; after?: number }): number | undefined {
  if (t.h === undefined) return undefined;
  if (t.mo !== undefined && t.d !== undefined) return Date.UTC(t.y ?? REF_YEAR, t.mo - 1, t.d, t.h, t.mi ?? 0, t.s ?? 0) / 60_000;
  if (!base) return undefined;
  let m = Date.UTC(base.y, base.mo - 1, base.d, t.h, t.mi ?? 0, t.s ?? 0) / 60_000;
  if (base.after !== undefined && m < base.after) m += 1440;
  return m;
}

/** Render moved values into the token's text; `fits` is false when a field needed more digits
 *  (the shift is chosen to avoid that). */
export function renderDate(text: string, t: DateToken, values: Partial<Record<FieldKey, number>>): { text: string; fits: boolean } {
  let out = text;
  let fits = true;
  for (const f of [...t.fields].sort((a, b) => b.at - a.at)) {
    const v = values[f.key];
    if (v === undefined) continue;
    let s = String(v).padStart(f.len, '0');
    if (s.length > f.len) fits = false; // a lone 7 became 11: the date stays right, the shape does not
    const rel = f.at - t.at;
    out = out.slice(0, rel) + s + out.slice(rel + f.len);
  }
  return { text: out, fits };
}
