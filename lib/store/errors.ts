/**
 * A failed write, classified so the UI can say what happened ("storage is full"). Store writers
 * rethrow every failure as a StoreError; nothing is caught and dropped.
 */
export type StoreErrorKind = 'quota' | 'closed' | 'version' | 'constraint' | 'aborted' | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    /** what was being written: 'ingest', 'import', 'settings' … */
    readonly op: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** The error names along an error's chain: Dexie wraps the DOMException as `inner`, and a bulk
 *  write (bulkAdd/bulkPut, as import does) reports its requests' errors as `failures`. */
function namesOf(e: unknown): string[] {
  const names: string[] = [];
  const queue: Array<{ v: unknown; depth: number }> = [{ v: e, depth: 0 }];
  for (let seen = 0; queue.length && seen < 50; seen++) {
    const { v: cur, depth } = queue.shift()!;
    if (!cur || typeof cur !== 'object' || depth > 5) continue;
    const o = cur as { name?: unknown; inner?: unknown; cause?: unknown; code?: unknown; failures?: unknown };
    if (typeof o.name === 'string') names.push(o.name);
    if (o.code === 22 && typeof DOMException !== 'undefined' && cur instanceof DOMException) names.push('QuotaExceededError');
    const next = o.inner ?? o.cause;
    if (next) queue.push({ v: next, depth: depth + 1 });
    if (Array.isArray(o.failures)) for (const f of o.failures.slice(0, 10)) queue.push({ v: f, depth: depth + 1 });
  }
  return names;
}

export function classifyStoreError(e: unknown): StoreErrorKind {
  if (e instanceof StoreError) return e.kind;
  const names = namesOf(e);
  if (names.some((n) => QUOTA_NAMES.has(n))) return 'quota';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'OpenFailedError')) return 'closed';
  if (names.some((n) => n === 'VersionError' || n === 'UpgradeError')) return 'version';
  if (names.some((n) => n === 'ConstraintError')) return 'constraint';
  // PrematureCommitError: the transaction ended (aborted under us) before the write finished
  if (names.some((n) => n === 'AbortError' || n === 'TransactionInactiveError' || n === 'PrematureCommitError')) return 'aborted';
  return 'unknown';
}

export function toStoreError(e: unknown, op: string): StoreError {
  if (e instanceof StoreError) return e;
  const kind = classifyStoreError(e);
  const detail = e instanceof Error ? e.message : String(e);
  return new StoreError(kind, op, `${op} failed (${kind}): ${detail}`, { cause: e });
}

/** Run a write; a failure comes back as a StoreError (and still rejects). */
export async function storeWrite<T>(op: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw toStoreError(e, op);
  }
}
