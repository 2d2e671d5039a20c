import { describe, expect, it } from 'vitest';
import type { ItemMeasures } from '../../lib/items/measures';
import type { ItemRecord, ItemStatRow } from '../../lib/store/rows';
import { hasItemFunnel, itemFunnel, ledgerModel, nextSort, sessionItemsModel, sortLines, type ItemLine } from '../../lib/view-model/items';

const rec = (id: string): ItemRecord => ({
  id: `s|id:${id}`,
  shopId: 's',
  platform: 'compass',
  key: `id:${id}`,
  platformId: id,
  title: `T${id}`,
  kind: 'product',
  firstSeen: 0,
  lastSeen: 0,
});
const stat = (id: string, sessionId: string, latest: Record<string, number | null>, t = 0): ItemStatRow => ({
  id: `s|id:${id}|s:${sessionId}`,
  itemId: `s|id:${id}`,
  shopId: 's',
  sessionId,
  pageKey: 'p',
  period: null,
  t,
  firstSeen: t,
  lastSeen: t,
  index: null,
  explaining: false,
  latest: Object.fromEntries(Object.entries(latest).map(([k, value]) => [k, { value, text: String(value), at: t }])),
});
const line = (id: string, gmv: number | null): ItemLine => ({
  entry: { item: rec(id), stat: stat(id, 'x', {}) },
  explaining: false,
  measures: { gmv } as ItemMeasures,
});

describe('the Items view model', () => {
  it('sorts by a column with unknown numbers last either way; a header click starts high to low and then flips', () => {
    const lines = [line('a', 5), line('b', null), line('c', 9), line('d', 1)];
    const ids = (xs: ItemLine[]) => xs.map((l) => l.entry.item.platformId);
    expect(ids(sortLines(lines, { key: 'gmv', dir: 'desc' }))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortLines(lines, { key: 'gmv', dir: 'asc' }))).toEqual(['d', 'a', 'c', 'b']);
    expect(ids(sortLines(lines, { key: 'page', dir: 'asc' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(nextSort({ key: 'page', dir: 'asc' }, 'gmv')).toEqual({ key: 'gmv', dir: 'desc' });
    expect(nextSort({ key: 'gmv', dir: 'desc' }, 'gmv')).toEqual({ key: 'gmv', dir: 'asc' });
    expect(nextSort({ key: 'gmv', dir: 'desc' }, 'title')).toEqual({ key: 'title', dir: 'asc' });
  });

  it('an item funnel on a log scale with its rates; one step alone is no funnel', () => {
    const m = { impressions: 1000, clicks: 100, orders: null, clickRate: 0.1, payRate: null } as ItemMeasures;
    const f = itemFunnel(m, 1000);
    expect(f.map((s) => [s.measure, s.value, s.rate])).toEqual([
      ['impressions', 1000, null],
      ['clicks', 100, 0.1],
      ['orders', null, null],
    ]);
    expect(f[0]!.width).toBe(1);
    expect(f[2]!.width).toBe(0);
    expect(hasItemFunnel(m)).toBe(true);
    expect(hasItemFunnel({ impressions: 5, clicks: null, orders: null } as ItemMeasures)).toBe(false);
  });

  it("a session without segments: times explained unknown (the page's own figure if shown), never 0", () => {
    const m = sessionItemsModel({
      sessionId: 'x',
      items: [
        { item: rec('a'), stat: stat('a', 'x', { gmv: 10 }) },
        { item: rec('b'), stat: stat('b', 'x', { explainCount: 2 }) },
      ],
      segments: [],
      series: {},
    });
    expect(m.hasSegments).toBe(false);
    expect(m.lines.map((l) => l.measures.explained)).toEqual([null, 2]);
  });

  it("with segments: each item's from them (0 when not explained), the open one marks the item explaining", () => {
    const seg = (id: number, item: string, start: number, end: number | null) => ({
      id,
      sessionId: 'x',
      shopId: 's',
      itemId: `s|id:${item}`,
      start,
      end,
      lastSeen: end ?? start + 60_000,
    });
    const m = sessionItemsModel({
      sessionId: 'x',
      items: [
        { item: rec('a'), stat: stat('a', 'x', {}) },
        { item: rec('b'), stat: stat('b', 'x', {}) },
        { item: rec('c'), stat: stat('c', 'x', {}) },
      ],
      segments: [seg(1, 'a', 0, 120_000), seg(2, 'b', 120_000, null)],
      series: {
        gmv: [
          { id: 1, sessionId: 'x', metric: 'gmv', t: 0, value: 100 },
          { id: 2, sessionId: 'x', metric: 'gmv', t: 120_000, value: 700 },
        ],
      },
    });
    expect(m.lines.map((l) => [l.measures.explained, l.measures.explainSeconds, l.explaining])).toEqual([
      [1, 120, false],
      [1, 60, true],
      [0, 0, false],
    ]);
    expect(m.segments.map((s) => [s.item?.platformId, s.stats.gmv])).toEqual([
      ['a', 600],
      ['b', 0],
    ]);
    expect(m.lines[0]!.measures.gmvPerExplainMinute).toBe(300);
  });

  it("the ledger places each figure against the shop's items' quartiles, only with enough items", () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map(rec);
    const stats = items.flatMap((it, i) => [stat(it.platformId!, 's1', { gmv: (i + 1) * 100 }, 1), stat(it.platformId!, 's2', { gmv: (i + 1) * 100 }, 2)]);
    const model = ledgerModel({ items, stats, segments: {}, series: {} });
    expect(model.rows.map((r) => [r.row.item.platformId, r.row.gmv, r.cells.gmv.position, r.cells.gmv.good])).toEqual([
      ['e', 1000, 'above', true],
      ['d', 800, 'within', true],
      ['c', 600, 'within', true],
      ['b', 400, 'within', true],
      ['a', 200, 'below', false],
    ]);
    expect(model.spreads.gmv).toMatchObject({ median: 600, n: 5 });
    expect(model.rows[0]!.cells.explained).toEqual({ value: null, position: 'unknown', good: null });
    const few = ledgerModel({ items: items.slice(0, 3), stats: stats.slice(0, 6), segments: {}, series: {} });
    expect(few.rows.every((r) => r.cells.gmv.position === 'unknown')).toBe(true);
  });
});
