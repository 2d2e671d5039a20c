/**
 * Last-writer-wins for one row, pure: given what a bundle brings (the row and its stamp) and
 * what is here (the row and who last wrote it), decide which stays and whether that was a
 * conflict (both sides had the row, with different values).
 */
import { canonicalJson } from './rowhash';
import { wins, type Stamp } from './stamps';
import type { Conflict } from '../store/sync-state';
import type { LwwTable } from './tables';

export interface LwwDecision {
  write: boolean;
  conflict: Conflict | null;
}

/** The value a row holds, without its bookkeeping (the time is the stamp's business). */
function valueOf(table: LwwTable, row: Record<string, unknown>): string {
  if (table === 'settings') return canonicalJson(row.value);
  if (table === 'checklist') return canonicalJson(row.state);
  if (table === 'links') return canonicalJson([row.shop, row.how]);
  return canonicalJson(row.metric);
}

export function decideLww(
  table: LwwTable,
  key: string,
  theirs: { row: Record<string, unknown>; stamp: Stamp },
  ours: { row: Record<string, unknown>; stamp: Stamp } | null,
  now: number,
): LwwDecision {
  if (!ours) return { write: true, conflict: null };
  const theirsWin = wins(theirs.stamp, ours.stamp);
  const differ = valueOf(table, theirs.row) !== valueOf(table, ours.row);
  const conflict: Conflict | null = differ
    ? { table, key, kept: theirsWin ? 'theirs' : 'ours', theirs: theirs.stamp, ours: ours.stamp, resolvedAt: now }
    : null;
  return { write: theirsWin, conflict };
}
