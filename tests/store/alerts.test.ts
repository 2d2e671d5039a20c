/**
 * Live alerts through the real store: the background's capture handling computes them after a
 * live capture, keeps them with the session (v5 `alerts`), once per episode; the badge's summary
 * comes back in the reply; a backup carries them and an older backup (no alerts) still imports.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { handleMessage, type AlertSummary } from '../../lib/background/handle';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { updateSettings } from '../../lib/store/settings';
import { DEFAULT_THRESHOLDS } from '../../lib/live/thresholds';
import type { PageCapture } from '../../lib/capture/types';
import type { AlertRow } from '../../lib/store/rows';

const EXT = 'abcdefghijklmnop';
const URL_ = 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456';
const sender = { id: EXT, url: URL_, tab: { id: 1, url: URL_ } };
const T0 = Date.UTC(2026, 11, 1, 12);
let db: StageLensDB;
let n = 0;
afterEach(async () => db?.delete());

const reading = (metric: string, value: number, unit: string) => ({
  metric,
  label: metric,
  text: String(value),
  value,
  unit,
  scope: 'page',
  source: 'observed',
});
function capture(i: number, online: number): PageCapture {
  return {
    platform: 'compass',
    page: 'live-screen',
    url: URL_,
    period: null,
    capturedAt: T0 + i * 30_000,
    shop: { name: '星河' },
    session: { key: '7391234567890123456', live: true, start: new Date(T0).toISOString() },
    sessions: [],
    captures: [reading('gmv', 1000 + i * 100, 'cny'), reading('currentOnline', online + (i % 3), 'count')],
    missed: [],
    unknown: [],
  } as unknown as PageCapture;
}

async function drive(onlineAt: (i: number) => number, reads = 30, fresh: AlertRow[][] = []) {
  let last: AlertSummary | undefined;
  for (let i = 0; i < reads; i++) {
    const r = await handleMessage(db, { type: 'capture', capture: capture(i, onlineAt(i)) }, sender, EXT, { onFreshAlerts: (rows) => fresh.push(rows) });
    expect(r).toMatchObject({ ok: true });
    last = (r as { alerts?: AlertSummary }).alerts;
  }
  return last;
}

describe('live alerts in the store', () => {
  it('fire once per episode from live captures, are kept with the session and summarised for the badge', async () => {
    db = openDb(`alerts-${n++}`);
    const fresh: AlertRow[][] = [];
    const summary = await drive((i) => (i < 10 ? 1000 : 500), 14, fresh);
    const rows = await db.alerts.toArray();
    expect(rows.map((a) => [a.rule, a.metric, (a.firedAt - T0) / 30_000, a.end])).toEqual([['viewersDrop', 'currentOnline', 11, null]]);
    expect(rows[0]!.sessionId).toMatch(/\|7391234567890123456$/);
    expect(summary).toEqual({ count: 1, open: 1 });
    expect(fresh.map((f) => f.length)).toEqual([1]); // notified once, not at every later read
  });

  it('a page that is not live has no alerts and no summary', async () => {
    db = openDb(`alerts-${n++}`);
    const c = capture(0, 1000);
    c.session = { ...c.session!, live: false };
    const r = await handleMessage(db, { type: 'capture', capture: c }, sender, EXT);
    expect(r).not.toHaveProperty('alerts');
    expect(await db.alerts.count()).toBe(0);
  });

  it('uses the thresholds from settings', async () => {
    db = openDb(`alerts-${n++}`);
    await updateSettings(db, { liveAlerts: { ...DEFAULT_THRESHOLDS, viewersDrop: { windowMin: 5, dropPct: 0.6, minDrop: 20 } } });
    await drive((i) => (i < 10 ? 1000 : 500), 14);
    expect(await db.alerts.count()).toBe(0);
  });

  it('a backup carries alerts and marks; a file from before them imports', async () => {
    db = openDb(`alerts-${n++}`);
    await drive((i) => (i < 10 ? 1000 : 500), 14);
    const sessionId = (await db.sessions.toCollection().first())!.id;
    await db.marks.put({ id: `${sessionId}|${T0 + 60_000}`, sessionId, shopId: 'compass:星河', t: T0 + 60_000, kind: 'luckyBag', note: '' });
    const file = JSON.parse(JSON.stringify(await exportBackup(db)));
    expect(file.alerts).toHaveLength(1);
    expect(file.marks).toHaveLength(1);
    const other = openDb(`alerts-${n++}`);
    try {
      const res = await importBackup(other, file);
      expect(res).toMatchObject({ ok: true, added: { alerts: 1, marks: 1 } });
      const again = await importBackup(other, file);
      expect(again).toMatchObject({ ok: true, skipped: { alerts: 1, marks: 1 } });
      const { alerts: _a, marks: _m, ...older } = file;
      const third = openDb(`alerts-${n++}`);
      expect(await importBackup(third, older)).toMatchObject({ ok: true, added: { alerts: 0, marks: 0 } });
      await third.delete();
      const bad = { ...file, alerts: [{ ...file.alerts[0], id: 'x' }] };
      expect(await importBackup(openDb(`alerts-${n++}`), bad)).toMatchObject({ ok: false });
    } finally {
      await other.delete();
    }
  });
});

describe('marks', () => {
  it('the shortcut marks the live session read last; nothing live, nothing marked', async () => {
    const { markNow } = await import('../../lib/background/mark');
    db = openDb(`alerts-${n++}`);
    expect(await markNow(db, T0)).toBeNull();
    await drive(() => 1000, 2);
    const m = await markNow(db, T0 + 45_000);
    expect(m).toMatchObject({ kind: 'note', note: '', t: T0 + 45_000 });
    expect((await db.marks.toArray()).map((x) => x.sessionId)).toEqual([m!.sessionId]);
    const { addMark } = await import('../../lib/store/marks');
    const long = await addMark(db, { sessionId: m!.sessionId, kind: 'note', note: `  ${'字'.repeat(600)} `, t: T0 + 50_000 });
    expect(long.note).toHaveLength(500);
    await expect(addMark(db, { sessionId: 'nope', kind: 'push' })).rejects.toThrow();
  });
});

describe("the shop's past sessions, kept between captures", () => {
  const DAY = 86_400_000;
  const room = (k: number) => `73912345678901000${k}0`;
  // a past live session k days back: 31 minutes of reads, GMV far above the current session's
  function pastRead(k: number, minute: number, withGmv = true): PageCapture {
    const start = T0 - k * DAY;
    const c = capture(0, 1000);
    const url = `https://compass.jinritemai.com/screen/live/shop?live_room_id=${room(k)}`;
    return {
      ...c,
      url,
      capturedAt: start + minute * 60_000,
      session: { key: room(k), live: true, start: new Date(start).toISOString() },
      captures: withGmv ? [reading('gmv', 100_000 * (minute + 1), 'cny'), reading('currentOnline', 1000, 'count')] : [reading('currentOnline', 1000, 'count')],
    } as unknown as PageCapture;
  }
  async function past(k: number, withGmv = true) {
    for (let m = 0; m <= 30; m++) {
      const u = `https://compass.jinritemai.com/screen/live/shop?live_room_id=${room(k)}`;
      const r = await handleMessage(db, { type: 'capture', capture: pastRead(k, m, withGmv) }, { id: EXT, url: u, tab: { id: 2, url: u } }, EXT);
      expect(r).toMatchObject({ ok: true });
    }
  }
  // the current session: a read every 30 s (capture(i) above), reads `from` to `to` - 1
  async function current(from: number, to: number) {
    for (let i = from; i < to; i++) expect(await handleMessage(db, { type: 'capture', capture: capture(i, 1000) }, sender, EXT)).toMatchObject({ ok: true });
  }
  // a fresh database with three past sessions, 3, 2 and 1 days back (the last one's GMV or not)
  async function threePast(lastWithGmv = true) {
    db = openDb(`alerts-${n++}`);
    await past(3);
    await past(2);
    await past(1, lastWithGmv);
  }
  const fired = async () =>
    (await db.alerts.toArray())
      .filter((a) => a.rule === 'ownHistory' && a.sessionId.endsWith('|7391234567890123456'))
      .map((a) => [a.metric, (a.firedAt - T0) / 30_000, a.numbers.sessions]);

  it('three past sessions far above: the own-history alert fires once, past minute 10 (what the tests below change)', async () => {
    await threePast();
    await current(0, 30);
    expect(await fired()).toEqual([['gmv', 21, 3]]);
  });

  it('points a late read adds to a past session count from the next capture on', async () => {
    await threePast(false); // the last one read, but no GMV: not a past session the rule can use
    await current(0, 16); // minute 0–7.5: the three pasts are read (and kept) at every capture
    expect(await fired()).toEqual([]);
    await past(1); // the same room's GMV arrives late (a late read of its big screen)
    await current(16, 30); // minute 8–14.5: three past sessions now, the current GMV far below them
    expect(await fired()).toEqual([['gmv', 21, 3]]);
  });

  it('points deleted from a past session (retention) no longer count', async () => {
    await threePast();
    await current(0, 16);
    // retention's first step: every point before a cutoff, here the oldest session's
    expect(
      await db.points
        .where('t')
        .below(T0 - 2 * DAY)
        .delete(),
    ).toBe(32); // 31 GMV points, 1 online
    await current(16, 30);
    expect(await fired()).toEqual([]);
  });
});
