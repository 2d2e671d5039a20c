/**
 * The live alert rules: each a pure function of the session's timeline at one read (`t`) that
 * says which metrics break its condition there, with the numbers that show it. Whether that
 * becomes an alert (held over enough reads, once per episode) is ./episodes.ts's job.
 *
 * Typed exhaustively (Record<AlertRuleId, …>): a new rule fails to compile until it has its
 * function, its words (lib/i18n) and its row in the settings' thresholds.
 */
import type { MetricId } from '../metrics/catalog';
import type { BandSet } from '../growth/bands';
import type { AlertThresholds } from './thresholds';
import { MINUTE_MS, maxIn, sinceAt, valueAt, valueFrom, type Pt, type Timeline } from './timeline';
import { quartiles } from './quartiles';

export const ALERT_RULE_IDS = ['viewersDrop', 'conversionFall', 'refundSpike', 'gmvFlat', 'ownHistory', 'band'] as const;
export type AlertRuleId = (typeof ALERT_RULE_IDS)[number];

/** The metrics each rule watches. */
export const VIEWER_METRIC: MetricId = 'currentOnline';
export const CONVERSION_METRICS: readonly MetricId[] = ['viewToPayRate', 'clickToPayRate'];
export const HISTORY_METRICS: readonly MetricId[] = ['gmv'];
/** Every metric a rule reads: the only points the store loads for them. */
export const WATCHED_METRICS: readonly MetricId[] = [
  ...new Set<MetricId>([VIEWER_METRIC, ...CONVERSION_METRICS, ...HISTORY_METRICS, 'gmv', 'refundAmount', 'refundOrders']),
];

/** A past session of the same shop: when it started and its points of the watched metrics. */
export interface PastSession {
  start: number;
  /** the last time it was read live */
  end: number;
  series: Partial<Record<MetricId, Pt[]>>;
}

export interface RuleCtx {
  tl: Timeline;
  /** the read being judged */
  t: number;
  /** the session's start (or its first read) */
  start: number;
  th: AlertThresholds;
  past: readonly PastSession[];
  bands: BandSet;
}

export interface Finding {
  metric: MetricId;
  /** the numbers behind the alert, by name (shown with it, kept with it) */
  numbers: Record<string, number>;
  /** what it was held against, when that is a named thing (a band id) */
  ref?: string;
}

type Rule = (c: RuleCtx) => Finding[];

const mins = (m: number) => m * MINUTE_MS;
const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

/** The fall from the window's peak to now; `notBefore`: values shown before it are no reference. */
function dropFromPeak(c: RuleCtx, metric: MetricId, windowMin: number, pct: number, minDrop = 0, notBefore = -Infinity): Finding | null {
  const s = c.tl.series[metric];
  const now = valueAt(s, c.t);
  const peak = maxIn(s, Math.max(c.t - mins(windowMin), notBefore), c.t);
  if (now === null || peak === null || peak <= 0) return null;
  const drop = peak - now;
  if (drop / peak < pct || drop < minDrop) return null;
  return { metric, numbers: { peak, now, dropPct: round(drop / peak), windowMin } };
}

const RULES: Record<AlertRuleId, Rule> = {
  viewersDrop: (c) => {
    const { windowMin, dropPct, minDrop } = c.th.viewersDrop;
    const f = dropFromPeak(c, VIEWER_METRIC, windowMin, dropPct, minDrop);
    return f ? [f] : [];
  },

  conversionFall: (c) => {
    const { windowMin, fallPct } = c.th.conversionFall;
    // a cumulative rate's first minutes swing on a handful of people: what it showed during its
    // first window is no reference
    return CONVERSION_METRICS.flatMap((m) => {
      const first = c.tl.series[m]?.[0]?.t;
      if (first === undefined) return [];
      const f = dropFromPeak(c, m, windowMin, fallPct, 0, first + mins(windowMin));
      return f ? [f] : [];
    });
  },

  refundSpike: (c) => {
    const { windowMin, shareOfGmv, minAmount, minOrders } = c.th.refundSpike;
    const from = c.t - mins(windowMin);
    const delta = (m: MetricId): number | null => {
      const s = c.tl.series[m];
      const a = valueFrom(s, from, c.t);
      const b = valueAt(s, c.t);
      return a === null || b === null ? null : b - a;
    };
    const out: Finding[] = [];
    const refund = delta('refundAmount');
    const gmv = delta('gmv') ?? 0;
    if (refund !== null && refund >= minAmount && refund >= shareOfGmv * Math.max(gmv, 0)) {
      out.push({ metric: 'refundAmount', numbers: { refund, gmv, windowMin } });
    }
    const orders = delta('refundOrders');
    if (orders !== null && orders >= minOrders) out.push({ metric: 'refundOrders', numbers: { refundOrders: orders, windowMin } });
    return out;
  },

  gmvFlat: (c) => {
    const s = c.tl.series.gmv;
    const gmv = valueAt(s, c.t);
    const since = sinceAt(s, c.t);
    if (gmv === null || since === null) return [];
    const flatFor = c.t - since;
    if (flatFor < mins(c.th.gmvFlat.flatMin)) return [];
    return [{ metric: 'gmv', numbers: { gmv, since, flatMin: round(flatFor / MINUTE_MS, 2) } }];
  },

  ownHistory: (c) => {
    const { minSessions, afterMin } = c.th.ownHistory;
    const elapsed = c.t - c.start;
    if (elapsed < mins(afterMin)) return [];
    return HISTORY_METRICS.flatMap((m) => {
      const now = valueAt(c.tl.series[m], c.t);
      if (now === null) return [];
      const then = c.past
        .filter((p) => p.end - p.start >= elapsed)
        .map((p) => valueAt(p.series[m], p.start + elapsed))
        .filter((v): v is number => v !== null);
      if (then.length < minSessions) return [];
      const q = quartiles(then)!;
      if (now >= q.q1) return [];
      return [{ metric: m, numbers: { now, q1: q.q1, median: q.median, q3: q.q3, sessions: then.length, minute: Math.floor(elapsed / MINUTE_MS) } }];
    });
  },

  band: (c) => {
    if (c.t - c.start < mins(c.th.band.afterMin)) return [];
    return CONVERSION_METRICS.flatMap((m) => {
      const b = c.bands[m];
      const now = valueAt(c.tl.series[m], c.t);
      if (!b || now === null || now >= b.low) return [];
      return [{ metric: m, numbers: { now, low: b.low, high: b.high }, ref: b.id }];
    });
  },
};

export const ruleFindings = (id: AlertRuleId, c: RuleCtx): Finding[] => RULES[id](c);
