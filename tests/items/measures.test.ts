import { describe, expect, it } from 'vitest';
import { measuresOf } from '../../lib/items/measures';
import { ledgerRow, spreadOf } from '../../lib/items/ledger';
import type { ItemRecord, ItemStatRow } from '../../lib/store/rows';

const stat = (latest: Record<string, number | null>, t = 0): ItemStatRow => ({
  id: `x|s:${t}`,
  itemId: 'x',
  shopId: 's',
  sessionId: `S${t}`,
  pageKey: 'k',
  period: null,
  t,
  firstSeen: t,
  lastSeen: t,
  index: null,
  explaining: false,
  latest: Object.fromEntries(Object.entries(latest).map(([m, value]) => [m, { value, text: String(value), at: t }])),
});
const seg = (seconds: number, gmv: number | null, clicks: number | null = null) => ({ seconds, gmv, clicks, avgOnline: null, open: false });

describe('item measures', () => {
  it('rates from two shown counts, else as shown; 曝光成交率 is never taken for a click rate', () => {
    expect(measuresOf(stat({ productImpressions: 1000, productClicks: 100, orders: 5 }), null)).toMatchObject({
      clickRate: 0.1,
      payRate: 0.05,
      impressionPayRate: 0.005,
    });
    expect(measuresOf(stat({ productImpressionToPayRate: 0.0312 }), null)).toMatchObject({ clickRate: null, payRate: null, impressionPayRate: 0.0312 });
    expect(measuresOf(stat({ productImpressionClickRatePv: 0.2 }), null).clickRate).toBe(0.2);
  });

  it('explanations from segments; none recorded for the session is unknown, not zero', () => {
    const m = measuresOf(stat({ gmv: 500 }), [seg(120, 300, 12), seg(60, null)]);
    expect(m).toMatchObject({ explained: 2, explainSeconds: 180, gmvPerExplainMinute: 150, clicksPerExplainMinute: 6 });
    expect(measuresOf(stat({ gmv: 500 }), null)).toMatchObject({ explained: null, explainSeconds: null, gmvPerExplainMinute: null });
    expect(measuresOf(stat({ gmv: 500 }), [])).toMatchObject({ explained: 0, explainSeconds: 0, gmvPerExplainMinute: null });
  });

  it('stock share: stock left of stock + sold', () => {
    expect(measuresOf(stat({ stock: 10, units: 90 }), null).stockShare).toBe(0.1);
    expect(measuresOf(stat({ stock: 10 }), null).stockShare).toBeNull();
  });
});

describe('item ledger', () => {
  const item: ItemRecord = { id: 'x', shopId: 's', platform: 'buyin', key: 'id:1', platformId: '1', title: '耳钉', kind: 'product', firstSeen: 0, lastSeen: 2 };
  it('sums what the sessions showed; per-minute figures weighted by minutes explained; the pay-rate trend oldest first', () => {
    const row = ledgerRow(item, [
      { sessionId: 'B', t: 2, measures: measuresOf(stat({ gmv: 300, units: 3, productClicks: 100, orders: 3 }, 2), [seg(60, 60)]) },
      { sessionId: 'A', t: 1, measures: measuresOf(stat({ gmv: 200, productClicks: 50, orders: 5 }, 1), [seg(120, 480), seg(60, 60)]) },
      { sessionId: 'C', t: 3, measures: measuresOf(stat({ gmv: null }, 3), null) },
    ]);
    expect(row).toMatchObject({ sessions: 3, explained: 3, explainSeconds: 240, avgExplainSeconds: 80, gmv: 500, units: 3 });
    // A: 540 over 3 min = 180/min; B: 60 over 1 min; weighted (180×3 + 60×1) / 4 = 150
    expect(row.gmvPerExplainMinute).toBe(150);
    expect(row.payRateTrend).toEqual([
      { t: 1, value: 0.1 },
      { t: 2, value: 0.03 },
    ]);
  });

  it('spread: median and quartiles of the figures shown', () => {
    expect(spreadOf([1, 2, null, 3, 4, 5], (x) => x)).toEqual({ median: 3, q1: 2, q3: 4, n: 5 });
  });
});
