/**
 * The seller's own label → metric mappings, for a label an adapter does not know (shown in the
 * panel as "unknown"). They override the platform's built-in aliases.
 */
import type { MetricId } from '../metrics/catalog';
import { isMetricId } from '../metrics/catalog';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import type { LabelMapRow } from './rows';

/** The same normalisation adapters apply to labels: trimmed, no trailing colon. */
export const normaliseLabel = (label: string): string =>
  label
    .trim()
    .replace(/[:：]\s*$/, '')
    .trim();

const idOf = (platform: string, label: string): string => `${platform}|${label}`;

export async function addLabelMap(db: StageLensDB, platform: string, label: string, metric: MetricId, now = Date.now()): Promise<LabelMapRow> {
  const l = normaliseLabel(label);
  if (!platform || !l || l.length > 200) throw new RangeError('label map needs a platform and a label of 1..200 characters');
  if (!isMetricId(metric)) throw new RangeError(`unknown metric: ${String(metric)}`);
  const row: LabelMapRow = { id: idOf(platform, l), platform, label: l, metric, createdAt: now };
  return storeWrite('labelMaps', async () => {
    await db.labelMaps.put(row);
    return row;
  });
}

export async function removeLabelMap(db: StageLensDB, platform: string, label: string): Promise<void> {
  return storeWrite('labelMaps', () => db.labelMaps.delete(idOf(platform, normaliseLabel(label))));
}

/** All mappings, or one platform's, oldest first. */
export async function listLabelMaps(db: StageLensDB, platform?: string): Promise<LabelMapRow[]> {
  const rows = platform === undefined ? await db.labelMaps.toArray() : await db.labelMaps.where('platform').equals(platform).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** label → metric for one platform (own properties only: a label "__proto__" is just a label). */
export async function aliasOverrides(db: StageLensDB, platform: string): Promise<Record<string, MetricId>> {
  const rows = await listLabelMaps(db, platform);
  return Object.fromEntries(rows.map((r) => [r.label, r.metric]));
}
