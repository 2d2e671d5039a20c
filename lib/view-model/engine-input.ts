/**
 * Store rows → the growth engine's input. The engine is independent of the store; this is the
 * one place the side panel builds a ShopHistory, so "a session's numbers" means the same
 * everywhere (Now, Sessions, Growth).
 */
import { isCategoryId, type SessionSummary, type ShopHistory } from '../growth/types';
import type { MetricId } from '../metrics/catalog';
import type { SessionRow, StoredValue } from '../store/rows';

export function toSummary(s: SessionRow): SessionSummary {
  const metrics: SessionSummary['metrics'] = {};
  for (const [m, v] of Object.entries(s.latest) as Array<[MetricId, StoredValue | undefined]>) {
    if (!v) continue;
    metrics[m] = { value: v.value, source: v.source, ...(v.qualifier ? { qualifier: v.qualifier } : {}) };
  }
  // t is the start, or the first time we saw the session when the page showed no start
  return { key: s.id, start: new Date(s.t).toISOString(), metrics };
}

export interface HistoryOptions {
  /** shop experience score as last read (any scale; the engine scales 5-point scores) */
  experienceScore?: number | null;
  category?: string | null;
  /** leave this session out: a session is not compared with a baseline it is part of */
  exclude?: string | null;
}

export function shopHistory(sessions: readonly SessionRow[], opts: HistoryOptions = {}): ShopHistory {
  const h: ShopHistory = {
    sessions: sessions.filter((s) => s.id !== opts.exclude).map(toSummary),
  };
  if (opts.experienceScore !== undefined && opts.experienceScore !== null) h.experienceScore = opts.experienceScore;
  if (isCategoryId(opts.category)) h.category = opts.category;
  return h;
}
