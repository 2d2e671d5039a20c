/**
 * One sync: pull every other device's new bundles, merge them (one transaction), then push what
 * is new here. The stages, each its own module:
 *
 *   list devices → read indexes → read bundles → open (seal.ts) → decode + validate (bundle.ts)
 *     → applyPulled (apply.ts: union + last-writer-wins, one transaction)
 *   exportBackup → planPush (plan.ts) → encodeBundle → seal → PUT bundles → PUT own index
 *     → commit (known hashes, own index, last push)
 *
 * Nothing is committed here before the server has it, nothing read is applied before all of it
 * was read and checked; a failure leaves both sides as they were or fully merged, and the next
 * sync resumes from the cursors. A wrong passphrase stops the sync before anything is written.
 */
import { exportBackup } from '../store/backup';
import type { StageLensDB } from '../store/db';
import { storeWrite } from '../store/errors';
import { decodeBundle, DeviceIdSchema, type Bundle } from './bundle';
import { SyncError, classify } from './errors';
import { INDEX_FORMAT, indexName, parseIndex, type DeviceIndex } from './index-file';
import { SYNC_LIMITS } from './limits';
import { applyPulled, type Pulled } from '../store/sync-apply';
import { planPush } from './plan';
import { encodeBundle } from './bundle';
import { deriveKeys, open, seal, sha256Hex, type Keys } from './seal';
import {
  SYNC_KEYS,
  fromB64,
  readEdited,
  readKnown,
  readOrigins,
  readState,
  recordPush,
  writeState,
  type SyncConfig,
  type SyncState,
} from '../store/sync-state';
import { BUNDLES, DEVICES, type Remote } from './transport';

export interface SyncResult {
  ok: boolean;
  pulled: { bundles: number; rows: number; added: number };
  pushed: { bundles: number; rows: number };
  conflicts: number;
  /** devices whose files could not be read this time (the rest were merged) */
  skipped: Array<{ device: string; error: string }>;
  error?: { kind: SyncError['kind']; message: string };
}

export interface Progress {
  phase: 'pull' | 'push';
  done: number;
  total: number;
}

export interface SyncDeps {
  db: StageLensDB;
  remote: Remote;
  config: SyncConfig;
  now?: () => number;
  onProgress?: (p: Progress) => void;
}

const b64 = (b: Uint8Array): string => btoa(String.fromCharCode(...b));
const enc = (s: string) => new TextEncoder().encode(s);

function keyCache(passphrase: string | null) {
  const cache = new Map<string, Promise<Keys>>();
  if (passphrase === null) return null;
  return (salt: Uint8Array, iterations: number): Promise<Keys> => {
    const k = `${b64(salt)}|${iterations}`;
    let p = cache.get(k);
    if (!p) cache.set(k, (p = deriveKeys(passphrase, salt, iterations)));
    return p;
  };
}

/** An index's device name: in clear, or sealed in `check` (which also tests the passphrase). */
async function nameOf(index: DeviceIndex, keysFor: ReturnType<typeof keyCache>): Promise<{ name: string | null; passphraseOk: boolean | null }> {
  if (index.check === null) return { name: index.name, passphraseOk: null };
  const opened = await open(fromB64(index.check), keysFor);
  if (!opened.ok) return { name: null, passphraseOk: opened.reason === 'needs-passphrase' ? null : false };
  try {
    const { name } = JSON.parse(new TextDecoder().decode(opened.plain)) as { name?: unknown };
    return { name: typeof name === 'string' ? name.slice(0, 60) : null, passphraseOk: true };
  } catch {
    return { name: null, passphraseOk: false };
  }
}

async function readBundle(remote: Remote, name: string, keysFor: ReturnType<typeof keyCache>): Promise<Bundle> {
  const bytes = await remote.get(`${BUNDLES}/${name}`);
  if (bytes.length > SYNC_LIMITS.bundleBytes) throw new SyncError('bad-file', `bundle ${name} is ${bytes.length} bytes (limit ${SYNC_LIMITS.bundleBytes})`);
  if (`${await sha256Hex(bytes)}.slb` !== name) throw new SyncError('bad-file', `bundle ${name} does not match its name (cut short or changed)`);
  const opened = await open(bytes, keysFor);
  if (!opened.ok) throw new SyncError(opened.reason === 'needs-passphrase' ? 'passphrase' : 'bad-file', `bundle ${name}: ${opened.error}`);
  const d = decodeBundle(opened.plain);
  if (!d.ok) throw new SyncError('bad-file', `bundle ${name}: ${d.error}`);
  return d.bundle;
}

