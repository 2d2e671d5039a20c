/** Per-shop state of the checklist items (lib/growth/checklist.ts defines the items; this keeps the ticks). */
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import { accountsOf } from './links';
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

/**
 * The ticks of a shop across its accounts (./links.ts): ticks made before two accounts were
 * joined all count, the latest per item wins. New ticks are written under the shop's id.
 */
export async function shopChecklist(db: StageLensDB, shopId: string): Promise<ChecklistRow[]> {
  const rows = await db.checklist
    .where('shopId')
    .anyOf(await accountsOf(db, shopId))
    .toArray();
  const latest = new Map<string, ChecklistRow>();
  for (const r of rows) {
    const have = latest.get(r.itemId);
    if (!have || r.updatedAt > have.updatedAt) latest.set(r.itemId, r);
  }
  return [...latest.values()];
}

export async function setChecklistItem(db: StageLensDB, shopId: string, itemId: string, state: ChecklistState, now = Date.now()): Promise<void> {
  if (!CHECKLIST_STATES.includes(state)) throw new RangeError(`unknown checklist state: ${String(state)}`);
  const row: ChecklistRow = { id: idOf(shopId, itemId), shopId, itemId, state, updatedAt: now };
  return storeWrite('checklist', async () => {
    await db.checklist.put(row);
  });
}
