/** The scheduled backup writes the store's backup when due, and that file imports back to the same store. */
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../lib/backup/reminder';
import { runScheduledBackup } from '../../lib/backup/scheduled';
import { BACKUP_STATE_KEY, getBackupState, markBackedUp, parseBackupState, updateBackupState, firstDataAt } from '../../lib/store/backup-state';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { counts } from '../../lib/store/queries';
import { ingestAll, seededDb, NOW } from '../components/harness';
import { freshDb, liveCapture } from '../store/fixtures';

describe('scheduled backup', () => {
  it('does nothing while off or not due; when due, writes a file that imports back to the same store', async () => {
    const db = await seededDb();
    const files: Array<{ json: string; name: string }> = [];
    const download = async (json: string, name: string) => void files.push({ json, name });

    expect(await runScheduledBackup(db, NOW, download)).toEqual({ ran: false }); // off by default
    await updateBackupState(db, { schedule: 'daily' });
    const res = await runScheduledBackup(db, NOW, download);
    expect(res).toMatchObject({ ran: true, ok: true, fileName: expect.stringMatching(/^StageLens\/StageLens-backup-\d{4}-\d{2}-\d{2}\.json$/) });
    expect(files).toHaveLength(1);
    expect(await getBackupState(db)).toMatchObject({ lastAt: NOW, lastKind: 'scheduled', sessionsAtLast: await db.sessions.count() });
    expect(await runScheduledBackup(db, NOW + DAY_MS - 1, download)).toEqual({ ran: false }); // not due again yet
    expect((await runScheduledBackup(db, NOW + DAY_MS, download)).ran).toBe(true);

    // the file, imported into an empty store, gives the same store; into the same store, adds nothing
    // every table but settings, which also holds this browser's own state rows (never in a backup)
    const tables = async (d: typeof db) => ({ ...(await counts(d)), settings: undefined });
    const before = await tables(db);
    const restored = freshDb();
    const r = await importBackup(restored, files[0]!.json);
    expect(r.ok).toBe(true);
    expect(await tables(restored)).toEqual(before);
    const { exportedAt: _a, ...want } = await exportBackup(db, NOW);
    const { exportedAt: _b, ...got } = await exportBackup(restored, NOW);
    expect(got).toEqual(want);
    const again = await importBackup(db, files[0]!.json);
    expect(again.ok && Object.values(again.added).every((n) => n === 0)).toBe(true);
    expect(await tables(db)).toEqual(before);
  });

  it('a failed download is recorded and shown, not a backup; the next due run tries again', async () => {
    const db = freshDb();
    await ingestAll(db, [liveCapture()]);
    await updateBackupState(db, { schedule: 'weekly' });
    const res = await runScheduledBackup(db, NOW, async () => {
      throw new Error('downloads permission not granted');
    });
    expect(res).toEqual({ ran: true, ok: false, error: 'downloads permission not granted' });
    expect(await getBackupState(db)).toMatchObject({ lastAt: null, lastError: 'downloads permission not granted' });
    expect((await runScheduledBackup(db, NOW + 1, async () => undefined)).ran).toBe(true);
    expect(await getBackupState(db)).toMatchObject({ lastAt: NOW + 1, lastError: null });
  });
});

describe('backup state', () => {
  it('reads bad fields as their defaults and refuses bad writes', async () => {
    expect(parseBackupState({ remindDays: 0, remindSessions: 5, schedule: 'hourly', lastAt: 'x' })).toMatchObject({
      remindDays: 7,
      remindSessions: 5,
      schedule: 'off',
      lastAt: null,
    });
    const db = freshDb();
    await expect(updateBackupState(db, { remindDays: 0 })).rejects.toThrow(/remindDays/);
    await expect(updateBackupState(db, { schedule: 'hourly' as never })).rejects.toThrow(/schedule/);
    expect(await db.settings.get(BACKUP_STATE_KEY)).toBeUndefined();
  });

  it('a manual backup is recorded with the session count; the state never goes into a backup', async () => {
    const db = freshDb();
    await ingestAll(db, [liveCapture()]);
    expect(await firstDataAt(db)).toBe(liveCapture().capturedAt);
    await markBackedUp(db, NOW, 'manual');
    expect(await getBackupState(db)).toMatchObject({ lastAt: NOW, sessionsAtLast: 1, lastKind: 'manual' });
    expect((await exportBackup(db)).settings.map((s) => s.key)).not.toContain(BACKUP_STATE_KEY);
  });
});
