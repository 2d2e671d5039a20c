/**
 * The interface's own words in zh-CN (first) and en, switched at runtime from the settings.
 * `{name}` placeholders are filled from params; a value is inserted as text, never as markup.
 * zh-CN, the default, is bundled; another language's dictionary loads on demand (`loadLang`,
 * its own chunk), so the side panel's first paint carries one language, not both.
 */
import type { Lang } from './lang';
import { zhCN, type MsgKey } from './zh-CN';

export type { MsgKey } from './zh-CN';
export type Params = Record<string, string | number>;

/** The dictionaries loaded so far (zh-CN always). */
export const DICTIONARIES: Partial<Record<Lang, Record<MsgKey, string>>> = { 'zh-CN': zhCN };

const LOADERS: Record<Lang, () => Promise<Record<MsgKey, string>>> = {
  'zh-CN': async () => zhCN,
  en: () => import('./en').then((m) => m.en),
};

export const hasLang = (lang: Lang): boolean => DICTIONARIES[lang] !== undefined;

/** Loads a language's dictionary (once); createT(lang) uses it from then on. */
export async function loadLang(lang: Lang): Promise<void> {
  if (hasLang(lang) || !Object.prototype.hasOwnProperty.call(LOADERS, lang)) return;
  DICTIONARIES[lang] = await LOADERS[lang]();
}

export interface T {
  (key: MsgKey, params?: Params): string;
  lang: Lang;
  has(key: string): key is MsgKey;
}

export const fill = (text: string, params: Params = {}): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));

/** The translator for `lang`, in zh-CN until that language is loaded (loadLang). */
export function createT(lang: Lang): T {
  const dict = DICTIONARIES[lang] ?? zhCN;
  const t = ((key: MsgKey, params?: Params) => fill(dict[key] ?? zhCN[key] ?? key, params)) as T;
  t.lang = lang;
  t.has = (key: string): key is MsgKey => Object.prototype.hasOwnProperty.call(dict, key);
  return t;
}
