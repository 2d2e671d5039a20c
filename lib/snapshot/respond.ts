/**
 * What the content script answers to `{type:'snapshot'}`: the page saved in the page's own
 * context (only it can reach the DOM and its open shadow roots) and what the reader reads there,
 * as plain data for the side panel that asked, which anonymises it (lib/snapshot/finish.ts)
 * before showing or saving anything. Only the serializer is added to the content script: the
 * anonymiser is loaded by the panel when a snapshot is asked for. No browser APIs here and
 * nothing is sent anywhere: the caller hands the result back to the panel.
 */
import type { PageCapture } from '../capture/types';
import { extractPage } from '../extract/page';
import type { PlatformAdapter } from '../platforms/types';
import { serializePage } from './serialize';

export type SnapshotResponse = { ok: true; html: string; url: string; live: PageCapture } | { ok: false; error: string };

export function respondToSnapshot(doc: Document, href: string, adapter: PlatformAdapter): SnapshotResponse {
  try {
    return { ok: true, html: serializePage(doc), url: href, live: extractPage(doc, href, adapter, { now: 0 }) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
