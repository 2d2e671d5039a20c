/**
 * Numbers shown the way the backends show them: ¥ with thousands separators, 万/亿 for large
 * counts and money in zh, percentages with two decimals, durations as 1分5秒. Locale-free so
 * Node, happy-dom and Chromium print the same text.
 */
import type { Qualifier } from '../capture/types';
import type { Unit } from '../metrics/catalog';

const group = (s: string): string => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function fixed(n: number, digits: number): string {
  const s = Math.abs(n).toFixed(digits);
  const [int = '0', frac] = s.split('.');
  const trimmed = frac?.replace(/0+$/, '');
  return (n < 0 ? '-' : '') + group(int) + (trimmed ? `.${trimmed}` : '');
}

function compact(n: number, lang: 'zh' | 'en'): string {
  const a = Math.abs(n);
  if (lang === 'zh') {
    if (a >= 1e8) return `${fixed(n / 1e8, 2)}亿`;
    if (a >= 1e5) return `${fixed(n / 1e4, 2)}万`;
  } else {
    if (a >= 1e9) return `${fixed(n / 1e9, 2)}B`;
    if (a >= 1e6) return `${fixed(n / 1e6, 2)}M`;
  }
  return fixed(n, Number.isInteger(n) ? 0 : 2);
}

export function formatDuration(seconds: number, lang: 'zh' | 'en' = 'zh'): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600),
    m = Math.floor((s % 3600) / 60),
    sec = s % 60;
  if (lang === 'en') return [h ? `${h}h` : '', m ? `${m}m` : '', sec || (!h && !m) ? `${sec}s` : ''].filter(Boolean).join(' ');
  return `${h ? `${h}小时` : ''}${m ? `${m}分` : ''}${sec || (!h && !m) ? `${sec}秒` : ''}`;
}

const QUALIFIER: Record<Qualifier, string> = { atLeast: '≥', below: '<', above: '>', approx: '≈' };

export function formatValue(value: number | null | undefined, unit: Unit, lang: 'zh' | 'en' = 'zh', qualifier?: Qualifier): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '--';
  const q = qualifier ? QUALIFIER[qualifier] : '';
  switch (unit) {
    case 'cny':
      return `${q}¥${compact(value, lang)}`;
    case 'count':
      return q + compact(Math.round(value), lang);
    case 'ratio':
      return `${q}${fixed(value * 100, 2)}%`;
    case 'seconds':
      return q + formatDuration(value, lang);
    case 'multiplier':
      return q + fixed(value, 2);
    case 'score':
      return q + fixed(value, 2);
  }
}

/** A signed change: +12.5% / −3.4%; unknown sign shows the magnitude with a '±?' hint. */
export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return '--';
  const pct = fixed(Math.abs(value) * 100, 2);
  return value > 0 ? `+${pct}%` : value < 0 ? `−${pct}%` : '0%';
}
