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
