/**
 * Which tables the team folder carries, and how each merges, taken from ONE place: the JSON
 * backup's schema (lib/export/backup-schema.ts). Every array of rows a backup holds is synced;
 * a table added to the backup is carried by the sync with no edit here.
 *
 * - LWW tables change in place and merge last-writer-wins per row (a setting is one row per
 *   field), keeping the writing device and time;
 * - every other table is a union: observations (captures, points, items…) and the rows that
 *   summarise them (shops, sessions), merged exactly as a JSON import merges them.
 */
import { BackupV1Schema, type BackupV1 } from '../export/backup-schema';

type ArrayKeys<T> = { [K in keyof T]: T[K] extends readonly unknown[] ? K : never }[keyof T];
/** a table of the backup (an array of rows in the file) */
export type SyncTable = ArrayKeys<BackupV1>;

export const LWW_TABLES = ['settings', 'checklist', 'labelMaps', 'links'] as const satisfies readonly SyncTable[];
export type LwwTable = (typeof LWW_TABLES)[number];

interface SchemaDef {
  def?: { type?: string; innerType?: SchemaDef };
}
const shape = BackupV1Schema.shape as Record<string, SchemaDef>;
/** an array of rows, also when it has a default (tables added after the first backup format
 *  default to [] so older files still import) */
const isRows = (s: SchemaDef | undefined): boolean =>
  s?.def?.type === 'array' || ((s?.def?.type === 'default' || s?.def?.type === 'optional') && isRows(s.def.innerType));

/** Every table of the backup, in the backup's order. */
export const SYNC_TABLES: readonly SyncTable[] = Object.keys(shape).filter((k) => isRows(shape[k])) as SyncTable[];

export const isLwwTable = (t: string): t is LwwTable => (LWW_TABLES as readonly string[]).includes(t);

/** The tables merged as a union (all but the LWW ones). */
export const UNION_TABLES: readonly SyncTable[] = SYNC_TABLES.filter((t) => !isLwwTable(t));

/** The key a LWW row is known by (a setting's key, a checklist tick's or label map's id). */
export function lwwKey(table: LwwTable, row: Record<string, unknown>): string {
  return String(table === 'settings' ? row.key : row.id);
}
