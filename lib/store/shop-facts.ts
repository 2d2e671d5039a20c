/**
 * Shop-level numbers that are not per session (the experience score, GMV by channel): the newest
 * reading of each among the shop's latest captures, across the shop's accounts.
 * Reads at most `scan` capture rows per account, newest first, through the shopId index.
 */
import type { MetricId } from '../metrics/catalog';
import type { StageLensDB } from './db';
import { accountsOf } from './links';
import type { StoredReading } from './rows';

export interface ShopFacts {
  readings: Partial<Record<MetricId, StoredReading & { capturedAt: number }>>;
}

export async function shopFacts(db: StageLensDB, shopId: string, metrics: readonly MetricId[], scan = 400): Promise<ShopFacts> {
  // each of the shop's accounts (./links.ts): an 抖店 page's experience score counts for the shop
  const accounts = await accountsOf(db, shopId);
  const rows = (await Promise.all(accounts.map((a) => db.captures.where('shopId').equals(a).reverse().limit(scan).toArray()))).flat();
  rows.sort((a, b) => b.capturedAt - a.capturedAt);
  const readings: ShopFacts['readings'] = {};
  for (const row of rows) {
    for (const r of row.readings) {
      if (metrics.includes(r.metric) && !readings[r.metric]) readings[r.metric] = { ...r, capturedAt: row.capturedAt };
    }
    if (metrics.every((m) => readings[m])) break;
  }
  return { readings };
}
