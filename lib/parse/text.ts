/**
 * One parser for every number format the backends show. Pure; never throws.
 *
 *   ¥1,234.50 · 612.38万 · 3.2亿 · 20.1w · 1.5k · 12.5% · <0.01% · 10万+ · -3.2% · 1分5秒 ·
 *   4小时12分 · 04:00:12 · 48秒 · --/暂无数据 (missing)
 *
 * Text it cannot read is `unreadable`: never a guess and never 0.
 * Scaling by 万/亿/% is done on the decimal string, so 612.38万 is exactly 6123800.
 */
import type { Qualifier } from '../capture/types';

export type ParsedKind = 'cny' | 'percent' | 'seconds' | 'plain';

export type Parsed =
  | { kind: 'number'; value: number; as: ParsedKind; qualifier?: Qualifier; magnitude?: string }
  | { kind: 'missing' }
  | { kind: 'unreadable'; text: string };

const MISSING = new Set(['--', '-', '—', '——', '–', '---', '暂无数据', '暂无', '无数据', '无', 'N/A', 'n/a', 'NaN', '/']);

const FULL_WIDTH: Record<string, string> = {
  '％': '%', '，': ',', '．': '.', '＋': '+', '－': '-', '−': '-', '：': ':', '＜': '<', '＞': '>',
  '￥': '¥', '〜': '~', '～': '~',
};

/** Collapse the forms the same text takes across pages: full-width digits, spaces, NBSP. */
export function cleanText(raw: string): string {
  let s = '';
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) s += String.fromCharCode(code - 0xfee0);
    else if (FULL_WIDTH[ch] !== undefined) s += FULL_WIDTH[ch];
    else if (/[\s\u00a0\u200b-\u200d\u2060\ufeff]/.test(ch)) continue;
    else s += ch;
  }
  return s;
}

const MAGNITUDE: Record<string, number> = { 万: 4, w: 4, W: 4, 亿: 8, k: 3, K: 3, 千: 3 };

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

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;
const NUMBER_RE = new RegExp(
  String.raw`^(?<pre><=|>=|≤|≥|<|>|约|~)?(?<sign>[+-])?(?<cur>¥)?(?<num>${NUM})(?<mag>万|亿|w|W|k|K|千)?(?<tail>%|元)?(?<plus>\+|以上)?$`,
);
const DURATION_RE = /^(?:(\d+(?:\.\d+)?)天)?(?:(\d+(?:\.\d+)?)(?:小时|时|h))?(?:(\d+(?:\.\d+)?)(?:分钟|分|min|m))?(?:(\d+(?:\.\d+)?)(?:秒|s))?$/;
const CLOCK_RE = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)$/;

function qualifierOf(pre: string | undefined, plus: string | undefined): Qualifier | undefined {
  if (plus) return 'atLeast';
  switch (pre) {
    case '<': case '≤': case '<=': return 'below';
    case '>': case '≥': case '>=': return 'above';
    case '约': case '~': return 'approx';
    default: return undefined;
  }
}

export function parseText(raw: string): Parsed {
  if (typeof raw !== 'string') return { kind: 'unreadable', text: String(raw) };
  const text = cleanText(raw);
  if (text === '') return { kind: 'unreadable', text: raw };
  if (MISSING.has(text)) return { kind: 'missing' };
  if (text.length > 40) return { kind: 'unreadable', text: raw };

  const m = NUMBER_RE.exec(text);
  if (m?.groups) {
    const g = m.groups;
    const num = g.num!.replace(/,/g, '');
    const percent = g.tail === '%';
    const cny = Boolean(g.cur) || g.tail === '元';
    if (percent && (cny || g.mag)) return { kind: 'unreadable', text: raw };
    if (g.plus && g.pre) return { kind: 'unreadable', text: raw };
    const pow = (g.mag ? MAGNITUDE[g.mag]! : 0) - (percent ? 2 : 0);
    let value = shiftDecimal(num.startsWith('.') ? `0${num}` : num, pow);
    if (g.sign === '-') value = -value;
    if (!Number.isFinite(value)) return { kind: 'unreadable', text: raw };
    const qualifier = qualifierOf(g.pre, g.plus);
    const out: Parsed = { kind: 'number', value: value === 0 ? 0 : value, as: percent ? 'percent' : cny ? 'cny' : 'plain' };
    if (qualifier) out.qualifier = qualifier;
    if (g.mag) out.magnitude = g.mag;
    return out;
  }

  const clock = CLOCK_RE.exec(text);
  if (clock) {
    const h = Number(clock[1] ?? 0), mi = Number(clock[2]), s = Number(clock[3]);
    return { kind: 'number', value: h * 3600 + mi * 60 + s, as: 'seconds' };
  }

  const d = DURATION_RE.exec(text);
  if (d && (d[1] || d[2] || d[3] || d[4])) {
    const [days, hours, mins, secs] = [d[1], d[2], d[3], d[4]].map((x) => (x ? Number(x) : 0)) as [number, number, number, number];
    const value = Math.round((days * 86400 + hours * 3600 + mins * 60 + secs) * 1000) / 1000;
    return { kind: 'number', value, as: 'seconds' };
  }
  return { kind: 'unreadable', text: raw };
}
