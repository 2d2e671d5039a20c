/**
 * Session time ranges as the live lists show them (DASHBOARDS.md §1, §9):
 *
 *   2025/07/28 08:15 ~ 11:40            end on the same day
 *   2025/07/28 22:15 ~ 01:10            end earlier than start, no date: next day (crossesMidnight)
 *   2025/07/28 22:15 ~ 2025/07/29 01:10 end with its own date
 *   2025-07-28 22:15:00 至 2025-07-29 01:10:00
 *   2026/04/17 10:52:25                 one instant (API style): start only
 *   07-28 22:15 ~ 01:10                 no year: needs `refYear`
 *   2025年7月28日 22:15 ~ 01:10          Chinese dates; 7月28日 needs `refYear`
 *
 * Separators: ~ ～ 〜 - — – 至 到, with or without spaces. Full-width digits and colons are
 * accepted. Times are Asia/Shanghai (UTC+8 all year, no DST since 1991); output is ISO 8601
 * with `+08:00`, seconds always written: `2025-07-28T22:15:00+08:00`.
 * Any invalid part (2025/02/30, 25:00, 24:00, an end before the start) makes the whole range null.
 * Pure; never throws.
 */
import { foldChar, isAnyDigit } from './grammar';

export interface TimeRange {
  /** ISO 8601, +08:00 */
  start: string;
  /** ISO 8601, +08:00; absent when the text gives one instant */
  end?: string;
  /** the end falls on a later calendar day than the start (implied or explicit date) */
  crossesMidnight: boolean;
}

export interface FoundTimeRange extends TimeRange {
  /** the matched text, as it appears in the input */
  match: string;
  /** where it starts in the input (UTF-16 index) */
  index: number;
}

interface DateParts {
  y?: number;
  mo: number;
  d: number;
}
interface TimeParts {
  h: number;
  mi: number;
  s: number;
}
interface Stamp {
  date: DateParts;
  time: TimeParts;
}

/** One character in, one character out, so indexes into the folded text are indexes into the input. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014 || c === 0x2013 || c === 0x2015)
      out += '—'; // — – ―
    else if (c === 0xa0 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) out += ' ';
    else out += foldChar(text[i]!);
  }
  return out;
}

// Sticky regexes, tried at a position. `(?!\d)` keeps 2025/07/281 or 22:155 from matching.
const DATE_FULL = /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/y;
// textContent of `<div>2025/07/28</div><div>22:15 ~ 01:10</div>` glues day and hour: read it
// only when both are two digits, so there is one way to split it.
const DATE_FULL_GLUED = /(\d{4})([/.-])(\d{2})\2(\d{2})(?=\d{2}:\d{2})/y;
const DATE_CN = /(\d{4})年(\d{1,2})月(\d{1,2})日?/y;
const DATE_SHORT = /(\d{1,2})([/-])(\d{1,2})(?![\d/.-])/y;
const DATE_SHORT_CN = /(\d{1,2})月(\d{1,2})日/y;
const DATE_TIME_GAP = /(?:\s+|T)/y;
const DATE_TIME_GAP_CN = /\s*/y;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/y;
const RANGE_SEP = /\s*(?:~|-|—{1,2}|至|到)\s*/y;

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

function readTime(s: string, pos: number): [TimeParts, number] | null {
  const m = at(TIME, s, pos);
  if (!m) return null;
  return [{ h: Number(m[1]), mi: Number(m[2]), s: m[3] === undefined ? 0 : Number(m[3]) }, TIME.lastIndex];
}

function readDate(s: string, pos: number): [DateParts, number, boolean] | null {
  let m = at(DATE_FULL, s, pos);
  if (m) return [{ y: Number(m[1]), mo: Number(m[3]), d: Number(m[4]) }, DATE_FULL.lastIndex, false];
  m = at(DATE_CN, s, pos);
  if (m) return [{ y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) }, DATE_CN.lastIndex, true];
  m = at(DATE_SHORT_CN, s, pos);
  if (m) return [{ mo: Number(m[1]), d: Number(m[2]) }, DATE_SHORT_CN.lastIndex, true];
  m = at(DATE_SHORT, s, pos);
  if (m) return [{ mo: Number(m[1]), d: Number(m[3]) }, DATE_SHORT.lastIndex, false];
  return null;
}

/** A date and a time of day at `pos`. */
function readStamp(s: string, pos: number): [Stamp, number] | null {
  const glued = at(DATE_FULL_GLUED, s, pos);
  if (glued) {
    const t = readTime(s, DATE_FULL_GLUED.lastIndex);
    if (t) return [{ date: { y: Number(glued[1]), mo: Number(glued[3]), d: Number(glued[4]) }, time: t[0] }, t[1]];
  }
  const d = readDate(s, pos);
  if (!d) return null;
  const [date, afterDate, cn] = d;
  const gap = at(cn ? DATE_TIME_GAP_CN : DATE_TIME_GAP, s, afterDate);
  if (!gap) return null;
  const t = readTime(s, afterDate + gap[0].length);
  if (!t) return null;
  return [{ date, time: t[0] }, t[1]];
}

