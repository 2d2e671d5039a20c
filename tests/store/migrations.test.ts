/**
 * Seeds a database with the version-1 schema exactly as it shipped (tests/store/fixtures.ts, raw,
 * so an accidental edit of v1 in lib/store/db.ts is caught) and opens it with the current class.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, StageLensDB } from '../../lib/store/db';
/** the version the code declares (the highest `version(n)` in lib/store/db.ts) */
const CURRENT = new StageLensDB('verno').verno;
import { metricHistory } from '../../lib/store/queries';
import { V1_AT, V1_SCHEMA, V2_SCHEMA, V3_SCHEMA, v1Session } from './fixtures';

const V1 = V1_SCHEMA;

const at = V1_AT;
const session = (key: string, t: number, viewers: number | null) => v1Session(key, t, viewers);

describe('migrations', () => {
  it('v1 → current keeps every row and builds the values table from sessions.latest (v2)', async () => {
    const name = `mig-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1);
    await v1.open();
    await v1.table('shops').add({ id: 'compass:S1', platform: 'compass', shopKey: 'S1', name: '店', firstSeen: at, lastSeen: at });
    await v1.table('sessions').bulkAdd([session('A', at, 1000), session('B', at + 86_400_000, null), session('C', at + 2 * 86_400_000, 3000)]);
    await v1.table('captures').bulkAdd(
      [1, 2, 3].map((i) => ({
        shopId: 'compass:S1',
        sessionId: 'compass:S1|A',
        platform: 'compass',
        page: 'liveList',
        pageKey: 'k',
        urlKey: 'u',
        url: 'https://compass.jinritemai.com/x',
        period: null,
        stream: '["k",null,"A"]',
        capturedAt: at + i,
        scope: 'A',
        hash: `h${i}`,
        readings: [],
        missed: [],
        unknown: [],
      })),
    );
    await v1.table('points').bulkAdd([{ sessionId: 'compass:S1|A', metric: 'viewers', t: at, value: 1000 }]);
    await v1.table('checklist').add({ id: 'compass:S1|x', shopId: 'compass:S1', itemId: 'x', state: 'done', updatedAt: at });
    await v1.table('settings').add({ key: 'language', value: 'en' });
    await v1.table('labelMaps').add({ id: 'compass|新标签', platform: 'compass', label: '新标签', metric: 'views', createdAt: at });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT);
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

  it('v2 → v3 keeps every row as it was and adds the empty item tables', async () => {
    const name = `mig3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(V1);
    v2.version(2).stores(V2_SCHEMA);
    await v2.open();
    await v2.table('shops').add({ id: 'compass:S1', platform: 'compass', shopKey: 'S1', name: '店', firstSeen: at, lastSeen: at });
    const rows = [session('A', at, 1000), session('B', at + 86_400_000, 2000)];
    await v2.table('sessions').bulkAdd(rows);
    await v2.table('values').add({
      id: 'compass:S1|A|viewers',
      shopId: 'compass:S1',
      sessionId: 'compass:S1|A',
      metric: 'viewers',
      t: at,
      value: 1000,
      unit: 'count',
      source: 'observed',
      at,
    });
    await v2.table('points').add({ sessionId: 'compass:S1|A', metric: 'viewers', t: at, value: 1000 });
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(await db.sessions.toArray()).toEqual(rows);
    expect(await db.values.count()).toBe(1);
    expect(await db.points.count()).toBe(1);
    expect([await db.items.count(), await db.itemStats.count(), await db.segments.count()]).toEqual([0, 0, 0]);
    // the new indexes answer
    await db.itemStats.put({
      id: 'x|s:compass:S1|A',
      itemId: 'x',
      shopId: 'compass:S1',
      sessionId: 'compass:S1|A',
      pageKey: 'k',
      period: null,
      t: at,
      firstSeen: at,
      lastSeen: at,
      index: null,
      explaining: false,
      latest: {},
    });
    expect(await db.itemStats.where('sessionId').equals('compass:S1|A').count()).toBe(1);
    db.close();
  });

  it('v3 → current (v4) links every stored account to its shop as ingest would, and changes no row', async () => {
    const name = `mig4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(V1);
    v3.version(2).stores(V2_SCHEMA);
    v3.version(3).stores(V3_SCHEMA);
    await v3.open();
    const accounts = [
      { id: 'compass:1234567', platform: 'compass', shopKey: '1234567', name: '星河优选旗舰店', firstSeen: at, lastSeen: at },
      { id: 'doudian:1234567', platform: 'doudian', shopKey: '1234567', name: null, firstSeen: at + 1, lastSeen: at + 1 },
      { id: 'compass:星河优选旗舰店', platform: 'compass', shopKey: '星河优选旗舰店', name: '星河优选旗舰店', firstSeen: at + 2, lastSeen: at + 2 },
      { id: 'buyin:_default', platform: 'buyin', shopKey: '_default', name: null, firstSeen: at + 3, lastSeen: at + 3 },
      { id: 'taobaolive:星河优选旗舰店', platform: 'taobaolive', shopKey: '星河优选旗舰店', name: '星河优选旗舰店', firstSeen: at + 4, lastSeen: at + 4 },
    ];
    await v3.table('shops').bulkAdd(accounts);
    const rows = [session('A', at, 1000)];
    await v3.table('sessions').bulkAdd(rows);
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(await db.shops.toArray()).toEqual(expect.arrayContaining(accounts));
    expect(await db.sessions.toArray()).toEqual(rows);
    const links = Object.fromEntries((await db.links.toArray()).map((l) => [l.id, [l.shop, l.how]]));
    expect(links).toEqual({
      'compass:1234567': ['compass:1234567', 'self'],
      'doudian:1234567': ['compass:1234567', 'id'],
      'compass:星河优选旗舰店': ['compass:1234567', 'name'],
      'buyin:_default': ['buyin:_default', 'pending'],
      'taobaolive:星河优选旗舰店': ['taobaolive:星河优选旗舰店', 'self'],
    });
    db.close();
  });

  it('v3 → current keeps every row and adds the empty alert and mark tables (v5)', async () => {
    const name = `mig5-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(V1);
    v3.version(2).stores(V2_SCHEMA);
    v3.version(3).stores({ items: 'id, shopId, lastSeen', itemStats: 'id, itemId, sessionId, [shopId+t]', segments: '++id, sessionId, itemId' });
    await v3.open();
    const rows = [session('A', at, 1000)];
    await v3.table('sessions').bulkAdd(rows);
    await v3.table('segments').add({ sessionId: 'compass:S1|A', shopId: 'compass:S1', itemId: 'x', start: at, end: null, lastSeen: at });
    v3.close();
    const db = openDb(name);
    await db.open();
    expect(await db.sessions.toArray()).toEqual(rows);
    expect(await db.segments.count()).toBe(1);
    expect([await db.alerts.count(), await db.marks.count()]).toEqual([0, 0]);
    await db.alerts.put({
      id: 'compass:S1|A|gmvFlat|gmv|1',
      sessionId: 'compass:S1|A',
      shopId: 'compass:S1',
      rule: 'gmvFlat',
      metric: 'gmv',
      firedAt: 1,
      end: null,
      numbers: {},
    });
    expect(await db.alerts.where('sessionId').equals('compass:S1|A').count()).toBe(1);
    db.close();
  });

  it('a fresh database opens at the current version with every table', async () => {
    const db = openDb(`fresh-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'alerts',
      'captures',
      'checklist',
      'itemStats',
      'items',
      'labelMaps',
      'linkLog',
      'links',
      'marks',
      'points',
      'segments',
      'sessions',
      'settings',
      'shops',
      'values',
    ]);
    db.close();
  });
});
