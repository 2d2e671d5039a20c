/**
 * Bundled and evaluated in the side panel's own page (the extension origin, where the panel's
 * database lives): fills the real StageLens database with `sessions` sessions × `metrics`
 * metrics of one shop, through lib/store/db.ts.
 */
import { openDb } from '../../lib/store/db';
import { captureRows, sessionRows, valueRows } from '../gen/data';

async function seed(sessions: number, metrics: number): Promise<{ sessions: number; values: number; captures: number }> {
  const db = openDb();
  await db.open();
  const shape = { shops: 1, sessionsPerShop: sessions, metricsPerSession: metrics, capturesPerSession: 1, readingsPerCapture: 8 };
  const s = sessionRows(shape);
  const v = valueRows(s);
  const c = captureRows(shape);
  await db.transaction('rw', [db.shops, db.sessions, db.values, db.captures], async () => {
    await db.shops.put({
      id: s[0]!.shopId,
      platform: 'compass',
      shopKey: 'shop0',
      name: '星河优选旗舰店',
      firstSeen: s[0]!.firstSeen,
      lastSeen: s[s.length - 1]!.lastSeen,
    });
    await db.sessions.bulkPut(s);
    await db.values.bulkPut(v);
    await db.captures.bulkAdd(c as never);
  });
  const out = { sessions: await db.sessions.count(), values: await db.values.count(), captures: await db.captures.count() };
  db.close();
  return out;
}

(globalThis as { __slSeed?: unknown }).__slSeed = seed;
