/** The 复盘 draft as plain text and as Markdown, in one language; the numbers behind each sentence follow it. */
import type { Lang } from '../i18n/lang';
import type { Sentence } from './types';

const HEAD = {
  'zh-CN': { title: '复盘草稿', good: '做得好的', bad: '需要改进的', info: '概况', action: '下一步', from: '依据' },
  en: { title: 'Review draft', good: 'Went well', bad: 'To improve', info: 'Overview', action: 'Next actions', from: 'from' },
} as const;
const ORDER = ['info', 'good', 'bad', 'action'] as const;

const text = (s: Sentence, lang: Lang) => (lang === 'en' ? s.en : s.zh);
const fromText = (s: Sentence) =>
  Object.entries(s.from)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

export function reviewText(sentences: readonly Sentence[], lang: Lang, title: string): string {
  const h = HEAD[lang];
  const out = [`${h.title} · ${title}`];
  for (const tone of ORDER) {
    const group = sentences.filter((s) => s.tone === tone);
    if (!group.length) continue;
    out.push('', `${h[tone]}:`);
    group.forEach((s, i) => out.push(`${i + 1}. ${text(s, lang)} (${h.from}: ${fromText(s)})`));
  }
  return out.join('\n');
}

/** Markdown: a heading per group, a list item per sentence; page text is escaped so it stays text. */
const md = (t: string) => t.replace(/([\\`*_[\]<>#|])/g, '\\$1');
export function reviewMarkdown(sentences: readonly Sentence[], lang: Lang, title: string): string {
  const h = HEAD[lang];
  const out = [`## ${h.title} · ${md(title)}`];
  for (const tone of ORDER) {
    const group = sentences.filter((s) => s.tone === tone);
    if (!group.length) continue;
    out.push('', `### ${h[tone]}`, '');
    for (const s of group) out.push(`- ${md(text(s, lang))} <sub>${h.from}: ${md(fromText(s))}</sub>`);
  }
  return out.join('\n');
}
