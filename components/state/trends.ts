/** The Trends view: which metric, how many sessions back, and the minute curve's session. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { MetricId } from '../../lib/metrics/catalog';
import type { StageLensDB } from '../../lib/store/db';
import { metricHistory, sessionPoints, type HistoryPoint } from '../../lib/store/queries';
import type { ShopSession } from '../../lib/store/queries';
import { DEFAULT_TREND_METRIC, MINUTE_METRICS } from '../../lib/view-model/trend';
import { liveSignal } from './live';
import { membersOf } from '../../lib/shops/sessions';

export function createTrends(db: StageLensDB, shopId: ReadonlySignal<string | null>, sessions: ReadonlySignal<ShopSession[]>) {
  const metric = signal<MetricId>(DEFAULT_TREND_METRIC);
  const limit = signal<number | null>(90);
  const pickedSession = signal<string | null>(null);
  const minuteMetric = signal<MetricId>(MINUTE_METRICS[0]!);

  const history = liveSignal(
    () => [shopId.value, metric.value, limit.value] as const,
    ([id, m, n]) => (id ? metricHistory(db, id, m, n ?? undefined) : Promise.resolve([])),
    [] as HistoryPoint[],
  );

  /** the minute curve's session: the pick, else the live one, else the newest */
  const minuteSession = computed<ShopSession | null>(() => {
    const list = sessions.value;
    return list.find((s) => s.id === pickedSession.value) ?? list.find((s) => s.live) ?? list[0] ?? null;
  });
  // a session several backends showed: the curve of the member with the most points (queries.ts)
  const points = liveSignal(
    () => [minuteSession.value ? membersOf(minuteSession.value) : null, minuteMetric.value] as const,
    ([ids, m]) => (ids ? sessionPoints(db, ids, m) : Promise.resolve([])),
    [] as Array<{ t: number; value: number }>,
  );

  return {
    signals: { metric, limit, pickedSession, minuteMetric, history: history.value, loading: history.loading, error: history.error, points: points.value },
    computed: { minuteSession },
    actions: {
      setMetric: (m: MetricId) => void (metric.value = m),
      setLimit: (n: number | null) => void (limit.value = n),
      pickSession: (id: string) => void (pickedSession.value = id),
      setMinuteMetric: (m: MetricId) => void (minuteMetric.value = m),
    },
    dispose() {
      history.dispose();
      points.dispose();
    },
  };
}
