/**
 * Last-writer-wins, per field: who wrote a setting, checklist tick or label mapping, and when.
 * A row written here carries this device and its own time (a setting: the time of its last edit,
 * kept by lib/store/settings.ts in `sync:edited`; a tick: updatedAt; a mapping: createdAt; a
 * shop link: at, 0 for an automatic one, so the user's decisions win); a row
 * written by a pull keeps the writing device and time in `origins`.
 */
import type { LwwTable } from './tables';

export interface Stamp {
  /** epoch ms of the edit */
  at: number;
  /** the device that made it */
  device: string;
}

/** table|key → the stamp of a row written by a pull */
export type Origins = Record<string, Stamp>;

export const originKey = (table: LwwTable, key: string): string => `${table}|${key}`;

/** The edit time of a row as stored here (settings have none in the row: `edited` holds it). */
export function rowTime(table: LwwTable, row: Record<string, unknown>, edited: Record<string, number>): number {
  if (table === 'settings') return edited[String(row.key)] ?? 0;
  const t = table === 'checklist' ? row.updatedAt : table === 'links' ? row.at : row.createdAt;
  return typeof t === 'number' ? t : 0;
}

/** Who last wrote this row: the pull that wrote it, unless it was edited here since. */
export function stampOf(table: LwwTable, key: string, localTime: number, origins: Origins, me: string): Stamp {
  const o = origins[originKey(table, key)];
  return o && o.at >= localTime ? o : { at: localTime, device: me };
}

/** True when `theirs` wins over `ours`: the later edit; on a tie the greater device id (every device decides the same). */
export const wins = (theirs: Stamp, ours: Stamp): boolean => theirs.at > ours.at || (theirs.at === ours.at && theirs.device > ours.device);
