/**
 * The scheduled backup's download (lib/backup/scheduled.ts passes the file here), through
 * chrome.downloads under the optional `downloads` permission. Runs in the background: a blob URL
 * where the context has URL.createObjectURL (Firefox's background page), else a data: URL (a
 * Chrome service worker has no object URLs). Resolves once the file is complete on disk.
 */
import type { WxtBrowser } from 'wxt/browser';

export const DOWNLOADS_PERMISSION: { permissions: ['downloads'] } = { permissions: ['downloads'] };
/** How long a backup may take to write before it counts as failed (a big history is tens of MB). */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

function dataUrl(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let bin = '';
  // String.fromCharCode takes its arguments on the stack: 32k at a time stays well inside it
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:application/json;base64,${btoa(bin)}`;
}

export function browserDownload(api: WxtBrowser) {
  return async (json: string, fileName: string): Promise<void> => {
    if (!(await api.permissions.contains({ permissions: ['downloads'] })) || !api.downloads) {
      throw new Error('downloads permission not granted');
    }
    const blobUrl = typeof URL.createObjectURL === 'function' ? URL.createObjectURL(new Blob([json], { type: 'application/json' })) : null;
    try {
      const id = await api.downloads.download({ url: blobUrl ?? dataUrl(json), filename: fileName, conflictAction: 'overwrite', saveAs: false });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => done(new Error('the download did not finish')), DOWNLOAD_TIMEOUT_MS);
        const done = (e?: Error) => {
          clearTimeout(timer);
          api.downloads.onChanged.removeListener(listener);
          if (e) reject(e);
          else resolve();
        };
        const listener = (d: { id: number; state?: { current?: string }; error?: { current?: string } }) => {
          if (d.id !== id) return;
          if (d.state?.current === 'complete') done();
          else if (d.state?.current === 'interrupted') done(new Error(`the download was interrupted (${d.error?.current ?? 'unknown'})`));
        };
        api.downloads.onChanged.addListener(listener);
        // it may have finished before the listener was added
        void api.downloads.search({ id }).then(([item]: Array<{ state?: string; error?: string }>) => {
          if (item?.state === 'complete') done();
          else if (item?.state === 'interrupted') done(new Error(`the download was interrupted (${item.error ?? 'unknown'})`));
        });
      });
    } finally {
      if (blobUrl) setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
    }
  };
}
