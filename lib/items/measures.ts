/**
 * One item's numbers in one session (or period window), as the panel and the item advice use
 * them: what the page showed (ItemStatRow.latest), its funnel rates, and what its explanation
 * segments add. A rate is worked out from two counts the page showed when it showed both, else
 * taken as shown; a rate with different sides (曝光成交率 is orders per impression, not per
 * click) is never passed off as another.
 */
import type { ItemMetricId } from '../metrics/items';
import type { ItemStatRow } from '../store/rows';
import type { SegmentStats } from './segments';

export interface ItemMeasures {
  price: number | null;
  stock: number | null;
  impressions: number | null;
  clicks: number | null;
  orders: number | null;
  units: number | null;
  gmv: number | null;
  /** clicks ÷ impressions (商品点击率) */
  clickRate: number | null;
  /** orders ÷ clicks (点击成交率) */
  payRate: number | null;
  /** orders ÷ impressions (曝光成交率) */
  impressionPayRate: number | null;
  /** times explained, and for how long, from the session's segments (null: none recorded for the session) */
  explained: number | null;
  explainSeconds: number | null;
  /** GMV while explained per minute explained (segments whose GMV share is known) */
  gmvPerExplainMinute: number | null;
  clicksPerExplainMinute: number | null;
  /** stock left as a share of stock + units sold (low = running out) */
  stockShare: number | null;
}

export type MeasureId = keyof ItemMeasures;

const v = (row: ItemStatRow, m: ItemMetricId): number | null => row.latest[m]?.value ?? null;
const ratio = (num: number | null, den: number | null): number | null => (num === null || den === null || den <= 0 ? null : num / den);

/**
 * @param segments the item's segments in this session with their curve figures; `null` when the
 *   session has no segments recorded at all (explanations unknown, not zero)
 */
export function measuresOf(row: ItemStatRow, segments: readonly SegmentStats[] | null): ItemMeasures {
  const impressions = v(row, 'productImpressions'),
    clicks = v(row, 'productClicks');
  const orders = v(row, 'orders') ?? v(row, 'units');
  const units = v(row, 'units'),
    stock = v(row, 'stock');
  const explainSeconds = segments ? segments.reduce((s, x) => s + x.seconds, 0) : v(row, 'explainSeconds');
  const withGmv = segments?.filter((s) => s.gmv !== null) ?? [];
  const withClicks = segments?.filter((s) => s.clicks !== null) ?? [];
  const perMinute = (xs: readonly SegmentStats[], pick: (s: SegmentStats) => number) => {
    const secs = xs.reduce((s, x) => s + x.seconds, 0);
    return secs > 0 ? xs.reduce((s, x) => s + pick(x), 0) / (secs / 60) : null;
  };
  return {
    price: v(row, 'price'),
    stock,
    impressions,
    clicks,
    orders,
    units,
    gmv: v(row, 'gmv'),
    clickRate: ratio(clicks, impressions) ?? v(row, 'productImpressionClickRatePv'),
    payRate: ratio(orders, clicks) ?? v(row, 'clickToPayRate'),
    impressionPayRate: ratio(orders, impressions) ?? v(row, 'productImpressionToPayRate'),
    explained: segments ? segments.length : v(row, 'explainCount'),
    explainSeconds,
    gmvPerExplainMinute: perMinute(withGmv, (s) => s.gmv!),
    clicksPerExplainMinute: perMinute(withClicks, (s) => s.clicks!),
    stockShare: stock !== null && units !== null && stock + units > 0 ? stock / (stock + units) : null,
  };
}