interface Raw {
  start: Stamp;
  end?: { date?: DateParts; time: TimeParts };
  next: number;
}

/** start [sep end] at `pos`; the longest reading that is there. */
function readRange(s: string, pos: number): Raw | null {
  const start = readStamp(s, pos);
  if (!start) return null;
  const [stamp, afterStart] = start;
  const sep = at(RANGE_SEP, s, afterStart);
  if (sep) {
    const from = afterStart + sep[0].length;
    const full = readStamp(s, from);
    if (full) return { start: stamp, end: full[0], next: full[1] };
    const t = readTime(s, from);
    if (t) return { start: stamp, end: { time: t[0] }, next: t[1] };
  }
  return { start: stamp, next: afterStart };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeap(y) ? 29 : DAYS[mo - 1]!);
}
const validTime = (t: TimeParts) => t.h <= 23 && t.mi <= 59 && t.s <= 59;

interface Full {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}
const ms = (f: Full) => Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (f: Full) => `${pad(f.y, 4)}-${pad(f.mo)}-${pad(f.d)}T${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}+08:00`;

function addDay(f: Full): Full {
  const t = new Date(Date.UTC(f.y, f.mo - 1, f.d + 1));
  return { ...f, y: t.getUTCFullYear(), mo: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function resolve(raw: Raw, refYear: number | undefined): TimeRange | null {
  const y = raw.start.date.y ?? refYear;
  if (y === undefined) return null;
  const { mo, d } = raw.start.date;
  if (!validDate(y, mo, d) || !validTime(raw.start.time)) return null;
  const start: Full = { y, mo, d, ...raw.start.time };
  if (!raw.end) return { start: iso(start), crossesMidnight: false };

  if (!validTime(raw.end.time)) return null;
  let end: Full;
  const ed = raw.end.date;
  if (!ed) {
    end = { ...start, ...raw.end.time };
    if (ms(end) < ms(start)) end = addDay(end);
  } else if (ed.y !== undefined) {
    if (!validDate(ed.y, ed.mo, ed.d)) return null;
    end = { y: ed.y, mo: ed.mo, d: ed.d, ...raw.end.time };
  } else {
    // 12-31 23:00 ~ 01-01 01:00: a year-less end date before the start is in the next year
    const sameYear = validDate(y, ed.mo, ed.d) ? { y, mo: ed.mo, d: ed.d, ...raw.end.time } : null;
    end = sameYear && ms(sameYear) >= ms(start) ? sameYear : { y: y + 1, mo: ed.mo, d: ed.d, ...raw.end.time };
    if (!validDate(end.y, end.mo, end.d)) return null;
  }
  if (ms(end) < ms(start)) return null;
  const crossesMidnight = end.y !== start.y || end.mo !== start.mo || end.d !== start.d;
  return { start: iso(start), end: iso(end), crossesMidnight };
}

/**
 * The whole of `text` (trimmed) as a time range or one instant; null if it is anything else or
 * any part is invalid. `refYear` supplies the year for `07-28 22:15 ~ 01:10`.
 */
export function parseTimeRange(text: string, refYear?: number): TimeRange | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const s = fold(text).trim();
  const raw = readRange(s, 0);
  if (!raw || raw.next !== s.length) return null;
  return resolve(raw, refYear);
}

/**
 * The first time range (or date-and-time instant) inside a longer text, e.g.
 * `直播时间：2025/07/28 22:15 ~ 01:10`. A candidate that is invalid (2025/02/30) is skipped.
 */
export function findTimeRange(text: string, refYear?: number): FoundTimeRange | null {
  if (typeof text !== 'string') return null;
  // a range starts at a digit (ASCII, or full-width before folding): most texts asked about
  // (titles, names) hold none, and are not folded at all
  let digit = false;
  for (let i = 0; i < text.length && !digit; i++) {
    const c = text.charCodeAt(i);
    digit = isAnyDigit(c);
  }
  if (!digit) return null;
  const s = fold(text);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const b = i > 0 ? s.charCodeAt(i - 1) : -1;
    if ((b >= 48 && b <= 57) || b === 47 || b === 46 || b === 45) continue; // inside another number or date
    const raw = readRange(s, i);
    if (!raw) continue;
    const r = resolve(raw, refYear);
    if (r) return { ...r, match: text.slice(i, raw.next), index: i };
    i = raw.next - 1; // an invalid range: do not read its end as an instant of its own
  }
  return null;
}
