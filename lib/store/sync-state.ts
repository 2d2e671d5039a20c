/**
 * The team folder's configuration and this device's sync state, kept as rows of the `settings`
 * table under `sync:` keys (not settings: a JSON backup leaves them out, lib/store/backup.ts
 * exports only known setting keys). Every row is validated when read; one that does not pass
 * reads as absent. The side panel reads them live (liveQuery) to show the card.
 */
import { z } from 'zod';
import type { StageLensDB } from './db';
import { storeWrite } from './errors';
import { EDITED_KEY } from './settings';
import { DeviceIdSchema, StampSchema } from '../sync/bundle';
import { SYNC_LIMITS } from '../sync/limits';
import type { Origins } from '../sync/stamps';
import { LWW_TABLES } from '../sync/tables';

export const SYNC_KEYS = {
  config: 'sync:config',
  state: 'sync:state',
  /** row hashes pushed from or received here (lib/sync/plan.ts) */
  known: 'sync:known',
  /** table|key → stamp of a last-writer-wins row a pull wrote */
  origins: 'sync:origins',
  /** setting key → time of its last edit here (written by lib/store/settings.ts) */
  edited: EDITED_KEY,
  /** while a sync runs: { phase, done, total } (its own row: written beside the state, never over it) */
  progress: 'sync:progress',
} as const;

const ms = z.number().int().min(0).max(8.64e15);

export const ConfigSchema = z.strictObject({
  /** the team folder's URL, http(s); StageLens writes under `<url>/stagelens/` */
  url: z
    .string()
    .max(2000)
    .refine((u) => {
      try {
        const p = new URL(u);
        return (p.protocol === 'https:' || p.protocol === 'http:') && !p.username && !p.password && !p.hash;
      } catch {
        return false;
      }
    }, 'expected an http(s) URL without a user name or fragment'),
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(500),
  /** the team passphrase; null = files are not encrypted */
  passphrase: z.string().min(8).max(500).nullable(),
  /** how teammates see this browser in the device list */
  deviceName: z.string().min(1).max(60),
  /** sync every N minutes (chrome.alarms); null = only when asked */
  scheduleMinutes: z.literal(SYNC_LIMITS.scheduleMinutes).nullable(),
});
export type SyncConfig = z.output<typeof ConfigSchema>;

export const ConflictSchema = z.strictObject({
  table: z.enum(LWW_TABLES),
  key: z.string().max(600),
  kept: z.enum(['theirs', 'ours']),
  theirs: StampSchema,
  ours: StampSchema,
  resolvedAt: ms,
});
export type Conflict = z.output<typeof ConflictSchema>;

export const ErrorKindSchema = z.enum([
  'offline',
  'cut',
  'auth',
  'forbidden',
  'notFound',
  'quota',
  'busy',
  'server',
  'passphrase',
  'bad-file',
  'store',
  'permission',
  'other',
]);
export type SyncErrorKind = z.output<typeof ErrorKindSchema>;

const CountsSchema = z.strictObject({ at: ms, bundles: z.number().int().min(0), rows: z.number().int().min(0) });

export const StateSchema = z.strictObject({
  device: DeviceIdSchema,
  /** per other device: how many of its bundles were applied, the last one's name, and its index's
   *  ETag when read (an unchanged index is not read again) */
  cursors: z.record(
    DeviceIdSchema,
    z.strictObject({ count: z.number().int().min(0), last: z.string().max(200), etag: z.string().max(200).nullable().optional() }),
  ),
  /** the bundles this device wrote, in order (its index file) */
  own: z.array(z.string().max(200)).nullable(),
  /** the salt this device seals with (base64) */
  salt: z.string().max(64),
  lastPush: CountsSchema.nullable(),
  lastPull: CountsSchema.nullable(),
  lastError: z.strictObject({ at: ms, kind: ErrorKindSchema, message: z.string().max(2000), device: z.string().max(60).optional() }).nullable(),
  /** the devices seen in the folder */
  peers: z.array(
    z.strictObject({ id: DeviceIdSchema, name: z.string().max(60).nullable(), updatedAt: ms, bundles: z.number().int().min(0), sealed: z.boolean() }),
  ),
  conflicts: z.array(ConflictSchema).max(SYNC_LIMITS.conflictsKept),
});
export type SyncState = z.output<typeof StateSchema>;

