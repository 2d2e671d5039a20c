import { describe, expect, it } from 'vitest';
import { ingestCapture } from '../../lib/store/ingest';
import { applyRetention } from '../../lib/store/retention';
import { counts } from '../../lib/store/queries';
import { setSetting } from '../../lib/store/settings';
import { T0, freshDb, liveCapture, tableCapture, withValue } from './fixtures';

const DAY = 86_400_000;
const SID = 'compass:S1|7528000000000000001';

async function seeded() {
  const db = freshDb();
  await ingestCapture(db, liveCapture()); // T0: 1 capture, 4 points
  await ingestCapture(db, withValue(liveCapture(), 'viewers', 15000, T0 + 40 * DAY)); // +40 days: 1 capture, 1 point
  return db;
}

describe('applyRetention', () => {
  it('keeps everything by default (retentionDays null)', async () => {
    const db = await seeded();
    const before = await counts(db);
    expect(await applyRetention(db, { now: T0 + 400 * DAY })).toEqual({ captures: 0, points: 0, sessions: 0, values: 0 });
    expect(await counts(db)).toEqual(before);
  });

  it('deletes captures and points older than N days, keeps sessions and their latest', async () => {
    const db = await seeded();
    const res = await applyRetention(db, { days: 30, now: T0 + 45 * DAY });
    expect(res).toEqual({ captures: 1, points: 4, sessions: 0, values: 0 });
    expect((await db.captures.toArray()).map((c) => c.capturedAt)).toEqual([T0 + 40 * DAY]);
    const s = await db.sessions.get(SID);
    expect(s?.latest.gmv?.value).toBe(26439.25);
    expect(await db.values.count()).toBe(5);
  });

  it('uses the retentionDays setting when no days are given', async () => {
    const db = await seeded();
    await setSetting(db, 'retentionDays', 30);
    expect((await applyRetention(db, { now: T0 + 45 * DAY })).captures).toBe(1);
  });

  it('deletes whole sessions only when told', async () => {
    const db = await seeded();
    await ingestCapture(db, tableCapture({ capturedAt: T0 - 100 * DAY })); // sessions A, B, C last seen long ago
    await db.alerts.put({
      id: 'compass:S1|A|gmvFlat|gmv|1',
      sessionId: 'compass:S1|A',
      shopId: 'compass:S1',
      rule: 'gmvFlat',
      metric: 'gmv',
      firedAt: 1,
      end: 2,
      numbers: {},
    });
    await db.marks.put({ id: `${SID}|${T0}`, sessionId: SID, shopId: 'compass:S1', t: T0, kind: 'push', note: '' });
    const res = await applyRetention(db, { days: 30, now: T0 + 45 * DAY, sessions: true });
    // the deleted session's alert goes with it; the kept session's mark stays
    expect([await db.alerts.count(), await db.marks.count()]).toEqual([0, 1]);
    expect(res.sessions).toBe(3);
    expect(await db.sessions.count()).toBe(1);
    expect(await db.values.where('sessionId').equals('compass:S1|A').count()).toBe(0);
    expect(await db.captures.where('sessionId').equals('compass:S1|A').count()).toBe(0);
  });

  it('rejects nonsense days', async () => {
    await expect(applyRetention(freshDb(), { days: -1 })).rejects.toThrow(RangeError);
  });
});
