/**
 * Every live alert rule fires alone from a table: a healthy session (nothing fires) with one
 * thing changed. And the cases that must not fire: one odd read, a placeholder, too early, too
 * few past sessions.
 */
import { describe, expect, it } from 'vitest';
import { liveAlerts, type LiveAlert, type LiveInput } from '../../lib/live/engine';
import { DEFAULT_THRESHOLDS, validThresholds, type AlertThresholds } from '../../lib/live/thresholds';
import type { PastSession } from '../../lib/live/rules';
import type { TimelinePoint } from '../../lib/live/timeline';
import type { MetricId } from '../../lib/metrics/catalog';
import type { BandSet } from '../../lib/growth/bands';

const T0 = Date.UTC(2026, 11, 1, 12);
const READ_MS = 30_000; // a read every half minute
const READS = 60; // 30 minutes
const at = (i: number) => T0 + i * READ_MS;

type Shape = Partial<Record<MetricId, (i: number) => number | null>>;
const HEALTHY: Shape = {
  gmv: (i) => 1000 + i * 100,
  currentOnline: (i) => 1000 + (i % 3),
  viewToPayRate: () => 0.05,
  clickToPayRate: () => 0.1,
  refundAmount: (i) => 10 + Math.floor(i / 10),
  refundOrders: (i) => Math.floor(i / 20),
};

function points(over: Shape = {}, reads = READS): TimelinePoint[] {
  const shape = { ...HEALTHY, ...over };
  const out: TimelinePoint[] = [];
  for (let i = 0; i < reads; i++) {
    for (const [metric, f] of Object.entries(shape)) {
      const value = f!(i);
      if (value !== null) out.push({ metric: metric as MetricId, t: at(i), value });
    }
  }
  return out;
}

function past(gmvAt: (i: number) => number, n = 3): PastSession[] {
  return Array.from({ length: n }, (_, k) => {
    const start = T0 - (k + 1) * 86_400_000;
    return {
      start,
      end: start + READS * READ_MS,
      series: { gmv: Array.from({ length: READS }, (_, i) => ({ t: start + i * READ_MS, value: gmvAt(i) * (1 + k / 10) })) },
    };
  });
}

const BANDS: BandSet = {
  viewToPayRate: { id: 'vtp-test', metric: 'viewToPayRate', low: 0.06, high: 0.12, confidence: 'unverified default', source: { zh: '', en: '' } },
};

const run = (over: Partial<LiveInput> & { shape?: Shape } = {}): LiveAlert[] =>
  liveAlerts({ points: points(over.shape), start: T0, thresholds: over.thresholds ?? { ...DEFAULT_THRESHOLDS }, past: over.past, bands: over.bands });

const brief = (as: LiveAlert[]) => as.map((a) => [a.rule, a.metric, (a.firedAt - T0) / READ_MS]);

describe('live alert rules, each alone', () => {
  it('a healthy session fires nothing (with history and bands it stays inside)', () => {
    expect(run()).toEqual([]);
    expect(run({ past: past((i) => 900 + i * 90) })).toEqual([]);
    expect(run({ bands: { viewToPayRate: { ...BANDS.viewToPayRate!, low: 0.04 } } })).toEqual([]);
  });

  it.each<[string, Partial<LiveInput> & { shape?: Shape }, Array<[string, string, number]>]>([
    // viewers fall 40 % at read 20; the second read at that level fires it
    ['viewersDrop', { shape: { currentOnline: (i) => (i < 20 ? 1000 + (i % 3) : 600 + (i % 3)) } }, [['viewersDrop', 'currentOnline', 21]]],
    // 观看-成交 falls from 5 % to 3.5 % at read 30 (a window has been seen)
    ['conversionFall', { shape: { viewToPayRate: (i) => (i < 30 ? 0.05 : 0.035) } }, [['conversionFall', 'viewToPayRate', 31]]],
    // 点击-成交 too, on its own
    ['conversionFall (click)', { shape: { clickToPayRate: (i) => (i < 30 ? 0.1 : 0.07) } }, [['conversionFall', 'clickToPayRate', 31]]],
    // ¥600 refunded at read 30, while the window sold ¥1,000: over 30 % of it
    ['refundSpike (amount)', { shape: { refundAmount: (i) => (i < 30 ? 10 : 610) } }, [['refundSpike', 'refundAmount', 31]]],
    ['refundSpike (orders)', { shape: { refundOrders: (i) => (i < 30 ? 1 : 7) } }, [['refundSpike', 'refundOrders', 31]]],
    // nothing sold from read 10: flat 10 minutes at read 30, second read 31
    ['gmvFlat', { shape: { gmv: (i) => 1000 + Math.min(i, 10) * 100 } }, [['gmvFlat', 'gmv', 31]]],
    // past sessions sold twice as fast: under their lower quartile once 10 minutes have passed (read 20), fired at 21
    ['ownHistory', { past: past((i) => 2000 + i * 200) }, [['ownHistory', 'gmv', 21]]],
    // 5 % against a band whose low edge is 6 %: after 15 minutes (read 30), fired at 31
    ['band', { bands: BANDS }, [['band', 'viewToPayRate', 31]]],
  ])('%s fires alone, once, at the second read that shows it', (_name, input, want) => {
    expect(brief(run(input))).toEqual(want);
  });

  it('names the numbers behind it', () => {
    const [a] = run({ shape: { currentOnline: (i) => (i < 20 ? 1000 : 600) } });
    expect(a?.numbers).toEqual({ peak: 1000, now: 600, dropPct: 0.4, windowMin: 5 });
    expect(a?.end).toBe(at(31)); // the peak left the 5-minute window at read 30; two reads without it
    const [h] = run({ past: past((i) => 2000 + i * 200) });
    expect(h?.numbers).toMatchObject({ sessions: 3, minute: 10 });
    expect(h!.numbers.now!).toBeLessThan(h!.numbers.q1!);
    expect(run({ bands: BANDS })[0]).toMatchObject({ ref: 'vtp-test', numbers: { now: 0.05, low: 0.06, high: 0.12 } });
  });
});

