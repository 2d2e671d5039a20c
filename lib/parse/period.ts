/**
 * The period a dashboard says it shows (the selected tab / date-picker text), as one key.
 *
 *   今日实时 · 实时 → realtime      今天 · 今日 → today        昨天 · 昨日 → yesterday
 *   近1天 · 近1日 → 1d              近7日 · 近7天 · 近一周 → 7d   近30日 · 近30天 → 30d
 *   近90日 · 近90天 → 90d           自定义, a date or a date range (2025/07/21 ~ 2025/07/27) → custom
 *
 * Also read: 最近/过去 for 近, Chinese numerals (近七天), a leading `统计时间：` style label, a
 * trailing date range after a named period (`近7天 (07/21~07/27)` is still 7d), full-width forms
 * and spaces. Anything else, including calendar periods the keys cannot express (本周, 本月,
 * 近14天, 日/周/月 granularity tabs), is `unknown`: never a guess. Pure; never throws.
 */
import { parseTimeRange } from './timerange';
import { foldChar } from './grammar';

export type PeriodKey = 'realtime' | 'today' | 'yesterday' | '1d' | '7d' | '30d' | '90d' | 'custom' | 'unknown';

export interface Period {
  key: PeriodKey;
  /** the text as given, trimmed ('' for null / undefined) */
  text: string;
}

const DAYS_KEY: Record<number, PeriodKey> = { 1: '1d', 7: '7d', 30: '30d', 90: '90d' };
const CN_NUM: Record<string, number> = { 一: 1, 七: 7, 三十: 30, 九十: 90 };

/** The grammar's fold (./grammar.ts), brackets as ( ), spaces and zero-width characters dropped. */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '【' || ch === '[') out += '(';
    else if (ch === '】' || ch === ']') out += ')';
    else if (/[\s\u200b-\u200d\u2060\ufeff]/.test(ch)) continue;
    else out += foldChar(ch);
  }
  return out;
}

/** The named period at the start of `s`, and how long it is. */
function named(s: string): [PeriodKey, number] | null {
  const fixed: Array<[RegExp, PeriodKey]> = [
    [/^(?:今日|今天)?实时(?:数据)?/, 'realtime'],
    [/^(?:今天|今日|当天|当日)/, 'today'],
    [/^(?:昨天|昨日)/, 'yesterday'],
    [/^(?:近|最近|过去)(?:一|1)周/, '7d'],
    [/^(?:近|最近|过去)24小时/, '1d'],
    [/^自定义(?:时间|日期)?/, 'custom'],
  ];
  for (const [re, key] of fixed) {
    const m = re.exec(s);
    if (m) return [key, m[0].length];
  }
  const m = /^(?:近|最近|过去)?(\d{1,3}|一|七|三十|九十)(?:个自然)?(?:天|日)/.exec(s);
  if (m) {
    const n = CN_NUM[m[1]!] ?? Number(m[1]);
    const key = DAYS_KEY[n];
    // a bare "1日" / "7日" could be a day of the month: only with 近/最近/过去 or 天
    if (key && (m[0].length > m[1]!.length + 1 || m[0].endsWith('天'))) return [key, m[0].length];
  }
  return null;
}

const DATE = String.raw`(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}[/-]\d{1,2}|\d{1,2}月\d{1,2}日)`;
const DATE_RANGE = new RegExp(String.raw`^(${DATE})(?:(?:~|-|—{1,2}|至|到)(${DATE}))?$`);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function validDate(text: string): boolean {
  const n = text.match(/\d+/g)!.map(Number);
  const [y, mo, d] = n.length === 3 ? (n as [number, number, number]) : [2000, n[0]!, n[1]!];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31);
}

/** `2025/07/21 ~ 2025/07/27`, `2025-07-28`, `07/21-07/27`: every date valid. */
function isDateRange(s: string): boolean {
  const m = DATE_RANGE.exec(s);
  if (!m) return false;
  if (!validDate(m[1]!) || (m[2] !== undefined && !validDate(m[2]))) return false;
  return m[2] === undefined || !(dayNumber(m[1]!) > dayNumber(m[2]));
}

/** yyyymmdd of a dated text, NaN when it has no year (an order that cannot be checked) */
function dayNumber(text: string): number {
  const n = text.match(/\d+/g)!.map(Number);
  return n.length === 3 ? n[0]! * 10000 + n[1]! * 100 + n[2]! : NaN;
}

export function normalisePeriod(text: string | null | undefined): Period {
  const shown = typeof text === 'string' ? text.trim() : '';
  let s = fold(shown);
  // 统计时间：近7天 / 时间范围:昨日
  const label = /^[\u4e00-\u9fff]{1,8}:(?=.)/.exec(s);
  if (label && !named(s)) s = s.slice(label[0].length);
  if (s === '') return { key: 'unknown', text: shown };

  const head = named(s);
  if (head) {
    const [key, len] = head;
    let rest = s.slice(len);
    if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1);
    if (rest === '' || isDateRange(rest)) return { key, text: shown };
    if (key === 'realtime' && /^(?:\d{1,2}:\d{2}(?::\d{2})?)?(?:更新)?$/.test(rest)) return { key, text: shown };
    return { key: 'unknown', text: shown };
  }
  if (isDateRange(s)) return { key: 'custom', text: shown };
  // a date range with times of day (`2025/07/28 08:15 ~ 11:40`) is a custom span too
  if (parseTimeRange(shown, 2000)?.end) return { key: 'custom', text: shown };
  return { key: 'unknown', text: shown };
}
