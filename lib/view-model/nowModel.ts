/**
 * The Now view's rows: each reading of one capture scope with its comparison against every
 * reference the growth engine knows (target, the page's 同行 values, stage band, the shop's own
 * quartiles from its other sessions) and the bar that draws it.
 */
import { ownBaseline, type OwnBaseline } from '../growth/baseline';
import { compareToBenchmarks, type Comparison, type CompareContext } from '../growth/benchmarks';
import type { CategoryId, MetricValue, ShopHistory, StageId } from '../growth/types';
import type { MetricId } from '../metrics/catalog';
import type { StoredReading } from '../store/rows';
import { benchmarkBar, type BarModel } from './benchmarkBar';

export interface NowItem {
  reading: StoredReading;
  value: MetricValue;
  comparison: Comparison;
  own: OwnBaseline;
  bar: BarModel | null;
}

export interface NowContext {
  stage: StageId;
  category?: CategoryId;
  targets: Partial<Record<MetricId, number>>;
}

/** `history` must not contain the session the readings belong to (see shopHistory's exclude). */
export function nowItems(readings: readonly StoredReading[], history: ShopHistory, ctx: NowContext): NowItem[] {
  return readings.map((reading) => {
    const value: MetricValue = { value: reading.value, source: reading.source, ...(reading.qualifier ? { qualifier: reading.qualifier } : {}) };
    const own = ownBaseline(history, reading.metric);
    const c: CompareContext = { stage: ctx.stage, own };
    if (ctx.category) c.category = ctx.category;
    if (reading.benchmarks?.length) c.peer = reading.benchmarks;
    const target = ctx.targets[reading.metric];
    if (target !== undefined) c.target = target;
    const comparison = compareToBenchmarks(reading.metric, value, c);
    return { reading, value, comparison, own, bar: benchmarkBar(value, comparison, own) };
  });
}
