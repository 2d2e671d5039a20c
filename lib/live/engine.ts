/**
 * Live alerts from a session's timeline: every rule (./rules.ts) judged at every read, and a
 * condition becomes an alert once it has held on `persistReads` reads in a row; it fires once,
 * at that read, with that read's numbers, and its episode ends after `persistReads` reads in a
 * row without it. A later episode of the same rule and metric is a new alert.
 *
 * Pure and deterministic over the whole session: run it again after each capture and the alerts
 * already fired come out the same (same id), so storing is a put, never a duplicate.
 *
 * What never fires one: a placeholder or missing value (points hold only settled, non-null
 * numbers: lib/capture/settle.ts, lib/store/ingest.ts), a loading state (not sent), and a single
 * odd read (held for persistReads).
 */
import type { MetricId } from '../metrics/catalog';
import type { BandSet } from '../growth/bands';
import { ALERT_RULE_IDS, ruleFindings, type AlertRuleId, type PastSession, type RuleCtx } from './rules';
import type { AlertThresholds } from './thresholds';
import { timelineOf, type TimelinePoint } from './timeline';

export interface LiveAlert {
  rule: AlertRuleId;
  metric: MetricId;
  /** the read at which it fired */
  firedAt: number;
  /** the read at which its episode ended; null while it holds */
  end: number | null;
  numbers: Record<string, number>;
  ref?: string;
}

export interface LiveInput {
  points: readonly TimelinePoint[];
  /** the session's start; null: its first read */
  start: number | null;
  thresholds: AlertThresholds;
  past?: readonly PastSession[];
  bands?: BandSet;
}

export function liveAlerts(input: LiveInput): LiveAlert[] {
  const tl = timelineOf(input.points);
  if (!tl.reads.length) return [];
  const start = input.start ?? tl.reads[0]!;
  const persist = input.thresholds.persistReads;
  const out: LiveAlert[] = [];
  const runs = new Map<string, { held: number; missed: number; open: LiveAlert | null }>();
  const ctx: RuleCtx = { tl, t: 0, start, th: input.thresholds, past: input.past ?? [], bands: input.bands ?? {} };
  for (const t of tl.reads) {
    ctx.t = t;
    const seen = new Set<string>();
    for (const rule of ALERT_RULE_IDS) {
      for (const f of ruleFindings(rule, ctx)) {
        const key = `${rule}|${f.metric}`;
        seen.add(key);
        const r = runs.get(key) ?? { held: 0, missed: 0, open: null };
        runs.set(key, r);
        r.held++;
        r.missed = 0;
        if (!r.open && r.held >= persist) {
          r.open = { rule, metric: f.metric, firedAt: t, end: null, numbers: f.numbers, ...(f.ref ? { ref: f.ref } : {}) };
          out.push(r.open);
        }
      }
    }
    for (const [key, r] of runs) {
      if (seen.has(key)) continue;
      r.held = 0;
      if (r.open && ++r.missed >= persist) {
        r.open.end = t;
        r.open = null;
      }
    }
  }
  return out.sort((a, b) => a.firedAt - b.firedAt);
}

/** An alert's stable id within its session. */
export const alertKey = (a: Pick<LiveAlert, 'rule' | 'metric' | 'firedAt'>): string => `${a.rule}|${a.metric}|${a.firedAt}`;
