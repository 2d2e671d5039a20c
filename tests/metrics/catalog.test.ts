/** The metric catalogue (lib/metrics/core.ts, catalog.ts): every id has one complete row, and a derivable metric's formula is one the store can compute honestly. */
import { describe, expect, it } from 'vitest';
import { METRICS, METRIC_IDS, isMetricId, metricName } from '../../lib/metrics/catalog';
import { ITEM_LABELS, ITEM_METRICS, ITEM_METRIC_IDS, itemMetricsOf } from '../../lib/metrics/items';

describe('metric catalogue', () => {
  it('one row per id, named in both languages, no two metrics with one Chinese name', () => {
    expect(Object.keys(METRICS).sort()).toEqual([...METRIC_IDS].sort());
    for (const id of METRIC_IDS) {
      expect(METRICS[id].id).toBe(id);
      expect(METRICS[id].zh.trim()).not.toBe('');
      expect(METRICS[id].en.trim()).not.toBe('');
      expect(metricName(id, 'en')).toBe(METRICS[id].en);
    }
    const zh = METRIC_IDS.map((id) => METRICS[id].zh);
    expect(new Set(zh).size).toBe(zh.length);
  });

  it('isMetricId takes the catalogue ids only', () => {
    for (const id of METRIC_IDS) expect(isMetricId(id)).toBe(true);
    for (const x of ['', 'GMV', 'toString', '__proto__', 'constructor', null, 1]) expect(isMetricId(x)).toBe(false);
  });

  it('a formula divides two other metrics of the catalogue; a rate divides like by like', () => {
    const derived = METRIC_IDS.filter((id) => METRICS[id].formula);
    for (const id of derived) {
      const f = METRICS[id].formula!;
      expect([f.num, f.den]).not.toContain(id);
      expect(METRIC_IDS).toContain(f.num);
      expect(METRIC_IDS).toContain(f.den);
      expect(f.num).not.toBe(f.den);
      // a rate's two sides are in one unit (people by people, money by money: 退款率 = refunds ÷ GMV)
      if (METRICS[id].unit === 'ratio') expect(METRICS[f.num].unit).toBe(METRICS[f.den].unit);
    }
    // GPM is GMV per 1,000 viewers
    expect(METRICS.gpm.formula).toEqual({ num: 'gmv', den: 'viewers', scale: 1000 });
  });
});

describe('item metrics', () => {
  it('one row per id, and every item label names item metrics only', () => {
    expect(Object.keys(ITEM_METRICS).sort()).toEqual([...ITEM_METRIC_IDS].sort());
    for (const [label, ids] of Object.entries(ITEM_LABELS)) {
      const list = typeof ids === 'string' ? [ids] : ids;
      for (const id of list) expect(ITEM_METRIC_IDS, `${label} → ${id}`).toContain(id);
      expect(itemMetricsOf(label)).toEqual(list);
    }
  });
});
