/**
 * Where the page-health state lives: one row of the `settings` table under an internal key (not
 * a user setting: the settings form and backups list only SETTING_KEYS, so it is never exported
 * or imported — it is rebuilt from reads). Written by the background after each stored capture,
 * read live by the panel.
 */
import type { PageCapture } from '../capture/types';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import { kindKey, labelCounts, nextHealth, type HealthMap, type KindHealth } from '../health/page-changed';

export const HEALTH_KEY = 'state.pageHealth';

const isCounts = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isSafeInteger(n) && n >= 0);
const isKind = (v: unknown): v is KindHealth => {
  const h = v as KindHealth;
  return (
    typeof h === 'object' &&
    h !== null &&
    isCounts(h.recent) &&
    typeof h.changed === 'boolean' &&
    Number.isSafeInteger(h.found) &&
    Number.isSafeInteger(h.missed) &&
    Number.isFinite(h.at)
  );
};

/** The stored map; entries of any other shape (a hand-edited or older row) are dropped, not trusted. */
export function parseHealth(raw: unknown): HealthMap {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => isKind(v)));
}

export async function getHealth(db: StageLensDB): Promise<HealthMap> {
  return parseHealth((await db.settings.get(HEALTH_KEY))?.value);
}

/** Counts one read of a page kind (in one transaction, so concurrent reads are serialised) and returns its state. */
export function recordRead(db: StageLensDB, c: Pick<PageCapture, 'platform' | 'page' | 'captures' | 'missed' | 'capturedAt'>): Promise<KindHealth> {
  return storeWrite('settings', () =>
    db.transaction('rw', db.settings, async () => {
      const map = await getHealth(db);
      const key = kindKey(c.platform, c.page);
      const next = nextHealth(map[key], labelCounts(c), c.capturedAt);
      await db.settings.put({ key: HEALTH_KEY, value: { ...map, [key]: next } });
      return next;
    }),
  );
}
