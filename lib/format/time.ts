/**
 * Times and days in Asia/Shanghai, where the dashboards are read: ISO 8601 in exports, and the
 * panel's short forms (a day's bounds, 'MM-DD HH:mm', 'HH:mm'). China keeps
 * one fixed offset all year (no DST since 1991), so +08:00 is exact.
 *
 * Exports format hundreds of thousands of times (every capture row, four per session), and
 * `Date#toISOString` was most of the sessions CSV's own cost; so whole-ms times from 1970 to
 * 9999 are formatted by arithmetic, the day's date string computed once per day. Anything else
 * (fractions, negatives, NaN) goes through Date exactly as before.
 */
const OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const MAX_MS = 253_402_300_799_999 - OFFSET_MS; // 9999-12-31T23:59:59.999 local

const slowIso = (ms: number): string => `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** 'YYYY-MM-DD' of day `d` since 1970-01-01 (d ≥ 0), civil-from-days (H. Hinnant). */
function civilDate(d: number): string {
  const z = d + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

let cachedDay = -1;
let cachedDate = '';
const dateOfDay = (d: number): string => {
  if (d !== cachedDay) {
    cachedDate = civilDate(d);
    cachedDay = d;
  }
  return cachedDate;
};

/** 1753712100000 → '2025-07-28T22:15:00+08:00' (seconds precision) */
export function shanghaiIso(ms: number): string {
  if (!(Number.isInteger(ms) && ms >= 0 && ms <= MAX_MS)) return slowIso(ms);
  const local = ms + OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  const s = Math.floor((local - day * DAY_MS) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s - h * 3600) / 60);
  return `${dateOfDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s - h * 3600 - m * 60)}+08:00`;
}

/** 1753712100000 → '2025-07-28' */
export function shanghaiDate(ms: number): string {
  if (!(Number.isInteger(ms) && ms >= 0 && ms <= MAX_MS)) return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
  return dateOfDay(Math.floor((ms + OFFSET_MS) / DAY_MS));
}

// the panel's forms (through Date: a list shows tens of times, not hundreds of thousands)

/** 'YYYY-MM-DD' → epoch ms of that day's start (or end, inclusive) in Shanghai; null if unreadable. */
export function dayBound(text: string, end = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - OFFSET_MS;
  return Number.isFinite(start) ? (end ? start + DAY_MS - 1 : start) : null;
}

/** epoch ms → 'MM-DD HH:mm' in Shanghai (compact, for lists and tables) */
export const shortTime = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(5, 16).replace('T', ' ');

/** epoch ms → 'YYYY-MM-DD HH:mm' in Shanghai */
export const fullTime = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** epoch ms → 'HH:mm' in Shanghai */
export const clock = (ms: number): string => new Date(ms + OFFSET_MS).toISOString().slice(11, 16);
