/**
 * Bundled (esbuild, IIFE, Dexie included) into a plain https page: the store as the extension
 * uses it (lib/store/db.ts StageLensDB + lib/store/queries.ts) against hand-written raw
 * IndexedDB on the same rows, the same object stores and the same indexes.
 */
import { Dexie } from 'dexie';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { latestCaptureForPageKey, metricHistory, sessionsForShop } from '../../lib/store/queries';
import type { MetricId } from '../../lib/metrics/catalog';
import type { CaptureRow } from '../../lib/store/rows';
import { BENCH_METRICS, captureRows, pageKeyOfUrl, pageUrlOf, sessionKeyOf, sessionRows, shopIdOfIndex, valueRows, type DataShape } from '../gen/data';

/** lib/store/db.ts's schema, v1 + v2, as raw IndexedDB stores: [name, keyPath, autoIncrement, indexes]. */
const RAW_SCHEMA: Array<[string, string, boolean, string[]]> = [
  ['shops', 'id', false, ['lastSeen']],
  ['sessions', 'id', false, ['[shopId+t]', 'lastSeen']],
  ['captures', 'id', true, ['shopId', 'sessionId', 'capturedAt', '[pageKey+capturedAt]', '[urlKey+capturedAt]', '[stream+capturedAt]']],
  ['points', 'id', true, ['t', '[sessionId+metric+t]']],
  ['checklist', 'id', false, ['shopId']],
  ['settings', 'key', false, []],
  ['labelMaps', 'id', false, ['platform']],
  ['values', 'id', false, ['sessionId', '[shopId+metric+t]']],
];
const keyPathOf = (name: string): string | string[] => (name.startsWith('[') ? name.slice(1, -1).split('+') : name);

const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((res, rej) => {
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((res, rej) => {
    tx.oncomplete = () => res();
    tx.onerror = () => rej(tx.error);
    tx.onabort = () => rej(tx.error);
  });

async function deleteDb(name: string): Promise<void> {
  await new Promise<void>((res, rej) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = () => res();
    r.onerror = () => rej(r.error);
    r.onblocked = () => res();
  });
}

function openRaw(name: string): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const db = r.result;
      for (const [store, keyPath, autoIncrement, indexes] of RAW_SCHEMA) {
        const os = db.createObjectStore(store, { keyPath, autoIncrement });
        for (const ix of indexes) os.createIndex(ix, keyPathOf(ix));
      }
    };
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

/** Both databases' stores and indexes, to check they are the same. */
function describeDb(db: IDBDatabase): string {
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores, 'readonly');
  return stores
    .map((s) => {
      const os = tx.objectStore(s);
      const ix = [...os.indexNames].sort().map((n) => `${n}=${JSON.stringify(os.index(n).keyPath)}${os.index(n).unique ? '!' : ''}`);
      return `${s}(${JSON.stringify(os.keyPath)}${os.autoIncrement ? '++' : ''}: ${ix.join(',')})`;
    })
    .join(' ');
}

let dexie: StageLensDB | null = null;
let raw: IDBDatabase | null = null;
const DEXIE_NAME = 'bench-dexie',
  RAW_NAME = 'bench-raw';

/** Fresh, empty databases for both sides. */
async function reset(): Promise<void> {
  dexie?.close();
  dexie = null;
  raw?.close();
  raw = null;
  await deleteDb(DEXIE_NAME);
  await deleteDb(RAW_NAME);
  dexie = openDb(DEXIE_NAME);
  await dexie.open();
  raw = await openRaw(RAW_NAME);
}

let pending: Record<'dexie' | 'raw', Array<Omit<CaptureRow, 'id'>>> = { dexie: [], raw: [] };

/** Generate the rows (untimed); each side gets its own copy, in case a library writes ids into them. */
function prepare(shape: DataShape): number {
  pending = { dexie: captureRows(shape), raw: captureRows(shape) };
  return pending.dexie.length;
}

/** One timed bulk insert (one transaction) of rows [from, to) of the prepared rows. */
async function insert(which: 'dexie' | 'raw', from: number, to: number): Promise<number> {
  const rows = pending[which].slice(from, to);
  const t0 = performance.now();
  if (which === 'dexie') {
    await dexie!.captures.bulkAdd(rows as never);
  } else {
    const tx = raw!.transaction('captures', 'readwrite');
    const os = tx.objectStore('captures');
    for (const row of rows) os.add(row);
    await done(tx);
  }
  return performance.now() - t0;
}

/** Open both (after the last inserts) and add the same sessions and values to each. */
async function seedRest(
  shape: DataShape,
): Promise<{ sessions: number; values: number; sameSchema: boolean; dexieSchema: string; rawSchema: string; counts: number[] }> {
  dexie ??= openDb(DEXIE_NAME);
  await dexie.open();
  raw ??= await openRaw(RAW_NAME);
  const sessions = sessionRows(shape);
  const values = valueRows(sessions);
  await dexie.transaction('rw', [dexie.sessions, dexie.values], async () => {
    await dexie!.sessions.bulkPut(sessions);
    await dexie!.values.bulkPut(values);
  });
  const tx = raw.transaction(['sessions', 'values'], 'readwrite');
  for (const s of sessions) tx.objectStore('sessions').put(s);
  for (const v of values) tx.objectStore('values').put(v);
  await done(tx);
  const dexieSchema = describeDb(dexie.backendDB()),
    rawSchema = describeDb(raw);
  const counts = [await dexie.captures.count(), await req(raw.transaction('captures').objectStore('captures').count())];
  return { sessions: sessions.length, values: values.length, sameSchema: dexieSchema === rawSchema, dexieSchema, rawSchema, counts };
}

