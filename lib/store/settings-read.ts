/**
 * The settings' read path without zod: the side panel reads settings before its first paint, and
 * zod/mini with its core is ~12 KB gzip of that. Each stored value is checked by hand against
 * exactly what its schema in ./settings.ts accepts (tests/ui/settingsRead.test.ts compares the two
 * on many values); one that does not pass reads as its default, as before. Writes and imports
 * still go through the zod schemas (./settings.ts), loaded when first used.
 */
import { METRIC_IDS } from '../metrics/catalog';
import type { StageLensDB } from './db';
import type { SettingKey, Settings } from './settings';
import { DEFAULT_THRESHOLDS, validThresholds } from '../live/thresholds';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'zh-CN',
  theme: 'system',
  category: null,
  stageOverride: null,
  targets: {},
  retentionDays: null,
  breakEvenRoi: null,
  liveAlerts: DEFAULT_THRESHOLDS,
  alertNotifications: false,
});

/** In the schemas' order (./settings.ts SETTING_SCHEMAS; the test checks they agree). */
export const SETTING_KEYS: readonly SettingKey[] = [
  'language',
  'theme',
  'category',
  'stageOverride',
  'targets',
  'retentionDays',
  'breakEvenRoi',
  'liveAlerts',
  'alertNotifications',
];
export const isSettingKey = (k: unknown): k is SettingKey => typeof k === 'string' && (SETTING_KEYS as readonly string[]).includes(k);

const METRIC_SET: ReadonlySet<string> = new Set(METRIC_IDS);
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
// zod counts a string's length in code points (a surrogate pair is one)
const text100 = (v: unknown) => v === null || (typeof v === 'string' && v.length >= 1 && (v.length <= 100 || [...v].length <= 100));
const plain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

const CHECKS: { [K in SettingKey]: (v: unknown) => boolean } = {
  language: (v) => v === 'zh-CN' || v === 'en',
  theme: (v) => v === 'system' || v === 'light' || v === 'dark',
  category: text100,
  stageOverride: text100,
  targets: (v) => plain(v) && Reflect.ownKeys(v).every((k) => typeof k === 'string' && METRIC_SET.has(k) && num(v[k])),
  retentionDays: (v) => v === null || (Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 36500),
  breakEvenRoi: (v) => v === null || (num(v) && v > 0 && v <= 1000),
  liveAlerts: validThresholds,
  alertNotifications: (v) => typeof v === 'boolean',
};

/** True when the schema of `key` would accept `raw` as it is. */
export const validSetting = (key: SettingKey, raw: unknown): boolean => CHECKS[key](raw);

function read<K extends SettingKey>(key: K, raw: unknown): Settings[K] {
  return validSetting(key, raw) ? (raw as Settings[K]) : DEFAULT_SETTINGS[key];
}

export async function getSettings(db: StageLensDB): Promise<Settings> {
  const rows = await db.settings.bulkGet([...SETTING_KEYS]);
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
