import { describe, expect, it } from 'vitest';
import { ingestCapture } from '../../lib/store/ingest';
import {
  capturesForSession,
  counts,
  latestCaptureForPageKey,
  latestCaptureForUrl,
  metricHistory,
  sessionById,
  sessionPoints,
  sessionsForShop,
  accounts as shops,
} from '../../lib/store/queries';
import { T0, freshDb, liveCapture, tableCapture, withValue } from './fixtures';

const SID = 'compass:S1|7528000000000000001';

describe('queries', () => {
  it('latest capture for a URL ignores volatile parameters; by pageKey too', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    await ingestCapture(db, withValue(liveCapture(), 'viewers', 15000, T0 + 1000));
    const row = await latestCaptureForUrl(db, 'https://compass.jinritemai.com/screen/live?_t=42&live_room_id=7528000000000000001');
    expect(row?.capturedAt).toBe(T0 + 1000);
    expect((await latestCaptureForPageKey(db, row!.pageKey))?.id).toBe(row?.id);
    expect(await latestCaptureForUrl(db, 'https://compass.jinritemai.com/screen/live?live_room_id=1')).toBeUndefined();
  });

  it('shops and a shop’s sessions, newest start first, with filters', async () => {
    const db = freshDb();
    await ingestCapture(db, tableCapture());
    await ingestCapture(db, liveCapture());
    expect((await shops(db)).map((s) => s.id)).toEqual(['compass:S1']);
    const all = await sessionsForShop(db, 'compass:S1');
    // C has no start: sorted by first seen (T0), which is after the live session's start
    expect(all.map((s) => s.key)).toEqual(['C', '7528000000000000001', 'B', 'A']);
    const from = Date.parse('2025-07-27T00:00:00+08:00');
    const to = Date.parse('2025-07-28T23:00:00+08:00');
    expect((await sessionsForShop(db, 'compass:S1', { from, to })).map((s) => s.key)).toEqual(['C', '7528000000000000001', 'B']);
    expect((await sessionsForShop(db, 'compass:S1', { search: '夏季' })).map((s) => s.key)).toEqual(['7528000000000000001']);
    expect(await sessionsForShop(db, 'compass:S1', { platform: 'kwaixiaodian' })).toEqual([]);
    expect(await sessionsForShop(db, 'other')).toEqual([]);
    expect((await sessionById(db, SID))?.title).toBe('夏季上新专场');
  });

  it('metricHistory: one value per session over time, limit keeps the latest N', async () => {
    const db = freshDb();
    await ingestCapture(db, tableCapture());
    const h = await metricHistory(db, 'compass:S1', 'viewers');
    expect(h.map((x) => [x.sessionId, x.value])).toEqual([
      ['compass:S1|A', 1000],
      ['compass:S1|B', 2000],
      ['compass:S1|C', 3000],
    ]);
    expect((await metricHistory(db, 'compass:S1', 'viewers', 2)).map((x) => x.value)).toEqual([2000, 3000]);
    expect(await metricHistory(db, 'compass:S1', 'roi')).toEqual([]);
  });

  it('sessionPoints, capturesForSession and counts', async () => {
    const db = freshDb();
    await ingestCapture(db, liveCapture());
    await ingestCapture(db, withValue(liveCapture(), 'viewers', 13000, T0 + 1000));
    expect(await sessionPoints(db, SID, 'viewers')).toEqual([
      { t: T0, value: 12000 },
      { t: T0 + 1000, value: 13000 },
    ]);
    expect((await capturesForSession(db, SID)).map((c) => c.capturedAt)).toEqual([T0, T0 + 1000]);
    expect(await counts(db)).toEqual({ shops: 1, sessions: 1, captures: 2, points: 5, values: 5, checklist: 0, settings: 0, labelMaps: 0 });
  });
});
