/**
 * A snapshot's two files as one .zip download (so the browser asks once, and the pair cannot be
 * separated), and read back by `npm run fixture:add`. fflate does the format; this module only
 * fixes what we put in (UTF-8 text files, a fixed date so the same snapshot zips the same) and
 * what we take out (text files, directories skipped, CRC checked by fflate).
 */
import { strToU8, unzipSync, zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  content: string;
}

export function zipFiles(entries: ZipEntry[], at: Date = new Date(Date.UTC(2026, 0, 1))): Uint8Array {
  const files = Object.fromEntries(entries.map((e) => [e.name, [strToU8(e.content), { mtime: at }] as const]));
  return zipSync(files as Parameters<typeof zipSync>[0], { level: 6 });
}

/** The text entries of a zip (directories skipped). Throws on anything it cannot read. */
export function unzipFiles(bytes: Uint8Array): ZipEntry[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    throw new Error(`not a zip file, or a broken one: ${(e as Error).message}`);
  }
  const dec = new TextDecoder('utf-8', { fatal: true });
  return Object.entries(files)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, data]) => ({ name, content: dec.decode(data) }));
}
