/** Dates as the dashboards mean them: days in Asia/Shanghai (+08:00, no DST). */
const OFFSET = 8 * 3_600_000;
const DAY = 86_400_000;

/** 'YYYY-MM-DD' → epoch ms of that day's start (or end, inclusive) in Shanghai; null if unreadable. */
export function dayBound(text: string, end = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - OFFSET;
  return Number.isFinite(start) ? (end ? start + DAY - 1 : start) : null;
}

/** epoch ms → 'YYYY-MM-DD' in Shanghai */
export const dayText = (ms: number): string => new Date(ms + OFFSET).toISOString().slice(0, 10);

/** epoch ms → 'MM-DD HH:mm' in Shanghai (compact, for lists and tables) */
export const shortTime = (ms: number): string => new Date(ms + OFFSET).toISOString().slice(5, 16).replace('T', ' ');

/** epoch ms → 'YYYY-MM-DD HH:mm' in Shanghai */
export const fullTime = (ms: number): string => new Date(ms + OFFSET).toISOString().slice(0, 16).replace('T', ' ');

/** epoch ms → 'HH:mm' in Shanghai */
export const clock = (ms: number): string => new Date(ms + OFFSET).toISOString().slice(11, 16);
