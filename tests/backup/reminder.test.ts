import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  DEFAULT_BACKUP_STATE,
  DEFAULT_REMIND_DAYS,
  DEFAULT_REMIND_SESSIONS,
  reminder,
  scheduledDue,
  type BackupState,
} from '../../lib/backup/reminder';

const NOW = Date.parse('2026-12-07T10:00:00+08:00');
const state = (over: Partial<BackupState> = {}): BackupState => ({ ...DEFAULT_BACKUP_STATE, ...over });
const ago = (days: number) => NOW - days * DAY_MS;

describe('backup reminder', () => {
  it.each<[string, BackupState, number, number | null, boolean]>([
    ['an empty store: nothing to lose', state(), 0, null, false],
    ['never backed up, data from today', state(), 2, ago(0), false],
    [`never backed up, first data ${DEFAULT_REMIND_DAYS - 1} days ago`, state(), 3, ago(DEFAULT_REMIND_DAYS - 1), false],
    [`never backed up, first data ${DEFAULT_REMIND_DAYS} days ago`, state(), 3, ago(DEFAULT_REMIND_DAYS), true],
    [`never backed up, ${DEFAULT_REMIND_SESSIONS} sessions already`, state(), DEFAULT_REMIND_SESSIONS, ago(1), true],
    ['backed up yesterday, 2 sessions since', state({ lastAt: ago(1), sessionsAtLast: 40 }), 42, ago(90), false],
    [`backed up ${DEFAULT_REMIND_DAYS} days ago`, state({ lastAt: ago(DEFAULT_REMIND_DAYS), sessionsAtLast: 40 }), 40, ago(90), true],
    [
      `backed up yesterday, ${DEFAULT_REMIND_SESSIONS} sessions since`,
      state({ lastAt: ago(1), sessionsAtLast: 40 }),
      40 + DEFAULT_REMIND_SESSIONS,
      ago(90),
      true,
    ],
    ["the user's own limits: 2 days", state({ lastAt: ago(2), sessionsAtLast: 5, remindDays: 2 }), 5, ago(90), true],
    ["the user's own limits: 30 days, 50 sessions", state({ lastAt: ago(20), sessionsAtLast: 5, remindDays: 30, remindSessions: 50 }), 30, ago(90), false],
    ['fewer sessions than at the last backup (retention cleared some)', state({ lastAt: ago(1), sessionsAtLast: 40 }), 10, ago(90), false],
  ])('%s', (_why, s, sessions, first, remind) => expect(reminder(s, NOW, sessions, first).remind).toBe(remind));

  it('says how long and how many', () => {
    expect(reminder(state({ lastAt: ago(8.5), sessionsAtLast: 3 }), NOW, 7, null)).toEqual({ remind: true, days: 8, newSessions: 4 });
  });
});

describe('scheduled backup due', () => {
  it.each<[string, BackupState, boolean]>([
    ['off', state({ schedule: 'off' }), false],
    ['daily, never backed up', state({ schedule: 'daily' }), true],
    ['daily, backed up 23 hours ago', state({ schedule: 'daily', lastAt: NOW - 23 * 3_600_000 }), false],
    ['daily, backed up a day ago', state({ schedule: 'daily', lastAt: ago(1) }), true],
    ['weekly, 6 days ago', state({ schedule: 'weekly', lastAt: ago(6) }), false],
    ['weekly, 7 days ago', state({ schedule: 'weekly', lastAt: ago(7) }), true],
    ['weekly, a manual backup yesterday counts', state({ schedule: 'weekly', lastAt: ago(1), lastKind: 'manual' }), false],
  ])('%s', (_why, s, due) => expect(scheduledDue(s, NOW)).toBe(due));
});
