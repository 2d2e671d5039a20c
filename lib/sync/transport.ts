/**
 * The team folder on a WebDAV server, through the `webdav` client (perry-mitchell/webdav-client,
 * its browser build: fetch only, so it runs in an MV3 service worker without XMLHttpRequest).
 * Layout under the folder:
 *
 *   stagelens/devices/<device>.json   one small index per device (lib/sync/index-file.ts)
 *   stagelens/bundles/<sha256>.slb    append-only bundles, named by the hash of their bytes
 *
 * A 429 or 503 is tried again after Retry-After or a doubling wait (SYNC_LIMITS.busy*); every
 * other failure becomes a SyncError at once.
 */
import { createClient, type FileStat, type WebDAVClient } from 'webdav/web';
import { SyncError, classify } from './errors';
import { SYNC_LIMITS } from './limits';

export const ROOT = '/stagelens';
export const DEVICES = `${ROOT}/devices`;
export const BUNDLES = `${ROOT}/bundles`;

export interface RemoteFile {
  name: string;
  etag: string | null;
  size: number;
}

/** What the sync needs from the server: five requests, nothing else. */
export interface Remote {
  /** files of a folder; a missing folder is empty */
  list(dir: string): Promise<RemoteFile[]>;
  get(path: string): Promise<Uint8Array>;
  put(path: string, bytes: Uint8Array): Promise<void>;
  /** make the folders (once, on first use) */
  ensure(): Promise<void>;
  /** can we read the folder with these credentials? */
  test(): Promise<void>;
}

export interface Credentials {
  url: string;
  username: string;
  password: string;
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function retryAfterMs(e: unknown): number | null {
  const v = (e as { response?: Response })?.response?.headers?.get?.('retry-after');
  if (!v) return null;
  const s = Number(v);
  if (Number.isFinite(s)) return s * 1000;
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, t - Date.now()) : null;
}

/** Runs a request, waiting and trying again while the server says 429 / 503. */
export async function withBusyRetry<T>(what: string, run: () => Promise<T>, sleep: (ms: number) => Promise<void> = sleepMs): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await run();
    } catch (e) {
      const err = classify(e, what);
      if (err.kind !== 'busy' || i + 1 >= SYNC_LIMITS.busyTries) throw err;
      const wait = retryAfterMs(e) ?? SYNC_LIMITS.busyBackoffMs * 2 ** i;
      if (wait > SYNC_LIMITS.busyMaxWaitMs) throw err;
      await sleep(wait);
    }
  }
}

export function webdavRemote(c: Credentials, opts: { sleep?: (ms: number) => Promise<void> } = {}): Remote {
  const client: WebDAVClient = createClient(c.url, { username: c.username, password: c.password });
  const run = <T>(what: string, f: () => Promise<T>) => withBusyRetry(what, f, opts.sleep);
  return {
    async list(dir) {
      try {
        const items = (await run(`list ${dir}`, () => client.getDirectoryContents(dir))) as FileStat[];
        return items.filter((f) => f.type === 'file').map((f) => ({ name: f.basename, etag: f.etag, size: f.size }));
      } catch (e) {
        if (e instanceof SyncError && e.status === 404) return [];
        throw e;
      }
    },
    async get(path) {
      const data = await run(`read ${path}`, () => client.getFileContents(path, { format: 'binary' }));
      return new Uint8Array(data as ArrayBuffer);
    },
    async put(path, bytes) {
      const ok = await run(`write ${path}`, () => client.putFileContents(path, bytes.slice().buffer as ArrayBuffer, { overwrite: true }));
      if (!ok) throw new SyncError('server', `the server did not store ${path}`);
    },
    async ensure() {
      for (const dir of [ROOT, DEVICES, BUNDLES]) {
        if (!(await run(`check ${dir}`, () => client.exists(dir)))) await run(`make ${dir}`, () => client.createDirectory(dir));
      }
    },
    async test() {
      await run('open the team folder', () => client.getDirectoryContents('/'));
    },
  };
}
