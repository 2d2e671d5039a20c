/**
 * Targets are stored in each metric's normalised unit (fractions, yuan, seconds); people type
 * them the way the backends show them (a rate as 12.5 meaning 12.5 %). These convert both ways.
 */
import { METRICS, type MetricId, type Unit } from '../metrics/catalog';

const PERCENT: readonly Unit[] = ['ratio'];

/** The number shown in an input for a stored target. */
export function toInput(metric: MetricId, value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const x = PERCENT.includes(METRICS[metric].unit) ? value * 100 : value;
  return String(Math.round(x * 1e6) / 1e6);
}

/** The stored target for what was typed; null for an empty or unreadable input. */
export function fromInput(metric: MetricId, text: string): number | null {
  const t = text.trim().replace(/[,，%％¥￥\s]/g, '');
  if (!t) return null;
  const x = Number(t);
  if (!Number.isFinite(x)) return null;
  return PERCENT.includes(METRICS[metric].unit) ? x / 100 : x;
}

/** What the input is in: '%', '¥', 's' … (the dictionary names them). */
export const inputUnit = (metric: MetricId): Unit => METRICS[metric].unit;
