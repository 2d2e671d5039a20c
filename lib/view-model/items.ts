/**
 * The 商品 / Items view's figures, from what lib/store/item-queries.ts reads: each item's
 * measures in a session (lib/items/measures.ts), the session's explanation segments on the
 * minute curve (lib/items/segments.ts), the item advice (lib/growth/itemAdvice.ts), the table's
 * columns and sort, each item's funnel, and the shop's item ledger placed against the shop's
 * items' quartiles (lib/items/ledger.ts spreadOf, lib/growth/position.ts place).
 *
 * A number a page did not show stays null all the way to the screen ("—"), never 0.
 */
import { place, type Position } from '../growth/position';
import { itemAdvice, type ItemAdvice } from '../growth/itemAdvice';
import { ledgerRow, spreadOf, type LedgerRow, type Spread } from '../items/ledger';
import { measuresOf, type ItemMeasures, type MeasureId } from '../items/measures';
import { segmentStats, type SegmentStats } from '../items/segments';
import type { Better, Unit } from '../metrics/catalog';
import type { ItemEntry, LedgerInput, SessionItems } from '../store/item-queries';
import type { ItemRecord, SegmentRow } from '../store/rows';

export interface SegmentLine {
  segment: SegmentRow;
  item: ItemRecord | null;
  stats: SegmentStats;
}

export interface ItemLine {
  entry: ItemEntry;
  measures: ItemMeasures;
  /** the page marks it 讲解中, or its segment is still open */
  explaining: boolean;
}

export interface SessionItemsModel {
  lines: ItemLine[];
  segments: SegmentLine[];
  advice: ItemAdvice[];
  /** the session has explanation segments (else times explained are unknown, not zero) */
  hasSegments: boolean;
}

export function sessionItemsModel(s: SessionItems): SessionItemsModel {
  const byId = new Map(s.items.map((e) => [e.item.id, e.item]));
  const segments = s.segments.map((segment) => ({ segment, item: byId.get(segment.itemId) ?? null, stats: segmentStats(segment, s.series) }));
  const hasSegments = segments.length > 0;
  const lines = s.items.map((entry) => {
    const mine = segments.filter((g) => g.segment.itemId === entry.item.id);
    return {
      entry,
      measures: measuresOf(entry.stat, hasSegments ? mine.map((g) => g.stats) : null),
      explaining: entry.stat.explaining || mine.some((g) => g.stats.open),
    };
  });
  const advice = itemAdvice(lines.map((l) => ({ itemId: l.entry.item.id, title: l.entry.item.title, measures: l.measures })));
  return { lines, segments, advice, hasSegments };
}

/** The table's number columns, in order, with their units and better-direction. */
export const ITEM_COLUMNS = [
  { id: 'price', unit: 'cny', better: 'neutral' },
  { id: 'impressions', unit: 'count', better: 'higher' },
  { id: 'clicks', unit: 'count', better: 'higher' },
  { id: 'clickRate', unit: 'ratio', better: 'higher' },
  { id: 'orders', unit: 'count', better: 'higher' },
  { id: 'payRate', unit: 'ratio', better: 'higher' },
  { id: 'gmv', unit: 'cny', better: 'higher' },
  { id: 'stock', unit: 'count', better: 'neutral' },
  { id: 'explained', unit: 'count', better: 'neutral' },
  { id: 'explainSeconds', unit: 'seconds', better: 'neutral' },
  { id: 'gmvPerExplainMinute', unit: 'cny', better: 'higher' },
] as const satisfies ReadonlyArray<{ id: MeasureId; unit: Unit; better: Better }>;

/** Units of every measure the view or the advice shows. */
export const MEASURE_UNITS: Record<MeasureId, Unit> = {
  price: 'cny',
  stock: 'count',
  impressions: 'count',
  clicks: 'count',
  orders: 'count',
  units: 'count',
  gmv: 'cny',
  clickRate: 'ratio',
  payRate: 'ratio',
  impressionPayRate: 'ratio',
  explained: 'count',
  explainSeconds: 'seconds',
  gmvPerExplainMinute: 'cny',
  clicksPerExplainMinute: 'count',
  stockShare: 'ratio',
};

export type ItemSortKey = 'page' | 'title' | (typeof ITEM_COLUMNS)[number]['id'];
export interface ItemSort {
  key: ItemSortKey;
  dir: 'asc' | 'desc';
}

/** The lines by one column; items without the number go last whichever the direction. `page` keeps the page's order. */
export function sortLines(lines: readonly ItemLine[], sort: ItemSort): ItemLine[] {
  if (sort.key === 'page') return [...lines];
  const sign = sort.dir === 'asc' ? 1 : -1;
  if (sort.key === 'title') {
    return [...lines].sort((a, b) => sign * (a.entry.item.title ?? a.entry.item.key).localeCompare(b.entry.item.title ?? b.entry.item.key, 'zh-CN'));
  }
  const k = sort.key;
  return [...lines].sort((a, b) => {
    const x = a.measures[k],
      y = b.measures[k];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sign * (x - y);
  });
}

