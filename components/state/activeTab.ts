import { signal } from '@preact/signals';
import { adapterForUrl } from '../../lib/platforms/registry';

/**
 * The URL of the tab the panel sits beside. The tabs API tells it only for the hosts we hold
 * permissions for, which are exactly the pages we read; anything else reads as null.
 */
export function createActiveTab(api: typeof browser | undefined = (globalThis as { browser?: typeof browser }).browser) {
  const url = signal<string | null>(null);
  async function refresh(): Promise<void> {
    try {
      const [tab] = (await api?.tabs?.query({ active: true, lastFocusedWindow: true })) ?? [];
      url.value = tab?.url && adapterForUrl(tab.url) ? tab.url : null;
    } catch {
      url.value = null;
    }
  }
  api?.tabs?.onActivated?.addListener(() => void refresh());
  api?.tabs?.onUpdated?.addListener((_id, info) => info.url !== undefined || info.status === 'complete' ? void refresh() : undefined);
  void refresh();
  return { url, refresh };
}
