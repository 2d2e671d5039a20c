/**
 * Every schema upgrade keeps a copy of the data as it was until the new version has opened
 * cleanly. Before a Dexie database opens at a higher version than the one on disk, every object
 * store of the old version is read (one read-only transaction, raw IndexedDB at the on-disk
 * version, so no upgrade runs) into a separate database, `<name>-pre-upgrade`. The copy is deleted
 * once the open succeeds; when the upgrade fails, the copy stays (and a later attempt keeps that
 * first copy rather than overwriting it). Generic: nothing here names a version.
 *
 * Limits: the old data is read into memory in one piece (fine for the history sizes StageLens
 * holds; a store of several hundred MB would need a cursor-by-cursor copy), and a browser
 * without `indexedDB.databases()` (Firefox before 126; our minimum is 140) gets no copy.
 */
import type { Dexie } from 'dexie';

export const copyNameOf = (name: string): string => `${name}-pre-upgrade`;

export interface TableCopy {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  rows: unknown[];
  /** the keys, for stores whose keys are not inside the rows */
  keys: IDBValidKey[] | null;
}

export interface PreUpgradeCopy {
  /** the IndexedDB versions (Dexie's version × 10) it was taken at and for */
  from: number;
  to: number;
  at: number;
  tables: TableCopy[];
}

const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((res, rej) => {
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });

function openRaw(idb: IDBFactory, name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const r = idb.open(name, version);
    r.onupgradeneeded = () => upgrade?.(r.result);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
    r.onblocked = () => undefined; // waits for the other connections to close
  });
}

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((res, rej) => {
    tx.oncomplete = () => res();
    tx.onerror = () => rej(tx.error);
    tx.onabort = () => rej(tx.error ?? new Error('transaction aborted'));
  });

async function versionOnDisk(idb: IDBFactory, name: string): Promise<number | null> {
  if (typeof idb.databases !== 'function') return null;
  return (await idb.databases()).find((d) => d.name === name)?.version ?? null;
}

/** Reads every store of `name` at its on-disk version. */
async function readAll(idb: IDBFactory, name: string, version: number): Promise<TableCopy[]> {
  const db = await openRaw(idb, name, version);
  try {
    const names = [...db.objectStoreNames];
    if (!names.length) return [];
    const tx = db.transaction(names, 'readonly');
    const tables = await Promise.all(
      names.map(async (n) => {
        const store = tx.objectStore(n);
        const rows = await req(store.getAll());
        const keys = store.keyPath === null ? await req(store.getAllKeys()) : null;
        return { name: n, keyPath: store.keyPath, autoIncrement: store.autoIncrement, rows, keys };
      }),
    );
    await done(tx);
    return tables;
  } finally {
    db.close();
  }
}

const STORES = { tables: 'name', meta: 'id' } as const;

async function writeCopy(idb: IDBFactory, name: string, copy: PreUpgradeCopy): Promise<void> {
  const db = await openRaw(idb, name, 1, (d) => {
    for (const [store, keyPath] of Object.entries(STORES)) d.createObjectStore(store, { keyPath });
  });
  try {
    const tx = db.transaction(Object.keys(STORES), 'readwrite');
    for (const t of copy.tables) tx.objectStore('tables').put(t);
    tx.objectStore('meta').put({ id: 'meta', from: copy.from, to: copy.to, at: copy.at });
    await done(tx);
  } finally {
    db.close();
  }
}

/** The copy kept for `name`, or null when there is none. */
export async function readPreUpgradeCopy(idb: IDBFactory, name: string): Promise<PreUpgradeCopy | null> {
  const copyName = copyNameOf(name);
  const version = await versionOnDisk(idb, copyName);
  if (version === null) return null;
  const db = await openRaw(idb, copyName, version);
  try {
    if (!db.objectStoreNames.contains('meta')) return null;
    const tx = db.transaction(Object.keys(STORES), 'readonly');
    const [tables, meta] = await Promise.all([req(tx.objectStore('tables').getAll()), req(tx.objectStore('meta').get('meta'))]);
    return meta ? { from: meta.from, to: meta.to, at: meta.at, tables } : null;
  } finally {
    db.close();
  }
}

export type CopyOutcome = 'none' | 'copied' | 'kept';

/** Before opening `name` at `target`: copy the old data when this open will upgrade it. */
export async function copyBeforeUpgrade(idb: IDBFactory, name: string, target: number, now = Date.now()): Promise<CopyOutcome> {
  const from = await versionOnDisk(idb, name);
  if (from === null || from >= target) return 'none';
  // an earlier upgrade failed after copying: that copy is the data as it was; keep it
  if ((await versionOnDisk(idb, copyNameOf(name))) !== null) return 'kept';
  await writeCopy(idb, copyNameOf(name), { from, to: target, at: now, tables: await readAll(idb, name, from) });
  return 'copied';
}

export const deletePreUpgradeCopy = (idb: IDBFactory, name: string): Promise<void> =>
  new Promise((res, rej) => {
    const r = idb.deleteDatabase(copyNameOf(name));
    r.onsuccess = () => res();
    r.onerror = () => rej(r.error);
    r.onblocked = () => res(); // deleted once the last reader closes
  });

/**
 * Makes `db.open()` (called by Dexie itself on first use) take the copy first and drop it once
 * the open succeeded. A copy that cannot be made (a full disk) does not stop the open: the
 * upgrade itself is one transaction, which IndexedDB rolls back when it fails.
 */
export function withPreUpgradeCopy<D extends Dexie>(db: D, idb: IDBFactory | undefined = globalThis.indexedDB): D {
  if (!idb) return db;
  const open = db.open.bind(db);
  let pending: Promise<D> | null = null;
  db.open = (() =>
    (pending ??= (async () => {
      const outcome = await copyBeforeUpgrade(idb, db.name, Math.round(db.verno * 10)).catch((e: unknown) => {
        console.warn('[StageLens] could not copy the data before the upgrade', e);
        return 'none' as const;
      });
      await open();
      if (outcome !== 'none') await deletePreUpgradeCopy(idb, db.name);
      return db;
    })().finally(() => {
      pending = null;
    }))) as unknown as D['open'];
  return db;
}
