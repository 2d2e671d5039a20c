/**
 * Typed settings, one row per key in the `settings` table. Every write is validated; a stored
 * value that no longer validates (written by an older version) reads as its default.
 */
// zod/mini: the panel reads settings before its first paint, and classic zod is ~20 KB gzip of it
import * as z from 'zod/mini';
import { METRIC_IDS } from '../metrics/catalog';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';

export const SETTING_SCHEMAS = {
  language: z.enum(['zh-CN', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  /** the product category benchmarks are chosen by (lib/benchmarks ids); null = not chosen */
  category: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  /** a growth stage the seller picked over the computed one; null = computed */
  stageOverride: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  /** the seller's own targets, in each metric's normalised unit */
  targets: z.partialRecord(z.enum(METRIC_IDS), z.number()),
  /** delete captures/points older than this many days; null = keep everything */
  retentionDays: z.nullable(z.int().check(z.minimum(1), z.maximum(36500))),
  /** the ROI at which paid traffic breaks even (1 / gross margin); null = not set */
  breakEvenRoi: z.nullable(z.number().check(z.positive(), z.maximum(1000))),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type Settings = { [K in SettingKey]: z.output<(typeof SETTING_SCHEMAS)[K]> };

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'zh-CN',
  theme: 'system',
  category: null,
  stageOverride: null,
  targets: {},
  retentionDays: null,
  breakEvenRoi: null,
});

export const SettingsSchema = z.strictObject(SETTING_SCHEMAS);

export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export const isSettingKey = (k: unknown): k is SettingKey =>
  typeof k === 'string' && Object.prototype.hasOwnProperty.call(SETTING_SCHEMAS, k);

function read<K extends SettingKey>(key: K, raw: unknown): Settings[K] {
  const r = SETTING_SCHEMAS[key].safeParse(raw);
  return r.success ? (r.data as Settings[K]) : DEFAULT_SETTINGS[key];
}

export async function getSettings(db: StageLensDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  const out = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  SETTING_KEYS.forEach((k, i) => {
    const row = rows[i];
    if (row) out[k] = read(k, row.value);
  });
  return out as Settings;
}

export async function getSetting<K extends SettingKey>(db: StageLensDB, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row ? read(key, row.value) : DEFAULT_SETTINGS[key];
}

/** Validates (throws a ZodError on a bad value) and writes one setting. */
export async function setSetting<K extends SettingKey>(db: StageLensDB, key: K, value: Settings[K]): Promise<void> {
  const v = SETTING_SCHEMAS[key].parse(value);
  await storeWrite('settings', () => db.settings.put({ key, value: v }));
}

/** Validates the whole patch first, then writes it in one transaction. */
export async function updateSettings(db: StageLensDB, patch: Partial<Settings>): Promise<Settings> {
  const valid = z.partial(SettingsSchema).parse(patch);
  const rows = Object.entries(valid).map(([key, value]) => ({ key, value }));
  await storeWrite('settings', () => db.settings.bulkPut(rows));
  return getSettings(db);
}