const b64 = (b: Uint8Array): string => btoa(String.fromCharCode(...b));
export const fromB64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export function newState(random: () => Uint8Array = () => globalThis.crypto.getRandomValues(new Uint8Array(16))): SyncState {
  const device = [...random()]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
  return { device, cursors: {}, own: null, salt: b64(random()), lastPush: null, lastPull: null, lastError: null, peers: [], conflicts: [] };
}

async function readRow<T>(db: StageLensDB, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const row = await db.settings.get(key);
  if (!row) return null;
  const r = schema.safeParse(row.value);
  return r.success ? r.data : null;
}

export const readConfig = (db: StageLensDB) => readRow(db, SYNC_KEYS.config, ConfigSchema);

/** The state, made (with a new device id) the first time. */
export async function readState(db: StageLensDB): Promise<SyncState> {
  return (await readRow(db, SYNC_KEYS.state, StateSchema)) ?? newState();
}

export const readOrigins = async (db: StageLensDB): Promise<Origins> => (await readRow(db, SYNC_KEYS.origins, z.record(z.string(), StampSchema))) ?? {};
export const readEdited = async (db: StageLensDB): Promise<Record<string, number>> => (await readRow(db, SYNC_KEYS.edited, z.record(z.string(), ms))) ?? {};
export const readKnown = async (db: StageLensDB): Promise<Set<string>> => new Set((await readRow(db, SYNC_KEYS.known, z.array(z.string()))) ?? []);

/** Validates and writes the configuration (throws a ZodError on a bad one). */
export async function writeConfig(db: StageLensDB, config: SyncConfig): Promise<void> {
  await db.settings.put({ key: SYNC_KEYS.config, value: ConfigSchema.parse(config) });
}

export async function writeState(db: StageLensDB, state: SyncState): Promise<void> {
  await db.settings.put({ key: SYNC_KEYS.state, value: StateSchema.parse(state) });
}

/** A sync's progress, for the panel's bar; the write may fail quietly (the sync itself goes on). */
export const writeProgress = (db: StageLensDB, p: unknown): Promise<unknown> => db.settings.put({ key: SYNC_KEYS.progress, value: p }).catch(() => undefined);
export const clearProgress = (db: StageLensDB): Promise<unknown> => db.settings.delete(SYNC_KEYS.progress).catch(() => undefined);

/** After a push the server holds it all: the state's own bundles and last push, and the hashes now known, in one write. */
export function recordPush(db: StageLensDB, patch: Pick<SyncState, 'own' | 'lastPush'>, known: readonly string[]): Promise<unknown> {
  return storeWrite('sync', () =>
    db.transaction('rw', db.settings, async () => {
      const s = await readState(db);
      await writeState(db, { ...s, ...patch });
      await db.settings.put({ key: SYNC_KEYS.known, value: known });
    }),
  );
}

/** The config, state and progress rows as stored, not validated: what the panel's card shows (the background validates before use). */
export async function storedSync(db: StageLensDB): Promise<{ config: unknown; state: unknown; progress: unknown }> {
  const [c, s, p] = await db.settings.bulkGet([SYNC_KEYS.config, SYNC_KEYS.state, SYNC_KEYS.progress]);
  return { config: c?.value ?? null, state: s?.value ?? null, progress: p?.value ?? null };
}

/** Forget the team folder here (the server and the history are untouched). */
export async function clearSync(db: StageLensDB): Promise<void> {
  await db.settings.bulkDelete(Object.values(SYNC_KEYS));
}
