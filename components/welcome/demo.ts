/**
 * The welcome page's demo: the same seeded history `npm run demo` uses (scripts/demo-seed.ts,
 * written through the real ingest), imported into the separate demo database (lib/store/demo.ts)
 * once, then the panel opened on it. Loaded only when the button is pressed.
 */
import { openDb } from '../../lib/store/db';
import { DEMO_DB_NAME, DEMO_QUERY, isSeeded } from '../../lib/store/demo';

export async function prepareDemo(): Promise<void> {
  const [{ seedBackup }, { importBackup }] = await Promise.all([import('../../scripts/demo-seed'), import('../../lib/store/backup')]);
  const db = openDb(DEMO_DB_NAME);
  try {
    if (await isSeeded(db)) return; // seeded before
    const res = await importBackup(db, await seedBackup());
    if (!res.ok) throw new Error(res.error);
  } finally {
    db.close();
  }
}

export const demoPanelUrl = (): string => `/sidepanel.html?${DEMO_QUERY}`;
