/**
 * The store keeps one state per checklist item ('todo' | 'done' | 'skipped', lib/store/checklist);
 * the growth engine wants {checked, by, at, untickedByUser} (lib/growth/checklist). This maps
 * one onto the other:
 * - 'done'    → ticked by the user;
 * - 'skipped' → the user unticked it: remembered, so evidence from the data does not tick it again;
 * - 'todo' or no row → untouched: the data may tick it.
 * Data ticks are not written to the store: they are worked out from the numbers each time.
 */
import type { ChecklistState as EngineState } from '../../lib/growth';
import type { ChecklistRow, ChecklistState as StoreState } from '../../lib/store/rows';

export function toEngineState(rows: readonly Pick<ChecklistRow, 'itemId' | 'state' | 'updatedAt'>[]): EngineState {
  const out: EngineState = {};
  for (const r of rows) {
    if (r.state === 'done') out[r.itemId] = { checked: true, by: 'user', at: r.updatedAt };
    else if (r.state === 'skipped') out[r.itemId] = { checked: false, by: 'user', at: r.updatedAt, untickedByUser: true };
  }
  return out;
}

/**
 * What to store when the user sets an item to `done`. Unticking an item the data evidences must
 * be remembered ('skipped'); unticking one only the user had ticked just returns it to 'todo'.
 */
export const storeStateFor = (done: boolean, evidenced: boolean): StoreState => (done ? 'done' : evidenced ? 'skipped' : 'todo');

/** Pre-live items are ticked for the next session only: their own id space in the same table. */
export const isPreLiveId = (id: string): boolean => id.startsWith('pre.');
