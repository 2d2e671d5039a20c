/**
 * Stage 11: whose page this is — the shop (an id or name field, or the account in the URL) and,
 * on a session's own page, the session (its id from the URL, its title field, its time range).
 */
import type { PageCapture, SessionRef, ShopRef } from '../capture/types';
import { findTimeRange } from '../parse/timerange';
import type { PageKind, PlatformAdapter } from '../platforms/types';
import type { PageIndex } from './index-text';
import { MAX_FIELD } from './limits';
import type { DomFacts } from './walk';

function param(url: URL, names: string[] = []): string | undefined {
  for (const n of names) {
    const v = url.searchParams.get(n) ?? new URLSearchParams(url.hash.split('?')[1] ?? '').get(n);
    if (v) return v;
  }
  return undefined;
}

export function identity(idx: PageIndex, facts: DomFacts, url: URL, adapter: PlatformAdapter, kind: PageKind | null): Pick<PageCapture, 'shop' | 'session'> {
  const out: Pick<PageCapture, 'shop' | 'session'> = {};
  const field = (f: 'shopId' | 'shopName' | 'title') => idx.fields.find((x) => x.field === f && !facts.isHidden(x.node))?.value.slice(0, MAX_FIELD);
  const shop: ShopRef = {};
  // an id is one token: `店铺ID：1234567 · 客服…` is 1234567
  const shopId = field('shopId')?.match(/^[A-Za-z0-9_-]+/)?.[0] ?? param(url, adapter.shopParams);
  const shopName = field('shopName');
  if (shopId) shop.id = shopId;
  if (shopName) shop.name = shopName;
  if (shop.id || shop.name) out.shop = shop;

  const sessionKey = param(url, kind?.sessionParams);
  if (sessionKey) {
    const session: SessionRef = { key: sessionKey };
    if (kind?.live) session.live = true;
    const title = field('title');
    if (title) session.title = title;
    for (const t of idx.times) {
      // a range with an end: a lone timestamp is "data updated at", not the session
      const r = findTimeRange(t.text);
      if (r?.end && !facts.isHidden(t.node)) {
        session.timeText = t.text.slice(0, 80);
        session.start = r.start;
        session.end = r.end;
        break;
      }
    }
    out.session = session;
  }
  return out;
}