describe('what must not fire', () => {
  it.each<[string, Partial<LiveInput> & { shape?: Shape }]>([
    ['one odd read of viewers', { shape: { currentOnline: (i) => (i === 20 ? 100 : 1000) } }],
    ['one odd read of conversion', { shape: { viewToPayRate: (i) => (i === 40 ? 0.01 : 0.05) } }],
    ['placeholders (no value) while loading', { shape: { currentOnline: (i) => (i < 5 ? null : 1000), gmv: (i) => (i < 5 ? null : 1000 + i * 100) } }],
    ['a small room losing a few viewers', { shape: { currentOnline: (i) => (i < 20 ? 30 : 15) } }],
    ['conversion moving in the first window', { shape: { viewToPayRate: (i) => (i < 4 ? 0.2 : 0.05) } }],
    ['GMV flat for less than the limit', { shape: { gmv: (i) => (i >= 10 && i < 28 ? 2000 : 1000 + i * 100) } }],
    ['history from only two past sessions', { past: past((i) => 2000 + i * 200, 2) }],
    ['a band under the rate, before 15 minutes', { bands: BANDS, shape: {} }],
  ])('%s', (name, input) => {
    const alerts = run(name.includes('before 15') ? { ...input, thresholds: { ...DEFAULT_THRESHOLDS, band: { afterMin: 100 } } } : input);
    expect(brief(alerts)).toEqual([]);
  });

  it('a second episode is a second alert; the same episode never fires twice', () => {
    const viewers = (i: number) => (i < 10 ? 1000 : i < 30 ? 500 : i < 45 ? 1000 : 500);
    expect(brief(run({ shape: { currentOnline: viewers } }))).toEqual([
      ['viewersDrop', 'currentOnline', 11],
      ['viewersDrop', 'currentOnline', 46],
    ]);
  });

  it('is the same when run again on more reads (ids stay)', () => {
    const shape = { currentOnline: (i: number) => (i < 20 ? 1000 : 600) };
    const early = liveAlerts({ points: points(shape, 25), start: T0, thresholds: DEFAULT_THRESHOLDS });
    const late = liveAlerts({ points: points(shape, 60), start: T0, thresholds: DEFAULT_THRESHOLDS });
    expect(early.map((a) => a.firedAt)).toEqual(late.map((a) => a.firedAt));
    expect(early[0]?.end).toBeNull();
  });
});

describe('thresholds', () => {
  it('defaults validate; a partial, negative or unknown shape does not', () => {
    expect(validThresholds(DEFAULT_THRESHOLDS)).toBe(true);
    const bad: unknown[] = [
      null,
      {},
      { ...DEFAULT_THRESHOLDS, persistReads: 0 },
      { ...DEFAULT_THRESHOLDS, gmvFlat: { flatMin: -1 } },
      { ...DEFAULT_THRESHOLDS, gmvFlat: {} },
      { ...DEFAULT_THRESHOLDS, extra: 1 },
      { ...DEFAULT_THRESHOLDS, viewersDrop: { windowMin: 5, dropPct: 2, minDrop: 20 } },
    ];
    for (const b of bad) expect(validThresholds(b)).toBe(false);
    const compressed: AlertThresholds = { ...DEFAULT_THRESHOLDS, gmvFlat: { flatMin: 0.25 } };
    expect(validThresholds(compressed)).toBe(true);
  });
});
