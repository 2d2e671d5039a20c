/**
 * Backup: when the last backup was made, a nudge once the reminder's limits are reached
 * (lib/backup/reminder.ts), "back up now", the scheduled backup into the downloads folder (asks
 * for the optional `downloads` permission when switched on) and the reminder's limits.
 */
import { toBackground } from '../../lib/messages';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { REMIND_LIMITS, SCHEDULES, reminder, type BackupState, type Schedule } from '../../lib/backup/reminder';
import { backupFacts, updateBackupState } from '../../lib/store/backup-state';
import { fullTime } from '../../lib/format/time';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useApp, useT } from '../state/context';
import { DOWNLOADS_PERMISSION } from './scheduled-download';

interface Facts {
  state: BackupState;
  sessions: number;
  first: number | null;
}

export function BackupPanel({ now = Date.now() }: { now?: number }) {
  const { db, data, errors } = useApp();
  const t = useT();
  const [denied, setDenied] = useState(false);
  const facts = useLiveQuery<Facts | null>(() => backupFacts(db), [], null).value;
  if (!facts) return null;
  const { state } = facts;
  const due = reminder(state, now, facts.sessions, facts.first);
  const save = (patch: Partial<BackupState>) => errors.actions.guard('backupSettings', () => updateBackupState(db, patch));

  async function choose(schedule: Schedule) {
    setDenied(false);
    if (schedule !== 'off') {
      // asked in the user's gesture; a browser without the API (or a refusal) leaves it off
      const api = browser.permissions;
      const granted = api
        ? (await api.contains(DOWNLOADS_PERMISSION).catch(() => false)) || (await api.request(DOWNLOADS_PERMISSION).catch(() => false))
        : false;
      if (!granted) {
        setDenied(true);
        return;
      }
    }
    if ((await save({ schedule })) && schedule !== 'off') void toBackground(browser, { type: 'runScheduledBackup' }).catch(() => undefined);
  }

  const number = (key: 'remindDays' | 'remindSessions', limits: { min: number; max: number }) => (
    <div class="field">
      <label for={`backup-${key}`}>{t(`backup.${key}`)}</label>
      <input
        id={`backup-${key}`}
        type="number"
        min={limits.min}
        max={limits.max}
        step="1"
        value={state[key]}
        onChange={(e) => {
          const v = Number((e.currentTarget as HTMLInputElement).value);
          if (Number.isSafeInteger(v) && v >= limits.min && v <= limits.max) void save({ [key]: v });
        }}
      />
    </div>
  );

  return (
    <section class="card backup" aria-labelledby="backup-h" data-last-backup={state.lastAt ?? ''}>
      <h2 id="backup-h">{t('backup.title')}</h2>
      <p class="backup-last">
        {state.lastAt === null
          ? t('backup.never')
          : t('backup.last', { time: fullTime(state.lastAt), kind: t(state.lastKind === 'scheduled' ? 'backup.kind.scheduled' : 'backup.kind.manual') })}
      </p>
      {due.remind ? (
        <p class="backup-nudge warn">{t(state.lastAt === null ? 'backup.nudgeNever' : 'backup.nudge', { days: due.days ?? 0, sessions: due.newSessions })}</p>
      ) : null}
      {state.lastError ? (
        <p class="error small" role="alert">
          {t('backup.failed', { message: state.lastError })}
        </p>
      ) : null}
      <div class="buttons">
        <button type="button" class="primary" onClick={() => void data.actions.exportJson()}>
          {t('backup.now')}
        </button>
      </div>
      <div class="row">
        <div class="field">
          <label for="backup-schedule">{t('backup.schedule')}</label>
          <select id="backup-schedule" value={state.schedule} onChange={(e) => void choose((e.currentTarget as HTMLSelectElement).value as Schedule)}>
            {SCHEDULES.map((s) => (
              <option key={s} value={s}>
                {t(`backup.schedule.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {number('remindDays', REMIND_LIMITS.days)}
        {number('remindSessions', REMIND_LIMITS.sessions)}
      </div>
      <p class="muted small">{t('backup.scheduleNote')}</p>
      {denied ? (
        <p class="error small" role="alert">
          {t('backup.denied')}
        </p>
      ) : null}
    </section>
  );
}
