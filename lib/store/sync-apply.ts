/**
 * A pull's write: every validated bundle merged in ONE Dexie transaction, with this device's
 * cursors, known hashes, origins and conflicts. A failure anywhere rolls all of it back, so the
 * store holds all of the pulled bundles or none (and the cursors say so).
 *
 * - union tables go through the JSON import's merge (lib/store/backup.ts applyBackup), after a
 *   capture the same page already showed next to it in time is dropped: two browsers reading the
 *   same page at different moments made the same observation, stored once (the rule ingest uses
 *   for one browser: a capture is written only when what the page shows changed);
 * - last-writer-wins tables go through decideLww (lib/sync/merge.ts).
 *
 * Only Dexie calls are awaited inside the transaction (see importBackup's note).
 */
import { Dexie } from 'dexie';
import { applyBackup } from './backup';
import type { BackupV1 } from '../export/backup-schema';
import { allTables, type StageLensDB } from './db';
import { linkAccounts } from './links';
import { storeWrite } from './errors';
import type { Bundle } from '../sync/bundle';
import { SYNC_LIMITS } from '../sync/limits';
import { decideLww } from '../sync/merge';
import { rowHash } from '../sync/rowhash';
import { originKey, rowTime, stampOf } from '../sync/stamps';
import { SYNC_KEYS, readEdited, readKnown, readOrigins, readState, type Conflict, type SyncState } from './sync-state';
import { LWW_TABLES, SYNC_TABLES, isLwwTable, lwwKey, type LwwTable } from '../sync/tables';

export interface Pulled {
  /** the other device's id, and how far its index was read */
  device: string;
  bundles: Bundle[];
  cursor: { count: number; last: string; etag?: string | null };
}

export interface ApplyResult {
  bundles: number;
  rows: number;
  added: number;
  conflicts: Conflict[];
}

async function sameCaptureNextToIt(db: StageLensDB, c: BackupV1['captures'][number]): Promise<boolean> {
  const before = await db.captures.where('[stream+capturedAt]').between([c.stream, Dexie.minKey], [c.stream, c.capturedAt], true, true).last();
  if (before?.hash === c.hash) return true;
  const after = await db.captures.where('[stream+capturedAt]').between([c.stream, c.capturedAt], [c.stream, Dexie.maxKey], true, true).first();
  return after?.hash === c.hash;
}

async function getLww(db: StageLensDB, table: LwwTable, key: string): Promise<Record<string, unknown> | undefined> {
  return (await (db[table] as Dexie.Table).get(key)) as Record<string, unknown> | undefined;
}

export async function applyPulled(db: StageLensDB, pulled: Pulled[], patch: (s: SyncState) => SyncState, now = Date.now()): Promise<ApplyResult> {
  return storeWrite('sync', () =>
    db.transaction('rw', allTables(db), async () => {
      const state = await readState(db);
      const known = await readKnown(db);
      const origins = await readOrigins(db);
      const edited = await readEdited(db);
      const conflicts: Conflict[] = [];
      let rows = 0,
        added = 0,
        bundles = 0;
      for (const p of pulled) {
        for (const b of p.bundles) {
          bundles++;
          // union tables: the import's merge, the same capture next to it in time dropped first
          const union = { ...b.backup } as Record<string, unknown>;
          for (const t of LWW_TABLES) union[t] = [];
          const captures: BackupV1['captures'] = [];
          for (const c of b.backup.captures) if (!(await sameCaptureNextToIt(db, c))) captures.push(c);
          union.captures = captures;
          const res = await applyBackup(db, union as unknown as BackupV1);
          for (const t of SYNC_TABLES) if (!isLwwTable(t)) added += (res.added as Record<string, number>)[t] ?? 0;
          // last-writer-wins tables
          for (const table of LWW_TABLES) {
            for (const row of b.backup[table] as unknown as Array<Record<string, unknown>>) {
              const key = lwwKey(table, row);
              const stamp = b.stamps[table]![key]!;
              const have = await getLww(db, table, key);
              const ours = have ? { row: have, stamp: stampOf(table, key, rowTime(table, have, edited), origins, state.device) } : null;
              const d = decideLww(table, key, { row, stamp }, ours, now);
              if (d.conflict) conflicts.push(d.conflict);
              if (d.write) {
                await (db[table] as Dexie.Table).put(row);
                origins[originKey(table, key)] = stamp;
                added++;
              }
            }
          }
          for (const t of SYNC_TABLES) {
            for (const row of b.backup[t] as unknown as Array<Record<string, unknown>>) {
              known.add(rowHash(t, row, isLwwTable(t) ? b.stamps[t]![lwwKey(t, row)] : undefined));
              rows++;
            }
          }
        }
      }
      // accounts that arrived without a link (from a device before links), after the links that did
      if (bundles) await linkAccounts(db);
      const cursors = { ...state.cursors };
      for (const p of pulled) cursors[p.device] = p.cursor;
      const next = patch({
        ...state,
        cursors,
        lastPull: { at: now, bundles, rows },
        conflicts: [...conflicts.reverse(), ...state.conflicts].slice(0, SYNC_LIMITS.conflictsKept),
      });
      await db.settings.bulkPut([
        { key: SYNC_KEYS.state, value: next },
        { key: SYNC_KEYS.known, value: [...known] },
        { key: SYNC_KEYS.origins, value: origins },
      ]);
      return { bundles, rows, added, conflicts };
    }),
  );
}
