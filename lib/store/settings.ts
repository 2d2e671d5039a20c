/**
 * Typed settings, one row per key in the `settings` table, described once in SPEC below: each
 * setting's default and the check a value must pass. The same check guards every write (a bad
 * value throws an InvalidSettingError and writes nothing), every import and merge, and every read
 * (a stored value that no longer passes — written by an older version — reads as its default).
 *
 * No zod here: the side panel reads settings before its first paint, and a schema library would
 * be ~12 KB gzip of that. tests/store/settings-spec.test.ts holds each check equal to the zod
 * schema a reader would have written for it.
 */
import type { MetricId } from '../metrics/catalog';
import { METRIC_IDS } from '../metrics/catalog';
import { CATEGORY_IDS, STAGE_IDS, type CategoryId, type StageId } from '../growth/types';
import { DEFAULT_THRESHOLDS, validThresholds, type AlertThresholds } from '../live/thresholds';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';

/** A setting: its default, and the check every value written, imported or read must pass. */
interface Spec<T> {
  readonly fallback: T;
  readonly check: (v: unknown) => boolean;
}
const spec = <T>(fallback: T, check: (v: unknown) => boolean): Spec<T> => ({ fallback, check });

// the checks' building blocks
const oneOf =
  <T extends string>(...values: readonly T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (values as readonly string[]).includes(v);
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const METRIC_SET: ReadonlySet<string> = new Set(METRIC_IDS);
/** a plain object (not an array, a Date, a Map …), as a JSON object is */
const plain = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
/** The longest a seller keeps data when a limit is set: 100 years, i.e. "keep", without overflowing dates. */
const MAX_RETENTION_DAYS = 36500;
/** An ROI above this is a typo (a 0.1 % margin), not a break-even point. */
const MAX_BREAK_EVEN_ROI = 1000;

const SPEC = {
  language: spec<'zh-CN' | 'en'>('zh-CN', oneOf('zh-CN', 'en')),
  theme: spec<'system' | 'light' | 'dark'>('system', oneOf('system', 'light', 'dark')),
  /** the product category benchmarks are chosen by (lib/growth/types.ts CATEGORY_IDS); null = not chosen */
  category: spec<CategoryId | null>(null, orNull(oneOf(...CATEGORY_IDS))),
  /** a growth stage the seller picked over the computed one (STAGE_IDS); null = computed */
  stageOverride: spec<StageId | null>(null, orNull(oneOf(...STAGE_IDS))),
  /** the seller's own targets, in each metric's normalised unit */
  targets: spec<Partial<Record<MetricId, number>>>(
    {},
    (v) => plain(v) && Reflect.ownKeys(v).every((k) => typeof k === 'string' && METRIC_SET.has(k) && finite(v[k])),
  ),
  /** delete captures/points older than this many days; null = keep everything */
  retentionDays: spec<number | null>(
    null,
    orNull((v) => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= MAX_RETENTION_DAYS),
  ),
  /** the ROI at which paid traffic breaks even (1 / gross margin); null = not set */
  breakEvenRoi: spec<number | null>(
    null,
    orNull((v) => finite(v) && v > 0 && v <= MAX_BREAK_EVEN_ROI),
  ),
  /** the live alerts' thresholds (lib/live/thresholds.ts) */
  liveAlerts: spec<AlertThresholds>(DEFAULT_THRESHOLDS, validThresholds),
  /** live alerts also as system notifications (the optional `notifications` permission) */
  alertNotifications: spec<boolean>(false, (v) => typeof v === 'boolean'),
};

export type SettingKey = keyof typeof SPEC;
export type Settings = { [K in SettingKey]: (typeof SPEC)[K] extends Spec<infer T> ? T : never };

/** In SPEC's order. */
export const SETTING_KEYS = Object.keys(SPEC) as readonly SettingKey[];
export const isSettingKey = (k: unknown): k is SettingKey => typeof k === 'string' && Object.hasOwn(SPEC, k);
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(Object.fromEntries(SETTING_KEYS.map((k) => [k, SPEC[k].fallback])) as Settings);

/** True when `raw` is a valid value of `key`, as it is. */
export const validSetting = (key: SettingKey, raw: unknown): boolean => SPEC[key].check(raw);

/** A value a setting does not accept; nothing was written. */
export class InvalidSettingError extends Error {
  override readonly name = 'InvalidSettingError';
}

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

/** The rows of a patch, each checked first; throws InvalidSettingError on the first bad one. */
function checkedRows(patch: Partial<Settings>): { key: SettingKey; value: unknown }[] {
  return Object.entries(patch).map(([key, value]) => {
    if (!isSettingKey(key)) throw new InvalidSettingError(`unknown setting "${key}"`);
    if (!validSetting(key, value)) throw new InvalidSettingError(`invalid value for setting "${key}": ${JSON.stringify(value) ?? String(value)}`);
    return { key, value };
  });
}

/** Checks (throws an InvalidSettingError on a bad value) and writes one setting. */
export async function setSetting<K extends SettingKey>(db: StageLensDB, key: K, value: Settings[K]): Promise<void> {
  const [row] = checkedRows({ [key]: value } as Partial<Settings>);
  await storeWrite('settings', () => withEditTimes(db, [key], () => db.settings.put(row!)));
}

/** Checks the whole patch first, then writes it in one transaction. */
export async function updateSettings(db: StageLensDB, patch: Partial<Settings>): Promise<Settings> {
  const rows = checkedRows(patch);
  await storeWrite('settings', () =>
    withEditTimes(
      db,
      rows.map((r) => r.key),
      () => db.settings.bulkPut(rows),
    ),
  );
  return getSettings(db);
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
