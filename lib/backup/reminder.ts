/**
 * When to remind the seller to back up, and when a scheduled backup is due. Pure: state, clock
 * and counts in, a verdict out. The history lives only in this browser (uninstalling the
 * extension deletes it), so the Data view says when the last backup was made and nudges after a
 * set number of days or new sessions.
 */
export const DAY_MS = 86_400_000;

/** A week: most sellers stream several times a week, and a week of sessions is what one would hate to lose. */
export const DEFAULT_REMIND_DAYS = 7;
/** Ten new sessions: a busy seller can stream that many in far less than a week. */
export const DEFAULT_REMIND_SESSIONS = 10;
/** What the settings form accepts for either: at least 1, at most a year / a thousand sessions. */
export const REMIND_LIMITS = { days: { min: 1, max: 365 }, sessions: { min: 1, max: 1000 } } as const;

export type Schedule = 'off' | 'daily' | 'weekly';
export const SCHEDULES: readonly Schedule[] = ['off', 'daily', 'weekly'];
export const SCHEDULE_MS: Record<Exclude<Schedule, 'off'>, number> = { daily: DAY_MS, weekly: 7 * DAY_MS };

export interface BackupState {
  /** when the last backup (by hand or scheduled) was written; null = never */
  lastAt: number | null;
  /** how many sessions the store held then */
  sessionsAtLast: number;
  /** 'scheduled' when the scheduled backup wrote it */
  lastKind: 'manual' | 'scheduled' | null;
  remindDays: number;
  remindSessions: number;
  schedule: Schedule;
  /** the last scheduled backup's failure, shown in the Data view until one succeeds */
  lastError: string | null;
}

export const DEFAULT_BACKUP_STATE: Readonly<BackupState> = Object.freeze({
  lastAt: null,
  sessionsAtLast: 0,
  lastKind: null,
  remindDays: DEFAULT_REMIND_DAYS,
  remindSessions: DEFAULT_REMIND_SESSIONS,
  schedule: 'off',
  lastError: null,
});

export interface Reminder {
  remind: boolean;
  /** whole days since the last backup (or since the first data, when never backed up) */
  days: number | null;
  newSessions: number;
}

/**
 * Remind when there is something to lose and either limit is reached: `remindDays` days since the
 * last backup, or `remindSessions` sessions added since. Never backed up counts from the first
 * data kept (`firstDataAt`), so a new user is not nagged on day one.
 */
export function reminder(s: BackupState, now: number, sessions: number, firstDataAt: number | null): Reminder {
  const since = s.lastAt ?? firstDataAt;
  const days = since === null ? null : Math.floor(Math.max(0, now - since) / DAY_MS);
  const newSessions = Math.max(0, sessions - (s.lastAt === null ? 0 : s.sessionsAtLast));
  if (sessions === 0 && s.lastAt === null) return { remind: false, days, newSessions: 0 };
  const remind = (days !== null && days >= s.remindDays) || newSessions >= s.remindSessions;
  return { remind, days, newSessions };
}

/** A scheduled backup is due when a schedule is on and its period has passed since the last backup of either kind. */
export function scheduledDue(s: BackupState, now: number): boolean {
  if (s.schedule === 'off') return false;
  return s.lastAt === null || now - s.lastAt >= SCHEDULE_MS[s.schedule];
}
