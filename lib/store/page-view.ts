/**
 * What the Now view shows: for one page (or, with no supported page open, the page captured
 * last), the newest capture of each scope under the page's current period. Unchanged scopes are
 * not rewritten (dedupe), so "newest per scope" is needed, not "rows of the newest moment".
 */
import { Dexie } from 'dexie';
import type { StageLensDB } from './db';
import { urlKeyOf } from './pagekey';
import type { CaptureRow } from './rows';

export interface PageView {
  urlKey: string;
  url: string;
  platform: string;
  page: string;
  period: string | null;
  capturedAt: number;
  rows: CaptureRow[];
}

export async function pageView(db: StageLensDB, url: string | null): Promise<PageView | null> {
  const newest = url
    ? await db.captures
        .where('[urlKey+capturedAt]')
        .between([urlKeyOf(url), Dexie.minKey], [urlKeyOf(url), Dexie.maxKey])
        .last()
    : await db.captures.orderBy('capturedAt').last();
  if (!newest) return null;
  const all = await db.captures.where('[urlKey+capturedAt]').between([newest.urlKey, Dexie.minKey], [newest.urlKey, Dexie.maxKey]).toArray();
  const byScope = new Map<string, CaptureRow>();
  for (const row of all) {
    if (row.period !== newest.period) continue;
    const prior = byScope.get(row.scope);
    if (!prior || prior.capturedAt <= row.capturedAt) byScope.set(row.scope, row);
  }
  const rows = [...byScope.values()].sort((a, b) => (a.scope === 'page' ? -1 : b.scope === 'page' ? 1 : a.scope.localeCompare(b.scope)));
  return { urlKey: newest.urlKey, url: newest.url, platform: newest.platform, page: newest.page, period: newest.period, capturedAt: newest.capturedAt, rows };
}
