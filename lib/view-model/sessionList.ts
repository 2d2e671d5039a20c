/** What a session list row shows beside its title, in this order. */
import type { MetricId } from '../metrics/catalog';

export const LIST_METRICS: readonly MetricId[] = ['gmv', 'viewers'];
