/**
 * The settings' one spec (lib/store/settings.ts) checks by hand, without zod. Each check must
 * accept exactly what the zod schema below — the plain statement of the rule — accepts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { METRIC_IDS } from '../../lib/metrics/catalog';
import { CATEGORY_IDS, STAGE_IDS } from '../../lib/growth/types';
import { validThresholds, type AlertThresholds } from '../../lib/live/thresholds';
import { SETTING_KEYS, validSetting, DEFAULT_SETTINGS, type SettingKey } from '../../lib/store/settings';

const SETTING_SCHEMAS = {
  language: z.enum(['zh-CN', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  category: z.nullable(z.enum(CATEGORY_IDS)),
  stageOverride: z.nullable(z.enum(STAGE_IDS)),
  targets: z.partialRecord(z.enum(METRIC_IDS), z.number()),
  retentionDays: z.nullable(z.int().check(z.minimum(1), z.maximum(36500))),
  breakEvenRoi: z.nullable(z.number().check(z.positive(), z.maximum(1000))),
  liveAlerts: z.custom<AlertThresholds>(validThresholds),
  alertNotifications: z.boolean(),
} as const;

const zodOk = (k: SettingKey, v: unknown) => SETTING_SCHEMAS[k].safeParse(v).success;

const edgy: unknown[] = [
  null,
  undefined,
  '',
  'x',
  'zh-CN',
  'en',
  ...CATEGORY_IDS,
  ...STAGE_IDS,
  'Food',
  'fashion',
  'EN',
  'system',
  'light',
  'dark',
  'a'.repeat(100),
  'a'.repeat(101),
  '𝒳'.repeat(50),
  '𝒳'.repeat(51),
  '𝒳'.repeat(100),
  '𝒳'.repeat(101),
  '\ud835'.repeat(101),
  'a'.repeat(99) + '𝒳',
  0,
  1,
  -1,
  1.5,
  36500,
  36501,
  1000,
  1000.0001,
  1e-9,
  Number.MAX_SAFE_INTEGER,
  2 ** 53,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  [],
  [1],
  {},
  { gmv: 1 },
  { gmv: NaN },
  { gmv: Infinity },
  { gmv: '1' },
  { gmv: undefined },
  { notAMetric: 1 },
  { [METRIC_IDS[0]!]: 3, [METRIC_IDS[1]!]: -2.5 },
  Object.create(null),
  new Date(0),
  new Map(),
];

describe('the settings spec, without zod', () => {
  it('names the same keys, in the same order, as the schemas', () => {
    expect([...SETTING_KEYS]).toEqual(Object.keys(SETTING_SCHEMAS));
    for (const k of SETTING_KEYS) expect(zodOk(k, DEFAULT_SETTINGS[k])).toBe(true);
  });

  it('agrees with the zod schema on edge values', () => {
    for (const k of SETTING_KEYS) for (const v of edgy) expect([k, v, validSetting(k, v)]).toEqual([k, v, zodOk(k, v)]);
  });

  it('agrees with the zod schema on arbitrary values', () => {
    const metric = fc.constantFrom(...METRIC_IDS);
    const value = fc.oneof(
      fc.anything(),
      fc.string({ maxLength: 110 }),
      fc.constantFrom(...CATEGORY_IDS, ...STAGE_IDS, null),
      fc.string({ unit: 'binary', minLength: 45, maxLength: 110 }),
      fc.double(),
      fc.integer({ min: -10, max: 40000 }),
      fc.dictionary(fc.oneof(metric, fc.string()), fc.oneof(fc.double(), fc.string(), fc.constant(undefined))),
      fc.dictionary(metric, fc.double({ noNaN: true, noDefaultInfinity: true })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_KEYS), value, (k, v) => validSetting(k, v) === zodOk(k, v)),
      { numRuns: 3000 },
    );
  });
});
