/**
 * A content hash for dedupe (not security): cyrb53 over a canonical JSON of what a capture row
 * holds, with readings sorted by metric so the order they were found in does not matter.
 */
import type { StoredMissed, StoredReading, StoredUnknown } from './rows';

export function cyrb53(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function contentHash(readings: StoredReading[], missed: StoredMissed[], unknown: StoredUnknown[]): string {
  const r = readings
    .map((x) => [
      x.metric,
      x.value,
      x.text,
      x.unit,
      x.qualifier ?? null,
      x.source,
      x.label,
      x.compare ? [x.compare.basis, x.compare.text, x.compare.value] : null,
      x.benchmarks ? x.benchmarks.map((b) => [b.kind, b.text, b.value]) : null,
    ])
    .sort((a, b) => cmp(String(a[0]), String(b[0])));
  const m = missed.map((x) => JSON.stringify([x.metric, x.reason, x.label ?? null, x.text ?? null])).sort(cmp);
  const u = unknown.map((x) => JSON.stringify([x.label, x.text])).sort(cmp);
  return cyrb53(JSON.stringify([r, m, u]));
}
