/**
 * Checklist state: who ticked what, and how far each pillar has come.
 *
 * Rule of precedence: the user's untick wins over data (it is remembered, so evidence does not
 * re-tick the item on the next session); a tick, by the user or recorded from data, counts; an
 * item the data evidences counts as ticked (by 'data') unless the user unticked it.
 * Re-ticking clears the untick.
 */
import type { ChecklistItem, ChecklistState } from './checklist';
import type { EvidenceMap } from './evidence';
import { PILLAR_IDS, type PillarId, type StageId } from './types';

export interface ItemStatus {
  done: boolean;
  /** who made it done; null when not done */
  by: 'user' | 'data' | null;
}

export function itemStatus(id: string, state: ChecklistState, evidence: EvidenceMap): ItemStatus {
  const s = state[id];
  if (s?.untickedByUser) return { done: false, by: null };
  if (s?.checked) return { done: true, by: s.by };
  if (evidence[id]?.evidenced) return { done: true, by: 'data' };
  return { done: false, by: null };
}

export interface Progress {
  pillars: Record<PillarId, { done: number; total: number }>;
  done: number;
  total: number;
  items: Record<string, ItemStatus>;
}

/** Progress over `items`, or only over those that matter at `opts.stage`. */
export function progress(items: readonly ChecklistItem[], state: ChecklistState, evidence: EvidenceMap, opts: { stage?: StageId } = {}): Progress {
  const pillars = Object.fromEntries(PILLAR_IDS.map((p) => [p, { done: 0, total: 0 }])) as Progress['pillars'];
  const out: Progress = { pillars, done: 0, total: 0, items: {} };
  for (const it of items) {
    if (opts.stage && !it.stages.includes(opts.stage)) continue;
    const st = itemStatus(it.id, state, evidence);
    out.items[it.id] = st;
    pillars[it.pillar].total++;
    out.total++;
    if (st.done) {
      pillars[it.pillar].done++;
      out.done++;
    }
  }
  return out;
}

/** The user ticks an item (clears any earlier untick). Returns a new state. */
export const tick = (state: ChecklistState, id: string, at: number): ChecklistState => ({ ...state, [id]: { checked: true, by: 'user', at } });

/** The user unticks an item; remembered so data cannot tick it again. Returns a new state. */
export const untick = (state: ChecklistState, id: string, at: number): ChecklistState => ({
  ...state,
  [id]: { checked: false, by: 'user', at, untickedByUser: true },
});

/**
 * Record data ticks in the state (so the date an item was first proven is kept), leaving user
 * entries alone. Items no longer evidenced keep their recorded data tick: progress, once shown,
 * does not silently vanish; the evidence result still says what the numbers show now.
 */
export function recordEvidence(state: ChecklistState, evidence: EvidenceMap, at: number): ChecklistState {
  const next = { ...state };
  for (const [id, r] of Object.entries(evidence)) {
    if (r.evidenced && !next[id]) next[id] = { checked: true, by: 'data', at };
  }
  return next;
}
