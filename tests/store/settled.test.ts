/** Settled versus live in the store: the drift of one session and the sessions due for their review page. */
import { afterEach, expect, it } from 'vitest';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { dueSessions, sessionDrift } from '../../lib/store/settled';
import type { CaptureRow, SessionRow } from '../../lib/store/rows';

let db: StageLensDB;
afterEach(async () => db?.delete());
const END = Date.UTC(2026, 11, 1, 14);
const H = 3_600_000;
const session = (key: string, lastSeen: number, live = false): SessionRow => ({
  id: `compass:S|${key}`,
  shopId: 'compass:S',
  platform: 'compass',
  key,
  title: key,
  start: END - 2 * H,
  end: null,
  timeText: null,
  live,
  t: END - 2 * H,
  firstSeen: END - 2 * H,
  lastSeen,
  latest: {},
});
const capture = (key: string, at: number, gmv: number): Omit<CaptureRow, 'id'> => ({
  shopId: 'compass:S',
  sessionId: `compass:S|${key}`,
  platform: 'compass',
  page: 'live-detail',
  pageKey: 'k',
  urlKey: 'u',
  url: 'https://compass.jinritemai.com/x',
  period: null,
  stream: 's',
  capturedAt: at,
  scope: 'page',
  hash: String(at),
  readings: [{ metric: 'gmv', label: 'l', text: String(gmv), value: gmv, unit: 'cny', source: 'observed' }],
  missed: [],
  unknown: [],
});

it('keeps the live numbers apart from those read later, and reminds of sessions not seen settled', async () => {
  db = openDb(`settled-${Math.random()}`);
  // a: read live until END, then its review page that evening only; b: read again a day later; c: never live
  await db.sessions.bulkPut([session('a', END + 2 * H, true), session('b', END + 26 * H), session('c', END + 2 * H)]);
  for (const k of ['a', 'b'])
    await db.points.bulkAdd([
      { sessionId: `compass:S|${k}`, metric: 'gmv', t: END - H, value: 9000 },
      { sessionId: `compass:S|${k}`, metric: 'gmv', t: END, value: 10000 },
    ]);
  await db.captures.bulkAdd([capture('a', END - H, 9000), capture('a', END + 2 * H, 9800), capture('b', END + 26 * H, 9700)]);

  const a = await sessionDrift(db, 'compass:S|a', END + 30 * H);
  expect(a.rows).toEqual([{ metric: 'gmv', live: 10000, later: 9800, diff: -200, share: -0.02 }]);
  expect([a.settledSeen, a.due]).toEqual([false, true]);
  expect((await sessionDrift(db, 'compass:S|b', END + 30 * H)).settledSeen).toBe(true);

  expect((await dueSessions(db, END + 30 * H)).map((s) => s.key)).toEqual(['a']);
  expect(await dueSessions(db, END + 3 * H)).toEqual([]); // not a day yet
});
