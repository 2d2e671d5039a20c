/**
 * A bundle: the rows of one push as a partial JSON backup (the same rows, the same schema) plus
 * the stamps of its last-writer-wins rows, gzipped. Decoding validates exactly as a JSON import
 * does (parseBackup: size, nesting, hostile keys, zod, impossible values), plus the envelope.
 */
import { gunzipSync, gzipSync } from 'fflate';
import { z } from 'zod';
import { parseBackup } from '../export/backup';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupV1 } from '../export/backup-schema';
import { describeZodError } from '../capture/schema';
import { SYNC_LIMITS } from './limits';
import type { Part, Stamps } from './plan';
import { LWW_TABLES, SYNC_TABLES, lwwKey } from './tables';

export const BUNDLE_FORMAT = 'stagelens-sync-bundle';
export const BUNDLE_VERSION = 1;

/** a device id: random, made once per browser profile (lib/store/sync-state.ts) */
export const DeviceIdSchema = z.string().regex(/^[a-z0-9]{8,40}$/, 'expected a device id');
const ms = z.number().int().min(0).max(8.64e15);
export const StampSchema = z.strictObject({ at: ms, device: DeviceIdSchema });

const EnvelopeSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  device: DeviceIdSchema,
  backup: z.unknown(),
  stamps: z.partialRecord(z.enum(LWW_TABLES), z.record(z.string().max(600), StampSchema)),
});

export interface Bundle {
  device: string;
  backup: BackupV1;
  stamps: Stamps;
}

function asBackup(part: Part): BackupV1 {
  const b = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '' } as Record<string, unknown>;
  for (const t of SYNC_TABLES) b[t] = part.rows[t] ?? [];
  return b as unknown as BackupV1;
}

/** JSON, gzipped. Deterministic: the same part from the same device gives the same bytes. */
export function encodeBundle(part: Part, device: string): Uint8Array {
  const doc = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, device, backup: asBackup(part), stamps: part.stamps };
  return gzipSync(new TextEncoder().encode(JSON.stringify(doc)), { level: 6, mtime: 0 });
}

export type Decoded = { ok: true; bundle: Bundle } | { ok: false; error: string };

/** gzip's trailer holds the unpacked size (mod 2^32): checked before unpacking */
function unpackedSize(gz: Uint8Array): number {
  const n = gz.length;
  return n < 18 ? -1 : (gz[n - 4]! | (gz[n - 3]! << 8) | (gz[n - 2]! << 16) | (gz[n - 1]! << 24)) >>> 0;
}

export function decodeBundle(gz: Uint8Array): Decoded {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b) return { ok: false, error: 'not a gzip file (truncated or corrupt?)' };
  const size = unpackedSize(gz);
  if (size > SYNC_LIMITS.bundleUnpacked) return { ok: false, error: `bundle unpacks to ${size} bytes (limit ${SYNC_LIMITS.bundleUnpacked})` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(gz));
  } catch (e) {
    return { ok: false, error: `bundle does not unpack (truncated or corrupt?): ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `bundle is not valid JSON: ${(e as Error).message}` };
  }
  const env = EnvelopeSchema.safeParse(json);
  if (!env.success) return { ok: false, error: `not a StageLens bundle: ${describeZodError(env.error)}` };
  const parsed = parseBackup(env.data.backup);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const stamps = env.data.stamps as Stamps;
  // every last-writer-wins row travels with its stamp, and only those rows have one
  for (const t of LWW_TABLES) {
    const keys = new Set((parsed.backup[t] as unknown as Array<Record<string, unknown>>).map((r) => lwwKey(t, r)));
    const stamped = Object.keys(stamps[t] ?? {});
    if (stamped.length !== keys.size || stamped.some((k) => !keys.has(k))) return { ok: false, error: `bundle's ${t} rows and their stamps do not match` };
  }
  return { ok: true, bundle: { device: env.data.device, backup: parsed.backup, stamps } };
}
