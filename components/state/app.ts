/**
 * The panel's state, composed once and passed down by context. Each part is a small factory
 * ({signals, computed, actions}); this file only wires them together.
 */
import { computed, effect } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import type { TabsApi } from '../data/overrides';
import { createActiveTab } from './activeTab';
import { createCopilot } from './copilot';
import { createData } from './data';
import { createErrors } from './errors';
import { createItems } from './items';
import { createNav } from './nav';
import { createPage } from './pageView';
import { createSessions } from './sessions';
import { createSettings } from './settings';
import { createShopModel } from './shopModel';
import { createShops } from './shops';
import { createSnapshot } from './snapshot';
import { createTrends } from './trends';

export interface AppOptions {
  /** the extension API (tabs); the fake browser in tests, nothing in a plain page */
  api?: Parameters<typeof createActiveTab>[0];
}

const globalApi = (): AppOptions['api'] => (globalThis as { browser?: AppOptions['api'] }).browser;

export function createApp(db: StageLensDB, opts: AppOptions = {}) {
  const api = opts.api ?? globalApi();
  const errors = createErrors();
  const settings = createSettings(db, errors);
  const nav = createNav();
  const tab = createActiveTab(api);
  const page = createPage(db, tab.url, errors, api as TabsApi | undefined);
  const shops = createShops(db, errors);
  const s = settings.signals.settings;
  // the page shows one backend account; the models are about the seller's shop it belongs to
  const pageShopId = computed(() => shops.actions.shopOfAccount(page.computed.shopId.value));
  const pageShop = createShopModel(db, pageShopId, s, errors, page.computed.peer);
  // the platform's peer values on the open page count for the current shop only when it is the page's
  const shopPeer = computed(() => (pageShopId.value === shops.computed.current.value ? page.computed.peer.value : {}));
  const shop = createShopModel(db, shops.computed.current, s, errors, shopPeer);
  const sessions = createSessions(db, shops.computed.current, shop.signals.sessions);
  const trends = createTrends(db, shops.computed.current, shop.signals.sessions);
  const items = createItems(db, { shopId: shops.computed.current, view: nav.signals.view, page: page.signals.view });
  const data = createData(db, errors, {
    lang: settings.computed.lang,
    shop: shops.computed.currentRow,
    selected: sessions.computed.selectedRows,
    ...(api ? { api: api as TabsApi } : {}),
  });
  const copilot = createCopilot(db, page.signals.view, errors);
  const snapshot = createSnapshot(tab.id, opts.api ?? (globalThis as { browser?: Parameters<typeof createSnapshot>[1] }).browser);
  const stopFollow = effect(() => shops.actions.follow(page.computed.shopId.value));

  return {
    db,
    errors,
    settings,
    nav,
    tab,
    page,
    snapshot,
    shops,
    shop,
    pageShop,
    sessions,
    trends,
    items,
    data,
    copilot,
    dispose() {
      stopFollow();
      for (const part of [settings, page, shops, pageShop, shop, sessions, trends, items, data, copilot]) part.dispose();
    },
  };
}

export type AppState = ReturnType<typeof createApp>;
