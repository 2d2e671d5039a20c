/**
 * What a push sends: every row of every synced table whose content (with its stamp, for a
 * last-writer-wins row) has not been pushed from here or received here before. Pure: the
 * backup export and the known hashes in, the rows and the next known set out.
 */
import type { BackupV1 } from '../export/backup-schema';
import { SYNC_LIMITS } from './limits';
import { rowHash } from './rowhash';
import { stampOf, rowTime, type Origins, type Stamp } from './stamps';
import { SYNC_TABLES, isLwwTable, lwwKey, type LwwTable, type SyncTable } from './tables';

export type Rows = { [T in SyncTable]: BackupV1[T] };
export type Stamps = Partial<Record<LwwTable, Record<string, Stamp>>>;

export interface Part {
  rows: Partial<Rows>;
  stamps: Stamps;
  count: number;
}

export interface PushPlan {
  /** the rows to send, split into parts of at most SYNC_LIMITS.bundleRows rows */
  parts: Part[];
  /** the hashes of every row as it stands now: the known set once the push is done */
  known: string[];
  count: number;
}

export interface PlanInput {
  backup: BackupV1;
  known: ReadonlySet<string>;
  origins: Origins;
  /** setting key → time of its last edit here */
  edited: Record<string, number>;
  device: string;
  maxRows?: number;
}

export function planPush({ backup, known, origins, edited, device, maxRows = SYNC_LIMITS.bundleRows }: PlanInput): PushPlan {
  const parts: Part[] = [];
  let part: Part = { rows: {}, stamps: {}, count: 0 };
  const all: string[] = [];
  let count = 0;
  for (const table of SYNC_TABLES) {
    for (const row of backup[table] as unknown as Array<Record<string, unknown>>) {
      let stamp: Stamp | undefined;
      if (isLwwTable(table)) stamp = stampOf(table, lwwKey(table, row), rowTime(table, row, edited), origins, device);
      const h = rowHash(table, row, stamp);
      all.push(h);
      if (known.has(h)) continue;
      if (part.count >= maxRows) {
        parts.push(part);
        part = { rows: {}, stamps: {}, count: 0 };
      }
      ((part.rows[table] ??= []) as unknown[]).push(row);
      if (stamp && isLwwTable(table)) (part.stamps[table] ??= {})[lwwKey(table, row)] = stamp;
      part.count++;
      count++;
    }
  }
  if (part.count) parts.push(part);
  return { parts, known: all, count };
}
