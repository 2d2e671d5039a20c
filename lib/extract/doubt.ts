/**
 * The 万 that may not scale. A figure shown as `¥159,357万` (five or more whole digits before a
 * 万 or 亿) is not how a page that scales by 万 writes a number: it would have written 15.94亿.
 * One real big screen shows such figures and a public tool that reads it keeps them without the
 * 万 (REAL-DOM.md, 罗盘 /screen/shop/single); whether the 万 scales cannot be told from the figure.
 * So such a reading is in doubt between two values, and is kept only when the page's other
 * numbers settle it: a formula of the catalogue that ties it to two numbers read without doubt
 * (gmv = 客单价 × 成交人数, gpm = gmv ÷ 观看人数 × 1000, …) agrees with exactly one of the two.
 * Otherwise it is missed as unreadable: never a guessed factor of 10,000.
 */
import { METRIC_CORE as METRICS, METRIC_IDS, type MetricId } from '../metrics/core';
import type { Missed, Reading } from '../capture/types';
import type { Parsed } from '../parse/text';

/** Whole digits before a 万/亿 that put the figure in doubt (10,000万 would be written 1亿). */
const DOUBT_DIGITS = 5;
/** How close a figure must come to what a formula predicts to agree with it: the numbers a
 *  formula is fed are rounded for display (客单价 to the fen, counts shown in 万), and the two
 *  readings in doubt are 10,000 times apart, so a loose match still tells them apart. */
const AGREE = 0.05;

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The two values a figure may mean, when it is in doubt; null when it is not. */
export function doubtOf(text: string, parsed: Parsed, value: number): [low: number, high: number] | null {
  if (parsed.kind !== 'number' || !parsed.magnitude || !SCALE[parsed.magnitude]) return null;
  const whole = text.split('.')[0]!.replace(/\D/g, '');
  if (whole.length < DOUBT_DIGITS) return null;
  return [value / SCALE[parsed.magnitude]!, value];
}

const FORMULAS = METRIC_IDS.filter((id) => METRICS[id].formula).map((id) => ({ out: id, ...METRICS[id].formula! }));

/** What the page's other numbers say the metric's value is, one prediction per formula. */
function predictions(metric: MetricId, sure: Map<MetricId, number>): number[] {
  const out: number[] = [];
  const get = (m: MetricId) => sure.get(m);
  for (const f of FORMULAS) {
    const scale = f.scale ?? 1;
    const o = get(f.out),
      n = get(f.num),
      d = get(f.den);
    if (metric === f.num && o !== undefined && d !== undefined) out.push((o * d) / scale);
    else if (metric === f.den && o !== undefined && n !== undefined && o > 0) out.push((n * scale) / o);
    else if (metric === f.out && n !== undefined && d !== undefined && d > 0) out.push((n / d) * scale);
  }
  return out.filter((p) => Number.isFinite(p) && p > 0);
}

const agrees = (v: number, p: number) => Math.abs(v - p) <= AGREE * p;

/**
 * Settle the readings in doubt against the others on the same scope. Returns the readings to
 * keep (a doubtful one with the value the page supports) and the ones missed.
 */
export function settleDoubts(readings: Reading[], doubts: Map<Reading, [number, number]>): { readings: Reading[]; missed: Missed[] } {
  if (doubts.size === 0) return { readings, missed: [] };
  const missed: Missed[] = [];
  const out: Reading[] = [];
  for (const r of readings) {
    const d = doubts.get(r);
    if (!d) {
      out.push(r);
      continue;
    }
    const sure = new Map<MetricId, number>();
    for (const x of readings) if (x.scope === r.scope && !doubts.has(x) && x.value !== null && !x.qualifier) sure.set(x.metric, x.value);
    const ps = predictions(r.metric, sure);
    const low = ps.some((p) => agrees(d[0], p)),
      high = ps.some((p) => agrees(d[1], p));
    if (low !== high) out.push({ ...r, value: low ? d[0] : d[1] });
    else missed.push({ metric: r.metric, scope: r.scope, reason: 'unreadable', label: r.label, text: r.text.slice(0, 80) });
  }
  return { readings: out, missed };
}