export async function runSync({ db, remote, config, now = Date.now, onProgress }: SyncDeps): Promise<SyncResult> {
  const result: SyncResult = { ok: false, pulled: { bundles: 0, rows: 0, added: 0 }, pushed: { bundles: 0, rows: 0 }, conflicts: 0, skipped: [] };
  let state = await readState(db);
  const keysFor = keyCache(config.passphrase);
  const fail = async (e: unknown, what: string): Promise<SyncResult> => {
    const err = e instanceof SyncError ? e : (e as Error)?.name === 'StoreError' ? new SyncError('store', (e as Error).message) : classify(e, what);
    result.error = { kind: err.kind, message: err.message };
    const s = await readState(db);
    await storeWrite('sync', () => writeState(db, { ...s, lastError: { at: now(), kind: err.kind, message: err.message.slice(0, 2000) } }));
    return result;
  };
  try {
    await storeWrite('sync', () => writeState(db, state)); // the device id, made once
    // ---- pull
    const files = await remote.list(DEVICES);
    if (state.own === null && files.length === 0) await remote.ensure();
    const peers: SyncState['peers'] = [];
    const pulled: Pulled[] = [];
    const plans: Array<{ device: string; index: DeviceIndex; from: number; etag: string | null }> = [];
    for (const f of files) {
      const id = f.name.replace(/\.json$/, '');
      if (!f.name.endsWith('.json') || id === state.device || !DeviceIdSchema.safeParse(id).success) continue;
      // an index the server says is unchanged since we read it: nothing new from that device
      const seen = state.cursors[id];
      const known = state.peers.find((p) => p.id === id);
      if (f.etag && seen?.etag === f.etag && known) {
        peers.push(known);
        continue;
      }
      const parsed = parseIndex(await remote.get(`${DEVICES}/${f.name}`), id);
      if (!parsed.ok) {
        result.skipped.push({ device: id, error: parsed.error });
        continue;
      }
      const index = parsed.index;
      const { name, passphraseOk } = await nameOf(index, keysFor);
      if (passphraseOk === false) throw new SyncError('passphrase', `wrong team passphrase: device ${id} encrypts with another one; nothing was changed`);
      peers.push({ id, name, updatedAt: index.updatedAt, bundles: index.bundles.length, sealed: index.check !== null });
      const cur = state.cursors[id];
      const from = cur && cur.count <= index.bundles.length && index.bundles[cur.count - 1] === cur.last ? cur.count : 0;
      if (from < index.bundles.length) plans.push({ device: id, index, from, etag: f.etag });
      else pulled.push({ device: id, bundles: [], cursor: { count: index.bundles.length, last: index.bundles[index.bundles.length - 1] ?? '', etag: f.etag } });
    }
    const total = plans.reduce((n, p) => n + p.index.bundles.length - p.from, 0);
    let done = 0;
    onProgress?.({ phase: 'pull', done, total });
    for (const p of plans) {
      const bundles: Bundle[] = [];
      try {
        for (const name of p.index.bundles.slice(p.from)) {
          const b = await readBundle(remote, name, keysFor);
          if (b.device !== p.device) throw new SyncError('bad-file', `bundle ${name} says device ${b.device}, listed by ${p.device}`);
          bundles.push(b);
          onProgress?.({ phase: 'pull', done: ++done, total });
        }
      } catch (e) {
        const err = classify(e, `read device ${p.device}`);
        if (err.kind === 'passphrase') throw err;
        if (err.kind !== 'bad-file') throw err; // a request failed: stop, nothing applied, next sync resumes
        result.skipped.push({ device: p.device, error: err.message });
        continue;
      }
      const last = p.index.bundles[p.index.bundles.length - 1]!;
      pulled.push({ device: p.device, bundles, cursor: { count: p.index.bundles.length, last, etag: p.etag } });
    }
    // a device skipped for a damaged file stays visible in the card until a sync reads it whole
    const skippedError = result.skipped.length
      ? {
          at: now(),
          kind: 'bad-file' as const,
          message: result.skipped
            .map((x) => `${x.device}: ${x.error}`)
            .join('; ')
            .slice(0, 2000),
        }
      : null;
    const applied = await applyPulled(db, pulled, (s) => ({ ...s, peers, lastError: skippedError }), now());
    result.pulled = { bundles: applied.bundles, rows: applied.rows, added: applied.added };
    result.conflicts = applied.conflicts.length;
    state = await readState(db);

    // ---- push
    const plan = planPush({
      backup: await exportBackup(db, now()),
      known: await readKnown(db),
      origins: await readOrigins(db),
      edited: await readEdited(db),
      device: state.device,
    });
    if (plan.parts.length || state.own === null) {
      const ownKeys = keysFor ? await keysFor(fromB64(state.salt), SYNC_LIMITS.pbkdf2Iterations) : null;
      const names: string[] = [];
      onProgress?.({ phase: 'push', done: 0, total: plan.parts.length });
      for (const part of plan.parts) {
        const bytes = await seal(encodeBundle(part, state.device), ownKeys);
        const name = `${await sha256Hex(bytes)}.slb`;
        await remote.put(`${BUNDLES}/${name}`, bytes);
        names.push(name);
        onProgress?.({ phase: 'push', done: names.length, total: plan.parts.length });
      }
      const own = [...(state.own ?? []), ...names];
      const index: DeviceIndex = {
        format: INDEX_FORMAT,
        version: 1,
        device: state.device,
        updatedAt: now(),
        name: ownKeys ? null : config.deviceName,
        check: ownKeys ? b64(await seal(enc(JSON.stringify({ name: config.deviceName })), ownKeys)) : null,
        bundles: own,
      };
      await remote.put(`${DEVICES}/${indexName(state.device)}`, enc(JSON.stringify(index)));
      // the server has it all: now, and only now, it counts as pushed here
      await recordPush(db, { own, lastPush: { at: now(), bundles: names.length, rows: plan.count } }, plan.known);
      result.pushed = { bundles: names.length, rows: plan.count };
    }
    result.ok = true;
    return result;
  } catch (e) {
    return fail(e, 'sync');
  }
}