// --- raw queries, written as one would by hand with IndexedDB 3 (what Chromium has) ---
type GetAllOptions = { query: IDBKeyRange; count?: number; direction?: IDBCursorDirection };
const getAll = (src: IDBIndex, o: GetAllOptions): IDBRequest<unknown[]> => (src.getAll as unknown as (o: GetAllOptions) => IDBRequest<unknown[]>)(o);

async function rawLatest(pageKey: string): Promise<unknown> {
  const ix = raw!.transaction('captures', 'readonly').objectStore('captures').index('[pageKey+capturedAt]');
  const rows = await req(getAll(ix, { query: IDBKeyRange.bound([pageKey, -Infinity], [pageKey, []]), count: 1, direction: 'prev' }));
  return rows[0];
}
async function rawSessions(shopId: string): Promise<unknown[]> {
  const ix = raw!.transaction('sessions', 'readonly').objectStore('sessions').index('[shopId+t]');
  return req(getAll(ix, { query: IDBKeyRange.bound([shopId, -Infinity], [shopId, Infinity]), direction: 'prev' }));
}
async function rawHistory(shopId: string, metric: string): Promise<unknown[]> {
  const ix = raw!.transaction('values', 'readonly').objectStore('values').index('[shopId+metric+t]');
  const rows = (await req(getAll(ix, { query: IDBKeyRange.bound([shopId, metric, -Infinity], [shopId, metric, []]) }))) as Array<{
    sessionId: string;
    t: number;
    value: number | null;
    unit: string;
    source: string;
  }>;
  return rows.map(({ sessionId, t, value, unit, source }) => ({ sessionId, t, value, unit, source }));
}

/** sessionsPlain: the same range read by Dexie without sessionsForShop's .filter(), to show what the filter costs. */
type Q = 'latest' | 'sessions' | 'sessionsPlain' | 'history';

/** Interleaved timing of one query, Dexie (lib/store/queries.ts) and raw, rotating the keys. */
async function query(
  q: Q,
  shape: DataShape,
  samples: number,
  reps: number,
): Promise<{ dexieMs: number[]; rawMs: number[]; dexieRows: number; rawRows: number }> {
  const shops = shape.shops ?? 5,
    per = shape.sessionsPerShop ?? 200;
  const arg = (i: number) => {
    const s = i % shops,
      k = (i * 37) % per;
    return { shopId: shopIdOfIndex(s), pageKey: pageKeyOfUrl(pageUrlOf(sessionKeyOf(s, k))), metric: BENCH_METRICS[i % BENCH_METRICS.length]![0] as MetricId };
  };
  const runDexie = async (i: number): Promise<number> => {
    const a = arg(i);
    if (q === 'latest') return (await latestCaptureForPageKey(dexie!, a.pageKey)) ? 1 : 0;
    if (q === 'sessions') return (await sessionsForShop(dexie!, a.shopId)).length;
    if (q === 'sessionsPlain')
      return (await dexie!.sessions.where('[shopId+t]').between([a.shopId, -Infinity], [a.shopId, Infinity], true, true).reverse().toArray()).length;
    return (await metricHistory(dexie!, a.shopId, a.metric)).length;
  };
  const runRaw = async (i: number): Promise<number> => {
    const a = arg(i);
    if (q === 'latest') return (await rawLatest(a.pageKey)) ? 1 : 0;
    if (q === 'sessions' || q === 'sessionsPlain') return (await rawSessions(a.shopId)).length;
    return (await rawHistory(a.shopId, a.metric)).length;
  };
  const time = async (fn: (i: number) => Promise<number>, i: number): Promise<number> => {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) await fn(i * reps + r);
    return (performance.now() - t0) / reps;
  };
  for (let i = 0; i < 5; i++) {
    await runDexie(i);
    await runRaw(i);
  }
  const dexieMs: number[] = [],
    rawMs: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2) {
      dexieMs.push(await time(runDexie, i));
      rawMs.push(await time(runRaw, i));
    } else {
      rawMs.push(await time(runRaw, i));
      dexieMs.push(await time(runDexie, i));
    }
  }
  return { dexieMs, rawMs, dexieRows: await runDexie(1), rawRows: await runRaw(1) };
}

async function cleanup(): Promise<void> {
  dexie?.close();
  dexie = null;
  raw?.close();
  raw = null;
  await deleteDb(DEXIE_NAME);
  await deleteDb(RAW_NAME);
}

(globalThis as { __slStoreBench?: unknown }).__slStoreBench = { reset, prepare, insert, seedRest, query, cleanup, Dexie };
