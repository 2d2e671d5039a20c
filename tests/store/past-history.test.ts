/**
 * The past sessions' histories kept between captures (lib/store/past-history.ts): kept while
 * their points do not change, read again after any write that may have touched them — through
 * this database object or another one on the same database (as the side panel's would be).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { pastHistory } from '../../lib/store/past-history';

let db: StageLensDB;
let n = 0;
afterEach(async () => db?.delete());

const A = 'compass:星河|7391234567890000001';
const B = 'compass:星河|7391234567890000002';
const gmv = (sessionId: string, minute: number, value: number) => ({ sessionId, metric: 'gmv' as const, t: minute * 60_000, value });

async function seeded(): Promise<StageLensDB> {
  db = openDb(`past-history-${n++}`);
  await db.points.bulkAdd([gmv(A, 0, 10), gmv(A, 1, 20), gmv(A, 2, 30), gmv(B, 0, 5), gmv(B, 1, 6)]);
  return db;
}

describe('pastHistory', () => {
  it('reads a session once while its points stay the same; a write elsewhere keeps it', async () => {
    await seeded();
    const first = await pastHistory(db, A);
    expect(first).toEqual({
      end: 120_000,
      series: {
        gmv: [
          { t: 0, value: 10 },
          { t: 60_000, value: 20 },
          { t: 120_000, value: 30 },
        ],
      },
    });
    expect(await pastHistory(db, A)).toBe(first);
    await db.points.add(gmv(B, 2, 7)); // another session's point
    await db.points.add({ sessionId: A, metric: 'currentOnline', t: 180_000, value: 900 }); // a metric the history does not hold
    expect(await pastHistory(db, A)).toBe(first);
  });

  it('a point added to the session, by this database object or another, is seen', async () => {
    await seeded();
    const first = await pastHistory(db, A);
    await db.points.add(gmv(A, 3, 40));
    const second = await pastHistory(db, A);
    expect(second).not.toBe(first);
    expect(second?.end).toBe(180_000);
    const other = openDb(db.name);
    try {
      await other.points.add(gmv(A, 4, 50));
    } finally {
      other.close();
    }
    expect((await pastHistory(db, A))?.series.gmv?.map((p) => p.value)).toEqual([10, 20, 30, 40, 50]);
  });

  it('points deleted from the session (retention, by time) are seen; none left is null', async () => {
    await seeded();
    await pastHistory(db, A);
    await pastHistory(db, B);
    expect(await db.points.where('t').below(60_000).delete()).toBe(2);
    expect((await pastHistory(db, A))?.series.gmv?.map((p) => p.value)).toEqual([20, 30]);
    expect(await db.points.where('t').below(180_000).delete()).toBe(3);
    expect(await pastHistory(db, A)).toBeNull();
    expect(await pastHistory(db, B)).toBeNull();
  });

  it('a session with no points yet is null, and its first point is seen', async () => {
    await seeded();
    const C = 'compass:星河|7391234567890000003';
    expect(await pastHistory(db, C)).toBeNull();
    await db.points.add(gmv(C, 0, 1));
    expect(await pastHistory(db, C)).toEqual({ end: 0, series: { gmv: [{ t: 0, value: 1 }] } });
  });
});
