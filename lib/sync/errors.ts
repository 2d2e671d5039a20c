/**
 * A failed sync, said plainly. Every failure of a request is one of these kinds, each with a
 * message for the panel; nothing is lost on any of them (a push is committed here only after
 * the server stored it, a pull only after every byte was read and checked), and the next sync
 * resumes where this one stopped.
 */
import type { SyncErrorKind } from '../store/sync-state';

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const BY_STATUS: Record<number, SyncErrorKind> = {
  401: 'auth',
  403: 'forbidden',
  404: 'notFound',
  405: 'notFound',
  409: 'notFound',
  429: 'busy',
  503: 'busy',
  507: 'quota',
};

const SAY: Record<SyncErrorKind, string> = {
  offline: 'offline: no network',
  cut: 'the connection to the server was cut',
  auth: 'the server refused the user name or app password (401)',
  forbidden: 'the server does not allow this account to write there (403)',
  notFound: 'the team folder was not found on the server',
  quota: 'the server storage is full (507)',
  busy: 'the server is busy or rate-limiting (429/503); try again later',
  server: 'the server failed',
  passphrase: 'wrong team passphrase',
  'bad-file': 'a file in the team folder is damaged',
  store: 'writing to this browser’s storage failed',
  permission: 'StageLens has no access to this server: set the team folder up again to allow it',
  other: 'sync failed',
};

/** A request's failure as a SyncError (a status from the webdav client, or fetch's TypeError). */
export function classify(e: unknown, what: string, online: boolean = globalThis.navigator?.onLine ?? true): SyncError {
  if (e instanceof SyncError) return e;
  const status = (e as { status?: unknown })?.status;
  if (typeof status === 'number') {
    const kind = BY_STATUS[status] ?? 'server';
    return new SyncError(kind, `${SAY[kind]} — ${what}: HTTP ${status}`, status, { cause: e });
  }
  const kind: SyncErrorKind = online ? 'cut' : 'offline';
  return new SyncError(kind, `${SAY[kind]} — ${what}: ${(e as Error)?.message ?? String(e)}`, undefined, { cause: e });
}
