/**
 * Seeds a database with the version-1 schema exactly as it shipped (tests/store/fixtures.ts, raw,
 * so an accidental edit of v1 in lib/store/db.ts is caught) and opens it with the current class.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/store/db';
import { metricHistory } from '../../lib/store/queries';
import { V1_AT, V1_SCHEMA, v1Session } from './fixtures';

const V1 = V1_SCHEMA;

const at = V1_AT;
const session = (key: string, t: number, viewers: number | null) => v1Session(key, t, viewers);

describe('migrations', () => {
  it('v1 → v2 keeps every row and builds the values table from sessions.latest', async () => {
    const name = `mig-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1);
    await v1.open();
    await v1.table('shops').add({ id: 'compass:S1', platform: 'compass', shopKey: 'S1', name: '店', firstSeen: at, lastSeen: at });
    await v1.table('sessions').bulkAdd([session('A', at, 1000), session('B', at + 86_400_000, null), session('C', at + 2 * 86_400_000, 3000)]);
    await v1.table('captures').bulkAdd([1, 2, 3].map((i) => ({
      shopId: 'compass:S1', sessionId: 'compass:S1|A', platform: 'compass', page: 'liveList', pageKey: 'k', urlKey: 'u',
      url: 'https://compass.jinritemai.com/x', period: null, stream: '["k",null,"A"]', capturedAt: at + i, scope: 'A', hash: `h${i}`,
      readings: [], missed: [], unknown: [],
    })));
    await v1.table('points').bulkAdd([{ sessionId: 'compass:S1|A', metric: 'viewers', t: at, value: 1000 }]);
    await v1.table('checklist').add({ id: 'compass:S1|x', shopId: 'compass:S1', itemId: 'x', state: 'done', updatedAt: at });
    await v1.table('settings').add({ key: 'language', value: 'en' });
    await v1.table('labelMaps').add({ id: 'compass|新标签', platform: 'compass', label: '新标签', metric: 'views', createdAt: at });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.shops.count()).toBe(1);
    expect(await db.sessions.count()).toBe(3);
    expect(await db.captures.count()).toBe(3);
    expect(await db.points.count()).toBe(1);
    expect(await db.checklist.count()).toBe(1);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(await db.labelMaps.count()).toBe(1);
    // 3 sessions × 2 metrics, the null viewers kept as null
    expect(await db.values.count()).toBe(6);
    expect(await metricHistory(db, 'compass:S1', 'viewers')).toEqual([
      { sessionId: 'compass:S1|A', t: at, value: 1000, unit: 'count', source: 'observed' },
      { sessionId: 'compass:S1|B', t: at + 86_400_000, value: null, unit: 'count', source: 'observed' },
      { sessionId: 'compass:S1|C', t: at + 2 * 86_400_000, value: 3000, unit: 'count', source: 'observed' },
    ]);
    // v1 indexes still answer
    expect(await db.captures.where('[stream+capturedAt]').between(['["k",null,"A"]', Dexie.minKey], ['["k",null,"A"]', Dexie.maxKey]).count()).toBe(3);
    db.close();
  });

  it('a fresh database opens at v2 with every table', async () => {
    const db = openDb(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['captures', 'checklist', 'labelMaps', 'points', 'sessions', 'settings', 'shops', 'values']);
    db.close();
  });
});
