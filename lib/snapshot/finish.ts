/**
 * The side panel's half of a snapshot: the content script's saved page (respond.ts) anonymised,
 * read again for the expected file, and its URL scrubbed (make.ts `snapshotFromSaved`). Loaded
 * by the panel with a dynamic import, only when "save as test page" is used.
 */
import type { PageCapture } from '../capture/types';
import { adapterForUrl } from '../platforms/registry';
import { snapshotFromSaved, type Snapshot, type SnapshotOptions } from './make';

export function finishSnapshot(page: { html: string; url: string; live?: PageCapture | null }, opts: SnapshotOptions = {}): Snapshot {
  const adapter = adapterForUrl(page.url);
  if (!adapter) throw new Error('not a page StageLens reads');
  // a reading from another page than the one saved is no hint for it
  const live = page.live && page.live.url === page.url && page.live.platform === adapter.id ? page.live : null;
  return snapshotFromSaved(page.html, page.url, adapter, live, opts);
}
