/** The panel's zod-free settings read (lib/store/settings-read.ts) accepts exactly what the zod schemas accept. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { METRIC_IDS } from '../../lib/metrics/catalog';
import { SETTING_KEYS, SETTING_SCHEMAS, validSetting, DEFAULT_SETTINGS, type SettingKey } from '../../lib/store/settings';

const zodOk = (k: SettingKey, v: unknown) => SETTING_SCHEMAS[k].safeParse(v).success;

const edgy: unknown[] = [
  null,
  undefined,
  '',
  'x',
  'zh-CN',
  'en',
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

describe('settings read without zod', () => {
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
