/**
 * Derived readings: a ratio the page did not show but whose two sides it did (曝光-观看率 from
 * 观看人数 and 曝光人数). Marked `source: 'derived'` and labelled with the formula, never passed
 * off as read. Not derived when either side is missing, zero or only a bound (10万+).
 */
import { METRIC_CORE as METRICS, METRIC_IDS, type MetricId } from '../metrics/core';
import type { Reading } from '../capture/types';

const round = (v: number, unit: string) => {
  const digits = unit === 'ratio' ? 6 : 2;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** The metrics with a formula, in catalogue order (most have none: not looked at per scope). */
const FORMULA_IDS: readonly MetricId[] = METRIC_IDS.filter((id) => METRICS[id].formula);

export function derive(readings: Reading[]): Reading[] {
  const byScope = new Map<string, Map<MetricId, Reading>>();
  for (const r of readings) {
    let m = byScope.get(r.scope);
    if (!m) byScope.set(r.scope, (m = new Map()));
    m.set(r.metric, r);
  }
  const out: Reading[] = [];
  for (const [scope, have] of byScope) {
    for (const id of FORMULA_IDS) {
      const f = METRICS[id].formula!;
      if (have.has(id)) continue;
      const num = have.get(f.num),
        den = have.get(f.den);
      if (!num || !den || num.value === null || den.value === null || den.value <= 0) continue;
      if (num.qualifier || den.qualifier || num.source === 'derived' || den.source === 'derived') continue;
      const value = round((num.value / den.value) * (f.scale ?? 1), METRICS[id].unit);
      out.push({
        metric: id,
        label: `${METRICS[f.num].zh} ÷ ${METRICS[f.den].zh}${f.scale ? ` × ${f.scale}` : ''}`,
        text: '',
        value,
        unit: METRICS[id].unit,
        scope,
        source: 'derived',
      });
    }
  }
  return out;
}
