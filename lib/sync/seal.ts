/**
 * A file as stored in the team folder: `SLZ1` + gzip bytes, or, with a team passphrase,
 * `SLE1` + iterations (u32) + salt (16) + iv (12) + AES-GCM(gzip bytes), the header bound as
 * associated data. The key is PBKDF2-SHA256(passphrase, salt) (SYNC_LIMITS.pbkdf2Iterations);
 * 256 more derived bits key an HMAC that makes the IV from the plaintext, so the same bundle
 * sealed twice is the same file with the same name (an IV repeats only for the same plaintext).
 * A wrong passphrase or a changed byte fails the GCM tag: nothing is read from it.
 */
import { SYNC_LIMITS } from './limits';

const PLAIN = [0x53, 0x4c, 0x5a, 0x31]; // SLZ1
const SEALED = [0x53, 0x4c, 0x45, 0x31]; // SLE1
const SALT = 16;
const IV = 12;
const HEAD = 4 + 4 + SALT + IV;

export interface Keys {
  salt: Uint8Array;
  iterations: number;
  aes: CryptoKey;
  mac: CryptoKey;
}

const subtle = () => globalThis.crypto.subtle;
const buf = (b: Uint8Array): ArrayBuffer => b.slice().buffer as ArrayBuffer;

export async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number = SYNC_LIMITS.pbkdf2Iterations): Promise<Keys> {
  const base = await subtle().importKey('raw', buf(new TextEncoder().encode(passphrase)), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, base, 512));
  const aes = await subtle().importKey('raw', buf(bits.subarray(0, 32)), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const mac = await subtle().importKey('raw', buf(bits.subarray(32)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { salt, iterations, aes, mac };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await subtle().digest('SHA-256', buf(bytes)));
  return [...d].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

export async function seal(plain: Uint8Array, keys: Keys | null): Promise<Uint8Array> {
  if (!keys) {
    const out = new Uint8Array(4 + plain.length);
    out.set(PLAIN);
    out.set(plain, 4);
    return out;
  }
  const head = new Uint8Array(HEAD);
  head.set(SEALED);
  new DataView(head.buffer).setUint32(4, keys.iterations);
  head.set(keys.salt, 8);
  const iv = new Uint8Array(await subtle().sign('HMAC', keys.mac, buf(plain))).subarray(0, IV);
  head.set(iv, 8 + SALT);
  const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: buf(iv), additionalData: buf(head) }, keys.aes, buf(plain)));
  const out = new Uint8Array(HEAD + ct.length);
  out.set(head);
  out.set(ct, HEAD);
  return out;
}

export type Header = { sealed: false } | { sealed: true; salt: Uint8Array; iterations: number };

export function readHeader(file: Uint8Array): Header | { error: string } {
  if (file.length >= 4 && startsWith(file, PLAIN)) return { sealed: false };
  if (file.length < HEAD + 16 || !startsWith(file, SEALED)) return { error: 'not a StageLens file (truncated or corrupt?)' };
  const iterations = new DataView(file.buffer, file.byteOffset).getUint32(4);
  if (iterations < SYNC_LIMITS.pbkdf2Iterations || iterations > SYNC_LIMITS.pbkdf2MaxIterations)
    return { error: `file states ${iterations} key iterations (accepted ${SYNC_LIMITS.pbkdf2Iterations}–${SYNC_LIMITS.pbkdf2MaxIterations})` };
  return { sealed: true, salt: file.slice(8, 8 + SALT), iterations };
}

export type Opened = { ok: true; plain: Uint8Array } | { ok: false; reason: 'needs-passphrase' | 'unreadable'; error: string };

/** Opens a stored file; `keysFor` derives (and may cache) the keys for a sealed file's salt. */
export async function open(file: Uint8Array, keysFor: ((salt: Uint8Array, iterations: number) => Promise<Keys>) | null): Promise<Opened> {
  const h = readHeader(file);
  if ('error' in h) return { ok: false, reason: 'unreadable', error: h.error };
  if (!h.sealed) return { ok: true, plain: file.slice(4) };
  if (!keysFor) return { ok: false, reason: 'needs-passphrase', error: 'this file is encrypted: enter the team passphrase' };
  const keys = await keysFor(h.salt, h.iterations);
  try {
    const pt = await subtle().decrypt(
      { name: 'AES-GCM', iv: buf(file.subarray(8 + SALT, HEAD)), additionalData: buf(file.subarray(0, HEAD)) },
      keys.aes,
      buf(file.subarray(HEAD)),
    );
    return { ok: true, plain: new Uint8Array(pt) };
  } catch {
    return { ok: false, reason: 'unreadable', error: 'cannot decrypt: wrong passphrase, or the file was changed or cut short' };
  }
}
