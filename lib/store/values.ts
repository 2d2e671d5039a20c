/** The `values` table is derived from sessions.latest: these keep the two in step. */
import type { MetricId } from '../metrics/catalog';
import type { SessionRow, ValueRow } from './rows';

export const valueId = (sessionId: string, metric: MetricId): string => `${sessionId}|${metric}`;

export function valueRowsOf(s: Pick<SessionRow, 'id' | 'shopId' | 't' | 'latest'>): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const [metric, v] of Object.entries(s.latest) as [MetricId, SessionRow['latest'][MetricId]][]) {
    if (!v) continue;
    rows.push({ id: valueId(s.id, metric), shopId: s.shopId, sessionId: s.id, metric, t: s.t, value: v.value, unit: v.unit, source: v.source, at: v.at });
  }
  return rows;
}
