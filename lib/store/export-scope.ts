/**
 * Which rows an export takes: the sessions picked in the Sessions view, the current shop, or
 * everything in the store. lib/export formats the rows it is given; this picks them.
 */
import type { StageLensDB } from './db';
import type { CaptureRow, SessionRow } from './rows';
import { capturesForSession, sessionsForShop } from './queries';
import { accountsOf } from './links';
import { membersOf } from '../shops/sessions';
import type { ItemsExport } from './item-queries';

export type ExportScope = 'selection' | 'shop' | 'all';
export type ExportKind = 'sessions' | 'captures' | 'items';

/** The shop's sessions as the panel shows them (one per live room, across its accounts). */
export async function sessionsFor(db: StageLensDB, scope: ExportScope, shopId: string | null, selected: readonly SessionRow[]): Promise<SessionRow[]> {
  if (scope === 'selection') return [...selected];
  const rows = scope === 'shop' && shopId ? await sessionsForShop(db, shopId) : await db.sessions.toArray();
  return rows.sort((a, b) => a.t - b.t);
}

export async function capturesFor(db: StageLensDB, scope: ExportScope, shopId: string | null, selected: readonly SessionRow[]): Promise<CaptureRow[]> {
  if (scope === 'selection') return (await Promise.all(selected.map((s) => capturesForSession(db, membersOf(s))))).flat();
  const rows =
    scope === 'shop' && shopId
      ? (await Promise.all((await accountsOf(db, shopId)).map((a) => db.captures.where('shopId').equals(a).toArray()))).flat()
      : await db.captures.toArray();
  return rows.sort((a, b) => a.capturedAt - b.capturedAt);
}

/** The item numbers of the picked sessions, of the shop (its sessions and its lists' period
 *  windows), or of every shop. The item queries load on use, not with the panel. */
export async function itemsFor(db: StageLensDB, scope: ExportScope, shopId: string | null, selected: readonly SessionRow[]): Promise<ItemsExport> {
  const { itemsExport } = await import('./item-queries');
  return itemsExport(db, scope === 'selection' ? { sessionIds: selected.flatMap((s) => membersOf(s)) } : scope === 'shop' && shopId ? { shopId } : 'all');
}

/** The time range the exported sessions span, for the file name. */
export function spanOf(sessions: readonly SessionRow[]): { from: number | null; to: number | null } {
  if (!sessions.length) return { from: null, to: null };
  const ts = sessions.map((s) => s.t);
  return { from: Math.min(...ts), to: Math.max(...ts) };
}
