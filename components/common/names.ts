/** Names the dictionary does not hold itself: platforms and page kinds come from the registry. */
import { adapterById } from '../../lib/platforms/registry';
import type { T } from '../../lib/i18n';
import { STAGES } from '../../lib/growth/stages';
import type { StageId } from '../../lib/growth/types';
import { pick, type Lang } from '../../lib/i18n/lang';

export function platformName(id: string, t: T): string {
  const a = adapterById(id);
  if (a) return t.lang === 'en' ? a.en : a.zh;
  const key = `platform.${id}`;
  return t.has(key) ? t(key as never) : id;
}

export function pageName(platform: string, page: string, t: T): string {
  const p = adapterById(platform)?.pages.find((x) => x.id === page);
  return p ? (t.lang === 'en' ? p.en : p.zh) : page;
}

/**
 * A shop as a person names it: its name, else its backend id, else (a dashboard that shows no
 * account at all: the store files it under '_default') says so; shown beside the platform.
 */
export function shopName(s: { name: string | null; shopKey: string }, t: T): string {
  if (s.name) return s.name;
  return s.shopKey === DEFAULT_SHOP ? t('shops.unnamed') : `ID ${s.shopKey}`;
}

/** The backend id beside a name, when there is one and it says something the name does not. */
export const shopIdNote = (s: { name: string | null; shopKey: string }): string | null =>
  s.name && s.shopKey !== s.name && s.shopKey !== DEFAULT_SHOP ? `ID ${s.shopKey}` : null;

const DEFAULT_SHOP = '_default';

/** A seller's shop (a set of backend accounts) as a person names it: the name its pages showed,
 *  else its first account's id or "page shows no shop name". */
export const groupName = (g: { name: string | null; accounts: ReadonlyArray<{ name: string | null; shopKey: string }> }, t: T): string =>
  g.name ?? (g.accounts[0] ? shopName(g.accounts[0], t) : t('shops.unnamed'));

/** A shop's backends as short tags: 罗盘 · 抖店 · 千川. */
export const platformTags = (platforms: readonly string[], t: T): string => platforms.map((p) => platformName(p, t)).join(' · ');

/** A session as a person names it: its title, else its key. */
export const sessionName = (s: { title: string | null; key: string }): string => s.title ?? s.key;

/** A stage's name, from the growth engine's own table. */
export const stageName = (id: StageId, lang: Lang): string => pick(STAGES[id].name, lang);

/** What a failed operation was, in words ('settings' → 保存设置). */
export const opName = (op: string, t: T): string => (t.has(`op.${op}`) ? t(`op.${op}` as never) : op);
