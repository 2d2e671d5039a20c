/** What the anonymiser is given and gives back, and the slots of a page it rewrites. */
import type { BenchmarkKind } from '../../capture/types';
import type { MetricId } from '../../metrics/catalog';
import type { ParseHtml } from '../parse';
import type { Seg } from '../segment';

/** What the original capture read, so each number is scaled as the metric it is. */
export interface ReadingHint {
  metric: MetricId;
  text: string;
  benchmarks?: Array<{ kind: BenchmarkKind; text: string }>;
  compare?: { text: string };
}

export interface AnonymiseOptions {
  /** the adapter's aliases + periods + platform UI text: kept as shown */
  keepLabels: Set<string>;
  /** fixed in tests; by default a random one, never written anywhere */
  seed?: number;
  readings?: ReadingHint[];
  /** labels whose value is a name or an id (店铺名称, 直播标题, 直播间ID …): replaced even if it looks like UI text */
  nameLabels?: Iterable<string>;
  parse?: ParseHtml;
  /** for the page URL: false when the scrubbed URL would no longer be the same page kind */
  urlOk?: (url: string) => boolean;
}

export interface AnonymiseStats {
  /** number texts replaced (occurrences) and distinct ones */
  numbers: number;
  numberTexts: number;
  /** numbers moved off their metric's factor to keep their shape */
  clamped: number;
  names: number;
  ids: number;
  dates: number;
  attributes: number;
  /** texts kept because they read like metric labels the adapter does not know */
  keptMetricLike: string[];
}

export interface AnonymiseResult {
  html: string;
  notes: string[];
  stats: AnonymiseStats;
}

export interface PageResult extends AnonymiseResult {
  url: string;
}

/** One place of the page whose text is rewritten, cut into segments (./segs.ts). */
export type Slot =
  | { kind: 'text'; node: Text; segs: Seg[] }
  /** one number, label or phrase drawn over several text nodes (<span>¥</span><span>236,552</span>) */
  | { kind: 'group'; nodes: Text[]; raw: string; segs: Seg[] }
  | { kind: 'attr'; el: Element; name: string; segs: Seg[] }
  | { kind: 'href'; el: Element; name: string; value: string };

/** How an attribute's value is cut: as text, as a reference or data value, as class names, or
 *  only its long digit runs (any other attribute). */
export type AttrMode = 'text' | 'ref' | 'data' | 'class' | 'long';
