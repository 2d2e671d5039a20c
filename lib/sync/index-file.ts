/**
 * A device's index in the team folder (`devices/<id>.json`): the names of the bundles it wrote,
 * in order, append-only, so a reader knows what it has not read yet. With a passphrase the
 * device's name is sealed into `check`, which also tells a wrong passphrase apart from a bad
 * bundle before anything is read.
 */
import { z } from 'zod';
import { describeZodError } from '../capture/schema';
import { DeviceIdSchema } from './bundle';
import { SYNC_LIMITS } from './limits';

export const INDEX_FORMAT = 'stagelens-sync-device';
export const BUNDLE_NAME = /^[0-9a-f]{64}\.slb$/;

export const IndexSchema = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(1),
  device: DeviceIdSchema,
  updatedAt: z.number().int().min(0).max(8.64e15),
  /** the device's name in clear, when its files are not encrypted */
  name: z.string().max(60).nullable(),
  /** base64 of the sealed {name} (lib/sync/seal.ts), when they are */
  check: z.string().max(4000).nullable(),
  bundles: z.array(z.string().regex(BUNDLE_NAME, 'expected a bundle name')).max(SYNC_LIMITS.indexBundles),
});
export type DeviceIndex = z.output<typeof IndexSchema>;

export function parseIndex(bytes: Uint8Array, expectDevice: string): { ok: true; index: DeviceIndex } | { ok: false; error: string } {
  if (bytes.length > SYNC_LIMITS.indexBytes) return { ok: false, error: `index too large (${bytes.length} bytes)` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { ok: false, error: `index is not valid JSON (truncated?): ${(e as Error).message}` };
  }
  const r = IndexSchema.safeParse(json);
  if (!r.success) return { ok: false, error: `not a StageLens device index: ${describeZodError(r.error)}` };
  if (r.data.device !== expectDevice) return { ok: false, error: `index names device ${r.data.device}, file is ${expectDevice}` };
  return { ok: true, index: r.data };
}

export const indexName = (device: string): string => `${device}.json`;
