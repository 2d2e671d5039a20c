/**
 * Typed settings, one row per key in the `settings` table. Every write is validated; a stored
 * value that no longer validates (written by an older version) reads as its default.
 * The read path (./settings-read.ts) checks by hand, without zod: the panel reads settings before
 * its first paint and loads this file (zod) only to write.
 */
// zod/mini: classic zod is ~20 KB gzip more for the panel's first write or import
import * as z from 'zod/mini';
import { METRIC_IDS } from '../metrics/catalog';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import { getSettings } from './settings-read';
import { validThresholds, type AlertThresholds } from '../live/thresholds';

export { DEFAULT_SETTINGS, SETTING_KEYS, getSetting, getSettings, isSettingKey, validSetting } from './settings-read';

export const SETTING_SCHEMAS = {
  language: z.enum(['zh-CN', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** the product category benchmarks are chosen by (lib/growth/benchmarks.ts ids); null = not chosen */
  category: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  /** a growth stage the seller picked over the computed one; null = computed */
  stageOverride: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  /** the seller's own targets, in each metric's normalised unit */
  targets: z.partialRecord(z.enum(METRIC_IDS), z.number()),
  /** delete captures/points older than this many days; null = keep everything */
  retentionDays: z.nullable(z.int().check(z.minimum(1), z.maximum(36500))),
  /** the ROI at which paid traffic breaks even (1 / gross margin); null = not set */
  breakEvenRoi: z.nullable(z.number().check(z.positive(), z.maximum(1000))),
  /** the live alerts' thresholds (lib/live/thresholds.ts: one check, shared with the read path) */
  liveAlerts: z.custom<AlertThresholds>(validThresholds),
  /** live alerts also as system notifications (the optional `notifications` permission) */
  alertNotifications: z.boolean(),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

export const SettingsSchema = z.strictObject(SETTING_SCHEMAS);

/** Validates (throws a ZodError on a bad value) and writes one setting. */
export async function setSetting<K extends SettingKey>(db: StageLensDB, key: K, value: Settings[K]): Promise<void> {
  const v = SETTING_SCHEMAS[key].parse(value);
  await storeWrite('settings', () => withEditTimes(db, [key], () => db.settings.put({ key, value: v })));
}

/** The key where each setting's last edit time is kept, for the team folder's last-writer-wins (lib/sync/stamps.ts). */
export const EDITED_KEY = 'sync:edited';

/**
 * Runs a settings write and, in the same transaction, keeps the time each key was edited — once
 * a team folder is set up (`sync:config`); before that there is no one to merge with.
 */
function withEditTimes(db: StageLensDB, keys: string[], write: () => Promise<unknown>, now = Date.now()): Promise<unknown> {
  return db.transaction('rw', db.settings, async () => {
    await write();
    if (!(await db.settings.get('sync:config'))) return;
    const edited = (await db.settings.get(EDITED_KEY))?.value;
    const times: Record<string, number> = edited && typeof edited === 'object' ? { ...(edited as Record<string, number>) } : {};
    for (const k of keys) times[k] = now;
    await db.settings.put({ key: EDITED_KEY, value: times });
  });
}

/** Validates the whole patch first, then writes it in one transaction. */
export async function updateSettings(db: StageLensDB, patch: Partial<Settings>): Promise<Settings> {
  const valid = z.partial(SettingsSchema).parse(patch);
  const rows = Object.entries(valid).map(([key, value]) => ({ key, value }));
  await storeWrite('settings', () =>
    withEditTimes(
      db,
      rows.map((r) => r.key),
      () => db.settings.bulkPut(rows),
    ),
  );
  return getSettings(db);
}
