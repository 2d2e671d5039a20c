/**
 * An explanation segment joined to the session's minute curve: what happened while one item was
 * being explained. The curve is the live points the store keeps (one row each time a value
 * changed), so a value at a time is the last point at or before it.
 *
 * - GMV and clicks are running totals on a live page: the segment's share is the total at its end
 *   minus the total at its start. Either end unknown (no point yet), or a total that went down
 *   (the platform corrected it), gives no figure rather than a guess.
 * - Online viewers are a level: the segment's figure is the time-weighted mean over it, from the
 *   level at its start; unknown when no level was seen by then.
 * - An open segment (still being explained) is measured up to its last sighting, not "now".
 */
import type { MetricId } from '../metrics/catalog';
import type { PointRow, SegmentRow } from '../store/rows';

/** The curve's metrics a segment reads. Clicks: the count of clicks where the page shows it,
 *  else the count of people who clicked. */
export const SEGMENT_METRICS = { gmv: 'gmv', clicks: ['productClicks', 'productClicksUv'], online: 'currentOnline' } as const;

export interface SegmentStats {
  seconds: number;
  gmv: number | null;
  clicks: number | null;
  avgOnline: number | null;
  open: boolean;
}

export type Series = Partial<Record<MetricId, readonly PointRow[]>>;

/** The last value at or before t (points sorted by t), or null. */
export function valueAt(points: readonly PointRow[] | undefined, t: number): number | null {
  if (!points?.length) return null;
  let lo = 0,
    hi = points.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : points[found]!.value;
}

/** Money is shown to the fen: a difference of two shown amounts is a whole number of fen, and
 *  rounding to it removes only floating-point noise (5183.6 − 3193.6 = 1990.0000000000005). */
const FEN = 100;

function delta(points: readonly PointRow[] | undefined, from: number, to: number, scale = 1): number | null {
  const a = valueAt(points, from),
    b = valueAt(points, to);
  if (a === null || b === null || b < a) return null;
  return Math.round((b - a) * scale) / scale;
}

function meanLevel(points: readonly PointRow[] | undefined, from: number, to: number): number | null {
  let level = valueAt(points, from);
  if (level === null || !points) return null;
  if (to <= from) return level;
  let area = 0,
    t = from;
  for (const p of points) {
    if (p.t <= from) continue;
    if (p.t > to) break;
    area += level * (p.t - t);
    level = p.value;
    t = p.t;
  }
  area += level * (to - t);
  return area / (to - from);
}

export function segmentStats(seg: Pick<SegmentRow, 'start' | 'end' | 'lastSeen'>, series: Series): SegmentStats {
  const end = seg.end ?? seg.lastSeen;
  const clicks = SEGMENT_METRICS.clicks.map((m) => series[m]).find((p) => p?.length);
  return {
    seconds: Math.max(0, Math.round((end - seg.start) / 1000)),
    gmv: delta(series[SEGMENT_METRICS.gmv], seg.start, end, FEN),
    clicks: delta(clicks, seg.start, end),
    avgOnline: meanLevel(series[SEGMENT_METRICS.online], seg.start, end),
    open: seg.end === null,
  };
}
