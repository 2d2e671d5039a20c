/**
 * A reference value (a quartile, a median, a band's edge) to three significant digits: it is a
 * yardstick, not a reading, so ¥82,437.9 reads ¥8.24万 and sits beside ¥11.5万 in the same
 * unit. In zh, money and counts from 1万 up are in 万 (readings switch at 10万, as backends do).
 */
import { formatValue } from './number';
import type { Unit } from '../metrics/catalog';
import type { Short } from '../i18n/lang';

/** rounded half up on the decimal digits (toPrecision rounds 11.45 down: it is 11.4499… in binary) */
function sig3(n: number): number {
  if (n === 0) return 0;
  const e = 2 - Math.floor(Math.log10(Math.abs(n)));
  // an integer step for large numbers, so 82437.9 → 82400 exactly
  return e >= 0 ? Math.round(n * 10 ** e) / 10 ** e : Math.round(n / 10 ** -e) * 10 ** -e;
}

export function refValue(value: number | null | undefined, unit: Unit, lang: Short): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '--';
  if (unit !== 'cny' && unit !== 'count') return formatValue(value, unit, lang);
  const a = Math.abs(value);
  if (lang === 'zh' && a >= 1e4 && a < 1e8) return `${unit === 'cny' ? '¥' : ''}${sig3(value / 1e4)}万`;
  return formatValue(a === 0 ? 0 : sig3(value), unit, lang);
}
