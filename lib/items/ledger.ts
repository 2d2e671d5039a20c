/**
 * The item ledger: how each item did across the sessions StageLens saw it in — what no backend
 * keeps, since each shows one session's items at a time. Sums and rates are over the sessions
 * that showed the number; a session that did not show it adds nothing (not a zero).
 */
import { quantile } from '../growth/history';
import type { ItemRecord } from '../store/rows';
import type { ItemMeasures } from './measures';

export interface ItemSession {
  sessionId: string;
  /** the session's sort time */
  t: number;
  measures: ItemMeasures;
}

export interface LedgerRow {
  item: ItemRecord;
  sessions: number;
  explained: number | null;
  explainSeconds: number | null;
  avgExplainSeconds: number | null;
  gmv: number | null;
  units: number | null;
  gmvPerExplainMinute: number | null;
  clicksPerExplainMinute: number | null;
  /** click → order rate per session, oldest first (sessions that showed it) */
  payRateTrend: Array<{ t: number; value: number }>;
}

const sum = (xs: Array<number | null>): number | null => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
};

export function ledgerRow(item: ItemRecord, sessions: readonly ItemSession[]): LedgerRow {
  const ordered = [...sessions].sort((a, b) => a.t - b.t);
  const m = ordered.map((s) => s.measures);
  const explained = sum(m.map((x) => x.explained));
  const explainSeconds = sum(m.map((x) => x.explainSeconds));
  // per-minute figures: weighted by the minutes of each session's explanations
  const weighted = (pick: (x: ItemMeasures) => number | null) => {
    let num = 0,
      mins = 0;
    for (const x of m) {
      const r = pick(x);
      if (r === null || !x.explainSeconds) continue;
      num += r * (x.explainSeconds / 60);
      mins += x.explainSeconds / 60;
    }
    return mins > 0 ? num / mins : null;
  };
  return {
    item,
    sessions: ordered.length,
    explained,
    explainSeconds,
    avgExplainSeconds: explained && explainSeconds !== null ? explainSeconds / explained : null,
    gmv: sum(m.map((x) => x.gmv)),
    units: sum(m.map((x) => x.units)),
    gmvPerExplainMinute: weighted((x) => x.gmvPerExplainMinute),
    clicksPerExplainMinute: weighted((x) => x.clicksPerExplainMinute),
    payRateTrend: ordered.flatMap((s) => (s.measures.payRate === null ? [] : [{ t: s.t, value: s.measures.payRate }])),
  };
}

export interface Spread {
  median: number | null;
  q1: number | null;
  q3: number | null;
  n: number;
}

/** Median and quartiles of one figure over a list (the shop's items, a session's items). */
export function spreadOf<T>(rows: readonly T[], pick: (r: T) => number | null): Spread {
  const xs = rows.map(pick).filter((x): x is number => x !== null);
  return { median: quantile(xs, 0.5), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), n: xs.length };
}
