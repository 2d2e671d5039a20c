/**
 * The Now view's data: the page beside the panel (or the latest capture when no supported page is
 * open), the platform benchmarks it showed, and the label mappings of its platform.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Benchmark } from '../../lib/capture/types';
import type { MetricId } from '../../lib/metrics/catalog';
import type { StageLensDB } from '../../lib/store/db';
import { addLabelMap, listLabelMaps } from '../../lib/store/labelmaps';
import { pageView, type PageView } from '../../lib/store/page-view';
import type { LabelMapRow } from '../../lib/store/rows';
import { broadcastOverrides, type TabsApi } from '../data/overrides';
import type { Errors } from './errors';
import { liveSignal } from './live';

export function createPage(db: StageLensDB, url: ReadonlySignal<string | null>, errors: Errors, api?: TabsApi) {
  const view = liveSignal(
    () => url.value,
    (u) => pageView(db, u),
    null as PageView | null,
  );
  const platform = computed(() => view.value.value?.platform ?? null);
  const maps = liveSignal(
    () => platform.value,
    (p) => (p ? listLabelMaps(db, p) : Promise.resolve([])),
    [] as LabelMapRow[],
  );
  const shopId = computed(() => view.value.value?.rows[0]?.shopId ?? null);
  /** true when the view is the open tab's page; false when it is the latest capture */
  const isActiveTab = computed(() => url.value !== null);
  const peer = computed(() => {
    const out: Partial<Record<MetricId, Benchmark[]>> = {};
    const page = view.value.value?.rows.find((r) => r.scope === 'page');
    for (const r of page?.readings ?? []) if (r.benchmarks?.length) out[r.metric] = r.benchmarks;
    return out;
  });
  /** the last mapping saved, for the confirmation line */
  const lastMapped = signal<{ label: string; metric: MetricId; told: number } | null>(null);

  async function mapLabel(label: string, metric: MetricId): Promise<boolean> {
    const p = platform.value;
    if (!p) return false;
    const ok = await errors.actions.guard('labelMaps', () => addLabelMap(db, p, label, metric));
    if (!ok) return false;
    const told = await broadcastOverrides(db, p, api);
    lastMapped.value = { label, metric, told };
    return true;
  }

  return {
    signals: { view: view.value, loading: view.loading, error: view.error, maps: maps.value, lastMapped },
    computed: { platform, shopId, isActiveTab, peer },
    actions: { mapLabel },
    dispose() {
      view.dispose();
      maps.dispose();
    },
  };
}
