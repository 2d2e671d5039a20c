/**
 * Faults injected where a browser raises them: in IndexedDB itself (fake-indexeddb), under Dexie,
 * so the store's own error paths run, not a mocked method. A write is one record stored by an
 * add/put request (bulk writes are one request per row).
 */
import { forceCloseDatabase } from 'fake-indexeddb';

type Operation = (() => unknown) & { name: string };
interface TxLike {
  db: IDBDatabase;
  _execRequestAsync(obj: { operation?: Operation; source?: unknown; request?: unknown }): unknown;
}

export interface Fault {
  /** records stored so far (the failing one not counted) */
  writes(): number;
  /** did the fault fire? */
  fired(): boolean;
  restore(): void;
}

const txProto = (): TxLike => (globalThis as unknown as { IDBTransaction: { prototype: TxLike } }).IDBTransaction.prototype;

/** Wrap every record write; `onWrite(n, tx)` runs before the n-th (1-based) and may throw. */
function onWrites(onWrite: (n: number, tx: TxLike) => boolean): Fault {
  const proto = txProto();
  const orig = proto._execRequestAsync;
  let writes = 0;
  let fired = false;
  proto._execRequestAsync = function (this: TxLike, obj) {
    const op = obj.operation;
    if (!op || !/storeRecord/.test(op.name)) return orig.call(this, obj);
    const tx = this;
    return orig.call(this, {
      ...obj,
      operation: () => {
        if (!fired && onWrite(writes + 1, tx)) fired = true;
        const r = op();
        writes++;
        return r;
      },
    });
  };
  return {
    writes: () => writes,
    fired: () => fired,
    restore: () => {
      proto._execRequestAsync = orig;
    },
  };
}

/** Storage is full from the n-th write on: that request fails with QuotaExceededError, as a
 *  browser's does when the origin's quota is reached. */
export function quotaFromWrite(n: number): Fault {
  return onWrites((k) => {
    if (k >= n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return false;
  });
}

/** The connection is force-closed (DevTools "clear storage", the browser shutting the database)
 *  right before the n-th write: every running transaction aborts. */
export function forceCloseAtWrite(n: number): Fault {
  return onWrites((k, tx) => {
    if (k !== n) return false;
    forceCloseDatabase(tx.db as never); // its .d.ts asks for the class, the code takes the connection
    return true;
  });
}

/** How many records `run` stores, with no fault. */
export async function countWrites(run: () => Promise<unknown>): Promise<number> {
  const f = onWrites(() => false);
  try {
    await run();
  } finally {
    f.restore();
  }
  return f.writes();
}
