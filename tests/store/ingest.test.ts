import { afterEach, describe, expect, it, vi } from 'vitest';
import { ingestCapture } from '../../lib/store/ingest';
import { StoreError } from '../../lib/store/errors';
import { counts, sessionPoints } from '../../lib/store/queries';
import { T0, freshDb, liveCapture, tableCapture, withValue } from './fixtures';

const SID = 'compass:S1|7528000000000000001';

afterEach(() => vi.restoreAllMocks());

describe('ingestCapture', () => {
  it('stores a first capture: shop, session with latest, one capture row, points on a live page', async () => {
    const db = freshDb();
    const res = await ingestCapture(db, liveCapture());
    expect(res).toEqual({ stored: 1, unchanged: 0, points: 4, sessions: [SID], shopId: 'compass:S1', items: { items: 0, opened: 0, closed: 0 } });

    const shop = await db.shops.get('compass:S1');
    expect(shop).toMatchObject({ platform: 'compass', shopKey: 'S1', name: '小蜜蜂旗舰店', firstSeen: T0, lastSeen: T0 });
    const s = await db.sessions.get(SID);
    expect(s).toMatchObject({ key: '7528000000000000001', title: '夏季上新专场', live: true, start: Date.parse('2025-07-28T22:15:00+08:00') });
    expect(s?.t).toBe(s?.start);
    expect(s?.latest.viewers).toEqual({ value: 12000, unit: 'count', qualifier: 'approx', source: 'observed', text: '1.2万', at: T0 });

    const [row] = await db.captures.toArray();
    expect(row).toMatchObject({ sessionId: SID, scope: 'page', page: 'liveScreen', period: null, capturedAt: T0 });
    expect(row?.pageKey).toBe('compass|liveScreen|https://compass.jinritemai.com/screen/live?live_room_id=7528000000000000001');
    expect(row?.readings.find((r) => r.metric === 'gmv')?.compare).toEqual({ basis: '较上一场', text: '-5.2%', value: -0.052 });
  });

  it('re-reading an unchanged page stores nothing new', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    const before = await counts(db);
    const res = await ingestCapture(db, { ...liveCapture(), capturedAt: T0 + 5000, url: liveCapture().url.replace('_t=1753712400000', '_t=999') });
    expect(res).toMatchObject({ stored: 0, unchanged: 1, points: 0 });
    const after = await counts(db);
    expect(after).toEqual(before);
    expect((await db.sessions.get(SID))?.lastSeen).toBe(T0 + 5000);
  });

  it('a changed value: new capture row, latest updated, one point for the changed metric', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    const res = await ingestCapture(db, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
    expect(res).toMatchObject({ stored: 1, unchanged: 0, points: 1 });
    expect(await db.captures.count()).toBe(2);
    const s = await db.sessions.get(SID);
    expect(s?.latest.viewers).toMatchObject({ value: 15000, text: '15000', at: T0 + 60_000 });
    expect(s?.latest.gmv?.at).toBe(T0); // unchanged metrics keep when they last changed
    expect(await sessionPoints(db, SID, 'viewers')).toEqual([
      { t: T0, value: 12000 },
      { t: T0 + 60_000, value: 15000 },
    ]);
    expect(await sessionPoints(db, SID, 'gmv')).toEqual([{ t: T0, value: 26439.25 }]);
    expect((await db.values.get(`${SID}|viewers`))?.value).toBe(15000);
  });

  it('adds no points on a page that is not live (or told so)', async () => {
    const db = freshDb();
    const res = await ingestCapture(db, liveCapture(), { live: false });
    expect(res.points).toBe(0);
    const res2 = await ingestCapture(db, tableCapture());
    expect(res2.points).toBe(0);
    expect(await db.points.count()).toBe(0);
  });

  it('two concurrent ingests of the same capture store it once', async () => {
    const db = freshDb();
    const [a, b] = await Promise.all([ingestCapture(db, liveCapture()), ingestCapture(db, liveCapture())]);
    expect(a.stored + b.stored).toBe(1);
    expect(a.unchanged + b.unchanged).toBe(1);
    expect(await db.captures.count()).toBe(1);
    expect(await db.points.count()).toBe(4);
    expect(await db.sessions.count()).toBe(1);
  });

  it('missing stays null (never 0), adds no point, and missed/unknown are kept in the row', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    const s = await db.sessions.get(SID);
    expect(s?.latest.peakOnline?.value).toBeNull();
    expect(await sessionPoints(db, SID, 'peakOnline')).toEqual([]);
    const [row] = await db.captures.toArray();
    expect(row?.readings.find((r) => r.metric === 'peakOnline')?.value).toBeNull();
    expect(row?.missed).toEqual([{ metric: 'buyers', reason: 'unreadable', label: '成交人数', text: '***' }]);
    expect(row?.unknown).toEqual([{ label: '神秘指标', text: '12' }]);
    // a value going missing is a change, stored as null
    await ingestCapture(db, withValue(liveCapture(), 'viewers', null, T0 + 1000));
    expect((await db.sessions.get(SID))?.latest.viewers?.value).toBeNull();
    expect(await sessionPoints(db, SID, 'viewers')).toEqual([{ t: T0, value: 12000 }]);
  });

  it('derived readings keep source "derived"', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    expect((await db.sessions.get(SID))?.latest.uvValue?.source).toBe('derived');
    const [row] = await db.captures.toArray();
    expect(row?.readings.find((r) => r.metric === 'uvValue')?.source).toBe('derived');
  });

  it('table rows: one capture row and one session per row key; unchanged rows are skipped', async () => {
    const db = freshDb();
    const res = await ingestCapture(db, tableCapture());
    expect(res.stored).toBe(3);
    expect(res.sessions).toEqual(['compass:S1|A', 'compass:S1|B', 'compass:S1|C']);
    expect((await db.sessions.get('compass:S1|A'))?.latest.netGmv?.value).toBe(-120.5);
    // session C shows no start: sorted by when it was first seen
    expect((await db.sessions.get('compass:S1|C'))?.t).toBe(T0);

    const res2 = await ingestCapture(db, withValue(tableCapture(), 'viewers', 2500, T0 + 1000, 'B'));
    expect(res2).toMatchObject({ stored: 1, unchanged: 2 });
    expect((await db.sessions.get('compass:S1|B'))?.latest.viewers?.value).toBe(2500);
  });

  it('the same table read under another period is a separate series', async () => {
    const db = freshDb();
    await ingestCapture(db, tableCapture());
    const res = await ingestCapture(db, { ...tableCapture(), period: '近30日', capturedAt: T0 + 1 });
    expect(res.stored).toBe(3);
  });

  it('a shop-level page (no session) is stored without a session; no shop id → "_default"', async () => {
    const db = freshDb();
    const c = { ...liveCapture(), session: undefined, shop: undefined, page: 'overview', url: 'https://compass.jinritemai.com/shop/overview' };
    delete (c as { session?: unknown }).session;
    const res = await ingestCapture(db, c);
    expect(res).toMatchObject({ stored: 1, points: 0, sessions: [], shopId: 'compass:_default' });
    expect((await db.captures.toArray())[0]?.sessionId).toBeNull();
    expect(await db.sessions.count()).toBe(0);
    // the shop name is the key when there is no id
    expect((await ingestCapture(db, { ...c, shop: { name: '店' } })).shopId).toBe('compass:店');
  });

  it('an older capture arriving late does not overwrite newer latest values', async () => {
    const db = freshDb();
    await ingestCapture(db, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
    await ingestCapture(db, liveCapture());
    expect((await db.sessions.get(SID))?.latest.viewers?.value).toBe(15000);
    expect(await db.captures.count()).toBe(2);
  });

  it('a start read later moves the session and its values rows', async () => {
    const db = freshDb();
    await ingestCapture(db, tableCapture());
    const later = tableCapture({ capturedAt: T0 + 1000 });
    later.sessions = later.sessions.map((s) => (s.key === 'C' ? { ...s, start: '2025-07-25T20:00:00+08:00' } : s));
    await ingestCapture(db, later);
    const t = Date.parse('2025-07-25T20:00:00+08:00');
    expect((await db.sessions.get('compass:S1|C'))?.t).toBe(t);
    expect((await db.values.get('compass:S1|C|viewers'))?.t).toBe(t);
  });

  it('a quota error surfaces as StoreError kind "quota" and writes nothing', async () => {
    const db = freshDb();
    vi.spyOn(db.captures, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const err = await ingestCapture(db, liveCapture()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('quota');
    expect((err as StoreError).op).toBe('ingest');
    vi.restoreAllMocks();
    expect(await counts(db)).toMatchObject({ shops: 0, sessions: 0, captures: 0, points: 0, values: 0 });
  });

  it('a failure late in the transaction (points) rolls back the capture row too', async () => {
    const db = freshDb();
    vi.spyOn(db.points, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(ingestCapture(db, liveCapture())).rejects.toMatchObject({ name: 'StoreError', kind: 'quota' });
    vi.restoreAllMocks();
    expect(await counts(db)).toMatchObject({ shops: 0, sessions: 0, captures: 0, points: 0 });
  });

  it('other write errors are still surfaced, classified', async () => {
    const db = freshDb();
    vi.spyOn(db.sessions, 'put').mockRejectedValue(new DOMException('nope', 'ConstraintError'));
    await expect(ingestCapture(db, liveCapture())).rejects.toMatchObject({ kind: 'constraint' });
  });
});
