/**
 * The scheduled backup: when due (lib/backup/reminder.ts), the store's JSON backup — the same
 * file the Data view exports and imports — written into the downloads folder, in a StageLens
 * subfolder, outside extension storage so it survives an uninstall. The download itself is passed
 * in (the background uses chrome.downloads, under the optional `downloads` permission), so this
 * runs and is tested without a browser.
 */
import { backupFileName } from '../export/backup';
import { exportBackup } from '../store/backup';
import type { StageLensDB } from '../store/db';
import { scheduledDue } from './reminder';
import { getBackupState, markBackedUp, updateBackupState } from '../store/backup-state';

/** The subfolder of the downloads folder the scheduled backups go to. */
export const BACKUP_FOLDER = 'StageLens';

export type Download = (json: string, fileName: string) => Promise<void>;

export type ScheduledResult = { ran: false } | { ran: true; ok: true; fileName: string } | { ran: true; ok: false; error: string };

export async function runScheduledBackup(db: StageLensDB, now: number, download: Download): Promise<ScheduledResult> {
  const state = await getBackupState(db);
  if (!scheduledDue(state, now)) return { ran: false };
  const fileName = `${BACKUP_FOLDER}/${backupFileName(now)}`;
  try {
    await download(JSON.stringify(await exportBackup(db, now)), fileName);
  } catch (e) {
    const error = String((e as Error)?.message ?? e).slice(0, 500);
    await updateBackupState(db, { lastError: error });
    return { ran: true, ok: false, error };
  }
  await markBackedUp(db, now, 'scheduled');
  return { ran: true, ok: true, fileName };
}
