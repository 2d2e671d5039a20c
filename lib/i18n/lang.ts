/** The two interface languages and how they map onto the catalogue's and the engine's texts. */
import type { Bilingual } from '../growth/types';

export type Lang = 'zh-CN' | 'en';
export type Short = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export const short = (lang: Lang): Short => (lang === 'en' ? 'en' : 'zh');

/** The text of a bilingual pair in the interface language. */
export const pick = (b: Bilingual, lang: Lang): string => b[short(lang)];
