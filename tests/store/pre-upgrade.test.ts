/**
 * The pre-upgrade copy: a database seeded at the current version, then opened by a test-only
 * subclass that adds one version (whatever the current one is). A failing upgrade leaves the old
 * data intact and its copy kept; a later successful upgrade drops the copy; no upgrade, no copy.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Transaction } from 'dexie';
import { StageLensDB, openDb } from '../../lib/store/db';
import { copyBeforeUpgrade, copyNameOf, readPreUpgradeCopy, withPreUpgradeCopy } from '../../lib/store/pre-upgrade';
import { ingestCapture } from '../../lib/store/ingest';
import { liveCapture, tableCapture } from './fixtures';

/** StageLens's schema plus one more version, with the given upgrade. */
class NextVersionDB extends StageLensDB {
  constructor(name: string, upgrade: (tx: Transaction) => Promise<void>) {
    super(name);
    this.version(this.verno + 1)
      .stores({})
      .upgrade(upgrade);
  }
}
const openNext = (name: string, upgrade: (tx: Transaction) => Promise<void>) => withPreUpgradeCopy(new NextVersionDB(name, upgrade));
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

async function seeded(): Promise<{ name: string; rows: Record<string, unknown[]> }> {
  const name = `pre-upgrade-${Math.random().toString(36).slice(2)}`;
  const db = openDb(name);
  await ingestCapture(db, liveCapture());
  await ingestCapture(db, tableCapture());
  const rows: Record<string, unknown[]> = {};
  for (const t of db.tables) rows[t.name] = await t.toArray();
  db.close();
  return { name, rows };
}

describe('pre-upgrade copy', () => {
  it('a failing upgrade: the open fails, the old data is untouched, and the copy holds every row', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { name, rows } = await seeded();
    const next = openNext(name, async () => {
      throw new Error('upgrade bug');
    });
    await expect(next.sessions.count()).rejects.toThrow(/upgrade bug/);
    next.close();

    const copy = (await readPreUpgradeCopy(indexedDB, name))!;
    expect(copy.from).toBe(Math.round(new StageLensDB('x').verno * 10));
    expect(copy.to).toBe(copy.from + 10);
    for (const [table, want] of Object.entries(rows)) {
      expect(copy.tables.find((t) => t.name === table)?.rows, table).toEqual(want);
    }
    expect(Object.values(rows).flat().length).toBeGreaterThan(5);

    const again = openDb(name); // the shipped version still opens the untouched data
    expect(await again.sessions.toArray()).toEqual(rows.sessions);
    again.close();
  });

  it('the next successful upgrade keeps the first copy until it has opened, then drops it', async () => {
    const { name, rows } = await seeded();
    const failing = openNext(name, async () => {
      throw new Error('upgrade bug');
    });
    await expect(failing.open()).rejects.toThrow();
    failing.close();
    const firstCopy = await readPreUpgradeCopy(indexedDB, name);

    // a second attempt keeps the first copy (the data as it was), never overwrites it
    expect(firstCopy).not.toBeNull();
    expect(await copyBeforeUpgrade(indexedDB, name, firstCopy!.to, firstCopy!.at + 1)).toBe('kept');
    expect((await readPreUpgradeCopy(indexedDB, name))?.at).toBe(firstCopy!.at);

    const fixed = openNext(name, async (tx) => {
      await tx.table('settings').put({ key: 'upgraded', value: true });
    });
    expect(await fixed.sessions.toArray()).toEqual(rows.sessions);
    expect(await fixed.settings.get('upgraded')).toEqual({ key: 'upgraded', value: true });
    await fixed.open(); // the open that Dexie started on first use, finished (copy dropped after it)
    expect(await exists(copyNameOf(name))).toBe(false);
    fixed.close();
  });

  it('no copy when nothing is upgraded: a new database, or the same version again', async () => {
    const name = `fresh-${Math.random().toString(36).slice(2)}`;
    const db = openDb(name);
    await db.open();
    expect(await exists(copyNameOf(name))).toBe(false);
    db.close();
    const same = openDb(name);
    await ingestCapture(same, liveCapture());
    expect(await exists(copyNameOf(name))).toBe(false);
    same.close();
  });
});
