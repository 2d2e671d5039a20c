/**
 * What an adapter says is the platform's own text: every label it reads, its period words, the
 * field and column labels, its page names. The anonymiser keeps these as shown.
 */
import { METRICS, METRIC_IDS } from '../metrics/catalog';
import type { PlatformAdapter } from '../platforms/types';

/** The session-title field labels lib/extract/page.ts reads (kept in step with `field()` there). */
export const SESSION_TITLE_LABELS = ['直播标题', '直播间标题', '场次标题', '直播主题'];

export function keepLabelsFor(adapter: PlatformAdapter): Set<string> {
  const out = new Set<string>([
    ...Object.keys(adapter.aliases),
    ...adapter.periods,
    ...(adapter.shopNameLabels ?? []),
    ...(adapter.shopIdLabels ?? []),
    ...(adapter.rowKeyHeaders ?? []),
    ...(adapter.titleHeaders ?? []),
    ...(adapter.timeHeaders ?? []),
    ...Object.keys(adapter.labelHints ?? {}),
    ...SESSION_TITLE_LABELS,
    adapter.zh,
    adapter.en,
  ]);
  for (const sc of adapter.scopedAliases ?? []) for (const l of [...sc.headings, ...Object.keys(sc.aliases)]) out.add(l);
  for (const p of adapter.pages) out.add(p.zh).add(p.en);
  for (const id of METRIC_IDS) out.add(METRICS[id].zh);
  return out;
}

/** Labels whose value is a name or an id: the text after them is always replaced. */
export function nameLabelsFor(adapter: PlatformAdapter): string[] {
  return [...(adapter.shopNameLabels ?? []), ...(adapter.shopIdLabels ?? []), ...(adapter.rowKeyHeaders ?? []), ...SESSION_TITLE_LABELS];
}
