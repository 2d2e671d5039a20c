/**
 * The interface's own words in zh-CN (first) and en, switched at runtime from the settings.
 * `{name}` placeholders are filled from params; a value is inserted as text, never as markup.
 */
import type { Lang } from '../ui/lang';
import { en } from './en';
import { zhCN, type MsgKey } from './zh-CN';

export type { MsgKey } from './zh-CN';
export type Params = Record<string, string | number>;

export const DICTIONARIES: Record<Lang, Record<MsgKey, string>> = { 'zh-CN': zhCN, en };

export interface T {
  (key: MsgKey, params?: Params): string;
  lang: Lang;
  has(key: string): key is MsgKey;
}

export const fill = (text: string, params: Params = {}): string =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));

export function createT(lang: Lang): T {
  const dict = DICTIONARIES[lang] ?? zhCN;
  const t = ((key: MsgKey, params?: Params) => fill(dict[key] ?? zhCN[key] ?? key, params)) as T;
  t.lang = lang;
  t.has = (key: string): key is MsgKey => Object.prototype.hasOwnProperty.call(dict, key);
  return t;
}
