/** The 复盘 draft's input read from the store: the session's numbers against its shop's past sessions, its alerts. */
import { afterEach, expect, it } from 'vitest';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { reviewInputOf } from '../../lib/store/review';
import { reviewSentences } from '../../lib/review/rules';
import type { SessionRow } from '../../lib/store/rows';

let db: StageLensDB;
afterEach(async () => db?.delete());
const T = Date.UTC(2026, 11, 1, 12);
const session = (key: string, day: number, gmv: number): SessionRow => ({
  id: `compass:S|${key}`,
  shopId: 'compass:S',
  platform: 'compass',
  key,
  title: `场 ${key}`,
  start: T + day * 86_400_000,
  end: null,
  timeText: null,
  live: false,
  t: T + day * 86_400_000,
  firstSeen: T,
  lastSeen: T,
  latest: { gmv: { value: gmv, unit: 'cny', source: 'observed', text: String(gmv), at: T } },
});

it('holds the session against its own past sessions and names its alerts', async () => {
  db = openDb(`review-${Math.random()}`);
  await db.sessions.bulkPut([session('a', 0, 10000), session('b', 1, 12000), session('c', 2, 11000), session('now', 3, 3000), session('later', 4, 99999)]);
  await db.alerts.put({
    id: 'compass:S|now|gmvFlat|gmv|1',
    sessionId: 'compass:S|now',
    shopId: 'compass:S',
    rule: 'gmvFlat',
    metric: 'gmv',
    firedAt: T + 3 * 86_400_000,
    end: null,
    numbers: { gmv: 3000, since: 0, flatMin: 12 },
  });
  const input = await reviewInputOf(db, 'compass:S|now');
  expect(input?.values.gmv).toBe(3000);
  // only the sessions before it (not the later one)
  expect(input?.own.gmv).toMatchObject({ n: 3, median: 11000 });
  const rules = reviewSentences(input!).map((s) => s.rule);
  expect(rules).toEqual(['overview', 'ownBelow', 'alerts', 'action']);
  expect(await reviewInputOf(db, 'nope')).toBeNull();
});
