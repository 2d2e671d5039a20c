/**
 * A row's identity for "already pushed or received?": a 106-bit content hash (two cyrb53 seeds;
 * not security — a collision would only hold one row back from a push) over a canonical JSON
 * with sorted keys, so a row that went through zod (which orders keys by its schema) hashes the
 * same as the row it came from.
 */
import { cyrb53 } from '../store/hash';

export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** `table:hash` of a row (and, for a last-writer-wins row, the stamp it travels with) */
export function rowHash(table: string, row: unknown, stamp?: unknown): string {
  const s = canonicalJson(stamp === undefined ? row : [row, stamp]);
  return `${table}:${cyrb53(s, 1)}${cyrb53(s, 2)}`;
}
