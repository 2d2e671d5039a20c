/**
 * Numbers inside the engine's own explanations ("why" texts). Locale-free on purpose: the same
 * output in Node and every browser, so tests can assert on it.
 */
import { METRICS, type MetricId, type Unit } from '../metrics/catalog';
import type { Bilingual, MetricValue } from './types';

const group = (n: number): string => {
  const [int, frac] = Math.abs(n).toString().split('.');
  const g = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + g + (frac ? `.${frac}` : '');
};

const round = (n: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

export function explainNumber(value: number, unit: Unit, lang: 'zh' | 'en'): string {
  switch (unit) {
    case 'ratio': {
      const pct = value * 100;
      return `${round(pct, Math.abs(pct) < 1 ? 2 : 1)}%`;
    }
    case 'seconds':
      return lang === 'zh' ? `${Math.round(value)}秒` : `${Math.round(value)} s`;
    case 'cny':
      return `¥${group(round(value, Math.abs(value) < 100 ? 2 : 0))}`;
    case 'count':
      return group(Math.round(value));
    case 'multiplier':
      return round(value, 2).toString();
    case 'score':
      return round(value, 2).toString();
  }
}

const QUALIFIER_MARK: Record<string, Bilingual> = {
  atLeast: { zh: '≥', en: '≥' },
  above: { zh: '>', en: '>' },
  below: { zh: '<', en: '<' },
  approx: { zh: '约', en: '~' },
};

/** A metric value as the engine's explanations write it: `12.5%`, `≥100,000`, `--` when unknown (the panel's own figures are lib/format/number.ts formatValue: `12.50%`, `10万`). */
export function explainValue(metric: MetricId, v: MetricValue | number | null, lang: 'zh' | 'en'): string {
  const mv: MetricValue = typeof v === 'number' || v === null ? { value: v } : v;
  if (mv.value === null || !Number.isFinite(mv.value)) return '--';
  const mark = mv.qualifier ? (QUALIFIER_MARK[mv.qualifier]?.[lang] ?? '') : '';
  return mark + explainNumber(mv.value, METRICS[metric].unit, lang);
}

/** Both languages at once, for building Bilingual texts. */
export const both = (metric: MetricId, v: MetricValue | number | null): Bilingual => ({
  zh: explainValue(metric, v, 'zh'),
  en: explainValue(metric, v, 'en'),
});

export const name = (metric: MetricId): Bilingual => ({ zh: METRICS[metric].zh, en: METRICS[metric].en });

/** Join bilingual parts, dropping empty ones. */
export function joinText(parts: readonly (Bilingual | undefined)[]): Bilingual {
  const ps = parts.filter((p): p is Bilingual => p !== undefined && (p.zh !== '' || p.en !== ''));
  return { zh: ps.map((p) => p.zh).join('；'), en: ps.map((p) => p.en).join('; ') };
}
