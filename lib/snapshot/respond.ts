/**
 * What the content script answers to `{type:'snapshot'}`: the page serialized and anonymised in
 * the page's own context (only it can reach the DOM), as plain data. No browser APIs here and
 * nothing is sent anywhere: the caller returns the result to the side panel that asked.
 */
import type { PlatformAdapter } from '../platforms/types';
import { makeSnapshot, type Snapshot, type SnapshotOptions } from './make';

export type SnapshotResponse =
  | ({ ok: true } & Snapshot)
  | { ok: false; error: string };

export function respondToSnapshot(doc: Document, href: string, adapter: PlatformAdapter, opts: SnapshotOptions = {}): SnapshotResponse {
  try {
    const s = makeSnapshot(doc, href, adapter, opts);
    return { ok: true, ...s };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
