/**
 * After a label mapping changes, tell the open backend tabs, so their content scripts re-read with
 * it at once (content/index.ts listens for 'overridesChanged'). `tabs.query({url})` and
 * `tabs.sendMessage` work for the hosts we hold permissions for, without the tabs permission.
 * A tab without our content script (not loaded yet) simply does not answer: it asks for the
 * overrides on its next load ('getOverrides'), so a failure there is expected and not an error.
 */
import { aliasOverrides } from '../../lib/store/labelmaps';
import type { StageLensDB } from '../../lib/store/db';
import { MATCH_PATTERNS } from '../../lib/platforms/hosts';
import { toTab } from '../../lib/messages';

export interface TabsApi {
  tabs?: {
    query(q: { url: string[] }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
}

/** Returns how many tabs received the new overrides. */
export async function broadcastOverrides(
  db: StageLensDB,
  platform: string,
  api: TabsApi | undefined = (globalThis as { browser?: TabsApi }).browser,
): Promise<number> {
  const overrides = await aliasOverrides(db, platform);
  if (!api?.tabs) return 0;
  let tabs: Array<{ id?: number }> = [];
  try {
    tabs = await api.tabs.query({ url: MATCH_PATTERNS });
  } catch {
    return 0;
  }
  let told = 0;
  for (const t of tabs) {
    if (t.id === undefined) continue;
    try {
      await toTab({ tabs: api.tabs }, t.id, { type: 'overridesChanged', platform, overrides });
      told++;
    } catch {
      // no content script in that tab (yet): it picks the overrides up when it loads
    }
  }
  return told;
}
