/**
 * The JSON backup as a file: its name, and its checks before anything is written (format,
 * version, size, nesting, hostile keys, then the zod schema in ./backup-schema.ts). Reading the
 * store into a file and merging a file into the store is lib/store/backup.ts.
 */
import { describeZodError } from '../capture/schema';
import { BACKUP_FORMAT, BACKUP_LIMITS, BACKUP_VERSION, BackupV1Schema, type BackupV1 } from './backup-schema';
import { shanghaiDate } from '../format/time';
export type { BackupV1 } from './backup-schema';

export type BackupTable =
  | 'shops'
  | 'sessions'
  | 'captures'
  | 'points'
  | 'checklist'
  | 'settings'
  | 'labelMaps'
  | 'items'
  | 'itemStats'
  | 'segments'
  | 'links'
  | 'alerts'
  | 'marks';
export type BackupCounts = Record<BackupTable, number>;
export type ImportResult = { ok: true; added: BackupCounts; merged: BackupCounts; skipped: BackupCounts } | { ok: false; error: string };

export const backupFileName = (now = Date.now()): string => `StageLens-backup-${shanghaiDate(now)}.json`;

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The first hostile key or over-deep nesting, as "where: what", or null. Iterative: no recursion. */
function findHostile(root: unknown): string | null {
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: root, path: '', depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > BACKUP_LIMITS.depth) return `${path || '(root)'}: nested deeper than ${BACKUP_LIMITS.depth} levels`;
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (HOSTILE_KEYS.has(k)) return `${p}: key "${k}" is not allowed`;
      stack.push({ v: (v as Record<string, unknown>)[k], path: p, depth: depth + 1 });
    }
  }
  return null;
}

/** Parse and validate a backup; nothing is written. */
export function parseBackup(input: unknown, maxChars: number = BACKUP_LIMITS.chars): { ok: true; backup: BackupV1 } | { ok: false; error: string } {
  let json = input;
  if (typeof input === 'string') {
    if (input.length > maxChars) return { ok: false, error: `file too large (${input.length} characters; limit ${maxChars})` };
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, error: `not valid JSON (truncated or corrupt?): ${(e as Error).message}` };
    }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: 'not a StageLens backup: expected a JSON object' };
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== BACKUP_FORMAT)
    return { ok: false, error: `not a StageLens backup: format is ${JSON.stringify(head.format) ?? 'missing'}, expected "${BACKUP_FORMAT}"` };
  if (head.version !== BACKUP_VERSION)
    return { ok: false, error: `unsupported backup version ${JSON.stringify(head.version) ?? '(missing)'}: this StageLens reads version ${BACKUP_VERSION}` };
  const hostile = findHostile(json);
  if (hostile) return { ok: false, error: `rejected: ${hostile}` };
  const r = BackupV1Schema.safeParse(json);
  return r.success ? { ok: true, backup: r.data } : { ok: false, error: `invalid backup: ${describeZodError(r.error)}` };
}
