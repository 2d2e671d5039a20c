import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { adapterForUrl } from '../../lib/platforms/registry';

/**
 * The URL of the tab the panel sits beside. The tabs API tells it only for the hosts we hold
 * permissions for, which are exactly the pages we read; anything else reads as null.
 */
export function createActiveTab(api: typeof browser | undefined = browser) {
  const url = signal<string | null>(null);
  /** that tab's id (for tabs.sendMessage), null with it */
  const id = signal<number | null>(null);
  async function refresh(): Promise<void> {
    try {
      const [tab] = (await api?.tabs?.query({ active: true, lastFocusedWindow: true })) ?? [];
      const ours = tab?.url && adapterForUrl(tab.url) ? tab.url : null;
      id.value = ours && typeof tab?.id === 'number' ? tab.id : null;
      url.value = ours;
    } catch {
      url.value = null;
      id.value = null;
    }
  }
  api?.tabs?.onActivated?.addListener(() => void refresh());
  api?.tabs?.onUpdated?.addListener((_id: number, info: { url?: string; status?: string }) =>
    info.url !== undefined || info.status === 'complete' ? void refresh() : undefined,
  );
  void refresh();
  return { url, id, refresh };
}
