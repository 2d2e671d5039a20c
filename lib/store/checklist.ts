/** Per-shop state of the checklist items (lib/growth/checklist.ts defines the items; this keeps the ticks). */
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import type { ChecklistRow, ChecklistState } from './rows';

export const CHECKLIST_STATES: readonly ChecklistState[] = ['todo', 'done', 'skipped'];

const idOf = (shopId: string, itemId: string): string => `${shopId}|${itemId}`;

/** itemId → state for one shop; items never touched are absent (treat as 'todo'). */
export async function getChecklist(db: StageLensDB, shopId: string): Promise<Record<string, ChecklistState>> {
  const rows = await db.checklist.where('shopId').equals(shopId).toArray();
  return Object.fromEntries(rows.map((r) => [r.itemId, r.state]));
}

export async function getChecklistItem(db: StageLensDB, shopId: string, itemId: string): Promise<ChecklistState> {
  return (await db.checklist.get(idOf(shopId, itemId)))?.state ?? 'todo';
}

export async function setChecklistItem(db: StageLensDB, shopId: string, itemId: string, state: ChecklistState, now = Date.now()): Promise<void> {
  if (!CHECKLIST_STATES.includes(state)) throw new RangeError(`unknown checklist state: ${String(state)}`);
  const row: ChecklistRow = { id: idOf(shopId, itemId), shopId, itemId, state, updatedAt: now };
  return storeWrite('checklist', async () => {
    await db.checklist.put(row);
  });
}
