/**
 * The backup state (lib/backup/reminder.ts) in one row of the `settings` table under an internal
 * key. Not a user setting in SETTING_KEYS: it belongs to this browser (its downloads folder, its
 * permission), so backups never carry it and an import never overwrites it.
 */
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import { DEFAULT_BACKUP_STATE, REMIND_LIMITS, SCHEDULES, type BackupState } from '../backup/reminder';

export const BACKUP_STATE_KEY = 'state.backup';

const inRange = (v: unknown, { min, max }: { min: number; max: number }) => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const CHECKS: { [K in keyof BackupState]: (v: unknown) => boolean } = {
  lastAt: (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
  sessionsAtLast: (v) => Number.isSafeInteger(v) && (v as number) >= 0,
  lastKind: (v) => v === null || v === 'manual' || v === 'scheduled',
  remindDays: (v) => inRange(v, REMIND_LIMITS.days),
  remindSessions: (v) => inRange(v, REMIND_LIMITS.sessions),
  schedule: (v) => (SCHEDULES as readonly unknown[]).includes(v),
  lastError: (v) => v === null || (typeof v === 'string' && v.length <= 500),
};

/** Each field that does not check out reads as its default (a hand-edited or older row). */
export function parseBackupState(raw: unknown): BackupState {
  const out = { ...DEFAULT_BACKUP_STATE } as Record<keyof BackupState, unknown>;
  if (typeof raw === 'object' && raw !== null) {
    for (const k of Object.keys(CHECKS) as Array<keyof BackupState>) {
      const v = (raw as Record<string, unknown>)[k];
      if (CHECKS[k](v)) out[k] = v;
    }
  }
  return out as BackupState;
}

export async function getBackupState(db: StageLensDB): Promise<BackupState> {
  return parseBackupState((await db.settings.get(BACKUP_STATE_KEY))?.value);
}

/** Applies a patch, refusing a value out of range (a clear error, nothing written). */
export function updateBackupState(db: StageLensDB, patch: Partial<BackupState>): Promise<BackupState> {
  for (const [k, v] of Object.entries(patch)) {
    if (!CHECKS[k as keyof BackupState]?.(v)) return Promise.reject(new RangeError(`backup setting ${k}: ${String(v)} is not allowed`));
  }
  return storeWrite('settings', () =>
    db.transaction('rw', db.settings, async () => {
      const next = { ...(await getBackupState(db)), ...patch };
      await db.settings.put({ key: BACKUP_STATE_KEY, value: next });
      return next;
    }),
  );
}

/** Records a backup just written (by hand or on schedule) with the store's session count then. */
export async function markBackedUp(db: StageLensDB, at: number, kind: 'manual' | 'scheduled'): Promise<BackupState> {
  const sessions = await db.sessions.count();
  return updateBackupState(db, { lastAt: at, sessionsAtLast: sessions, lastKind: kind, lastError: null });
}

/** What the Backup card needs: the state, how many sessions the store holds, and since when. */
export async function backupFacts(db: StageLensDB): Promise<{ state: BackupState; sessions: number; first: number | null }> {
  return { state: await getBackupState(db), sessions: await db.sessions.count(), first: await firstDataAt(db) };
}

/** When the store first kept anything: the earliest shop's first sighting. */
export async function firstDataAt(db: StageLensDB): Promise<number | null> {
  let first: number | null = null;
  await db.shops.each((s) => void (first = first === null ? s.firstSeen : Math.min(first, s.firstSeen)));
  return first;
}