/** The next sort after a click on a column's header: a new column starts high to low (title: A→Z), the same one flips. */
export function nextSort(cur: ItemSort, key: ItemSortKey): ItemSort {
  if (cur.key === key) return { key, dir: cur.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'title' ? 'asc' : 'desc' };
}

export const ITEM_FUNNEL = ['impressions', 'clicks', 'orders'] as const satisfies readonly MeasureId[];

export interface ItemFunnelStep {
  measure: (typeof ITEM_FUNNEL)[number];
  value: number | null;
  /** 0..1 on a log scale shared by the session's items; 0 when missing */
  width: number;
  /** this step ÷ the step before (click rate, click → order rate) */
  rate: number | null;
}

/** The largest funnel count among the items: the shared scale. */
export const itemFunnelScale = (lines: readonly ItemLine[]): number => Math.max(0, ...lines.flatMap((l) => ITEM_FUNNEL.map((m) => l.measures[m] ?? 0)));

/** 曝光 → 点击 → 成交 of one item; log widths, as the session funnel (lib/view-model/funnel.ts) and for the same reason. */
export function itemFunnel(m: ItemMeasures, scale: number): ItemFunnelStep[] {
  const logMax = Math.log10(scale + 1);
  const rates = [null, m.clickRate, m.payRate];
  return ITEM_FUNNEL.map((measure, i) => {
    const value = m[measure];
    return { measure, value, width: value === null || logMax <= 0 ? 0 : Math.max(0.02, Math.log10(value + 1) / logMax), rate: rates[i] ?? null };
  });
}

/** A funnel needs two steps shown. */
export const hasItemFunnel = (m: ItemMeasures): boolean => ITEM_FUNNEL.filter((k) => m[k] !== null).length >= 2;

/** The ledger's figures, each placed against the shop's items. */
export const LEDGER_FIGURES = [
  { id: 'sessions', unit: 'count', better: 'neutral' },
  { id: 'explained', unit: 'count', better: 'neutral' },
  { id: 'avgExplainSeconds', unit: 'seconds', better: 'neutral' },
  { id: 'gmv', unit: 'cny', better: 'higher' },
  { id: 'gmvPerExplainMinute', unit: 'cny', better: 'higher' },
  { id: 'clicksPerExplainMinute', unit: 'count', better: 'higher' },
] as const satisfies ReadonlyArray<{ id: keyof LedgerRow; unit: Unit; better: Better }>;
export type LedgerFigure = (typeof LEDGER_FIGURES)[number]['id'];

export interface LedgerCell {
  value: number | null;
  /** against the shop's items' lower and upper quartiles; unknown with too few items or no value */
  position: Position;
  good: boolean | null;
}

export interface LedgerModel {
  rows: Array<{ row: LedgerRow; cells: Record<LedgerFigure, LedgerCell> }>;
  spreads: Record<LedgerFigure, Spread>;
}

/** Fewer items than this with a figure: no quartiles worth placing against (as the item advice, ITEM_SPREAD_MIN). */
export const LEDGER_SPREAD_MIN = 4;

export function ledgerModel(input: LedgerInput): LedgerModel {
  // each session's segments with their curve figures, per item
  const segStats = new Map<string, Map<string, SegmentStats[]>>();
  for (const [sid, segs] of Object.entries(input.segments)) {
    const perItem = new Map<string, SegmentStats[]>();
    for (const s of segs) {
      const list = perItem.get(s.itemId) ?? [];
      list.push(segmentStats(s, input.series[sid] ?? {}));
      perItem.set(s.itemId, list);
    }
    segStats.set(sid, perItem);
  }
  const byItem = new Map<string, LedgerInput['stats']>();
  for (const s of input.stats) byItem.set(s.itemId, [...(byItem.get(s.itemId) ?? []), s]);
  const rows = input.items.map((item) =>
    ledgerRow(
      item,
      (byItem.get(item.id) ?? []).map((stat) => {
        const sid = stat.sessionId!;
        const perItem = segStats.get(sid);
        return { sessionId: sid, t: stat.t, measures: measuresOf(stat, perItem ? (perItem.get(item.id) ?? []) : null) };
      }),
    ),
  );
  rows.sort((a, b) => (b.gmv ?? -Infinity) - (a.gmv ?? -Infinity) || b.sessions - a.sessions);
  const spreads = Object.fromEntries(LEDGER_FIGURES.map((f) => [f.id, spreadOf(rows, (r) => r[f.id])])) as Record<LedgerFigure, Spread>;
  return {
    spreads,
    rows: rows.map((row) => ({
      row,
      cells: Object.fromEntries(
        LEDGER_FIGURES.map((f) => {
          const value = row[f.id];
          const s = spreads[f.id];
          if (value === null || s.n < LEDGER_SPREAD_MIN || s.q1 === null || s.q3 === null) return [f.id, { value, position: 'unknown', good: null }];
          const p = place({ value }, s.q1, s.q3, f.better);
          return [f.id, { value, position: p.position, good: p.good }];
        }),
      ) as Record<LedgerFigure, LedgerCell>,
    })),
  };
}
