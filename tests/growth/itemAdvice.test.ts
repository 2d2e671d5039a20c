import { describe, expect, it } from 'vitest';
import { itemAdvice, type SessionItem } from '../../lib/growth/itemAdvice';
import { ITEM_RULES, STOCK_LOW_SHARE } from '../../lib/growth/itemRules';
import type { ItemMeasures } from '../../lib/items/measures';

/** An ordinary item: every figure near the others', stock plenty, explained once. */
const ordinary = (i: number, over: Partial<ItemMeasures> = {}): SessionItem => ({
  itemId: `i${i}`,
  title: `商品${i}`,
  measures: {
    price: 99,
    stock: 500,
    impressions: 1000 + 50 * i,
    clicks: 100 + 5 * i,
    orders: 10 + i,
    units: 10 + i,
    gmv: 990 + 99 * i,
    clickRate: 0.1 + 0.002 * i,
    payRate: 0.1 + 0.002 * i,
    impressionPayRate: 0.01,
    explained: 1,
    explainSeconds: 300 + 10 * i,
    gmvPerExplainMinute: 200 + 5 * i,
    clicksPerExplainMinute: 20,
    stockShare: 0.9,
    ...over,
  },
});
const session = (target: Partial<ItemMeasures>) => [...[1, 2, 3, 4, 5, 6].map((i) => ordinary(i)), ordinary(7, target)];

// One row per rule: the target item differs from its neighbours only where that rule looks.
const CASES: Array<[string, Partial<ItemMeasures>]> = [
  ['item-seen-not-clicked', { impressions: 9000, clicks: 90, clickRate: 0.01 }],
  ['item-clicked-not-bought', { impressions: 8300, clicks: 900, clickRate: 0.108, payRate: 0.01, orders: 9 }],
  ['item-long-explain-little-gmv', { explainSeconds: 2400, gmvPerExplainMinute: 20 }],
  ['item-sells-unexplained', { explained: 0, explainSeconds: 0, gmvPerExplainMinute: null, gmv: 9000 }],
  ['item-stock-running-out', { stock: 2, units: 40, stockShare: 2 / 42 }],
];

describe('item advice rules', () => {
  it('every rule has a case', () => {
    expect(CASES.map(([id]) => id).sort()).toEqual(ITEM_RULES.map((r) => r.id).sort());
  });

  it('ordinary items fire nothing', () => {
    expect(itemAdvice([1, 2, 3, 4, 5, 6, 7].map((i) => ordinary(i)))).toEqual([]);
  });

  it.each(CASES)('%s fires alone, on its item, citing its numbers', (id, target) => {
    const fired = itemAdvice(session(target));
    expect(fired.map((a) => [a.ruleId, a.itemId])).toEqual([[id, 'i7']]);
    const rule = ITEM_RULES.find((r) => r.id === id)!;
    expect(fired[0]!.numbers.map((n) => n.measure)).toEqual(rule.when.map((c) => c.measure));
    for (const n of fired[0]!.numbers) expect(n.value).toBe(target[n.measure] ?? ordinary(7).measures[n.measure]);
  });

  it('high and low need enough items to have quartiles; a figure not shown fires nothing', () => {
    const few = [ordinary(1), ordinary(2), ordinary(3, { impressions: 9000, clickRate: 0.01 })];
    expect(itemAdvice(few)).toEqual([]);
    expect(itemAdvice(session({ impressions: 9000, clickRate: null }))).toEqual([]);
    expect(itemAdvice(session({ stock: null, stockShare: null, units: 40 }))).toEqual([]);
  });

  it('stock at the threshold fires, just above does not', () => {
    expect(itemAdvice(session({ stockShare: STOCK_LOW_SHARE })).map((a) => a.ruleId)).toEqual(['item-stock-running-out']);
    expect(itemAdvice(session({ stockShare: STOCK_LOW_SHARE + 0.01 }))).toEqual([]);
  });
});
