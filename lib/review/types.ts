/**
 * The 复盘 draft's input and output. Plain data: the store gathers it (lib/store/review.ts), the
 * rules (./rules.ts) turn it into sentences, ./render.ts into text and Markdown.
 */
import type { MetricId } from '../metrics/catalog';
import type { BandSet } from '../growth/bands';
import type { AlertLike } from '../live/words';

export interface OwnSpread {
  median: number;
  q1: number;
  q3: number;
  /** past sessions with a value */
  n: number;
}

export interface ReviewItem {
  title: string;
  gmv: number;
}

export interface ReviewSegment {
  title: string;
  /** minutes explained */
  minutes: number;
  /** GMV sold while it was explained (lib/items/segments.ts segmentStats) */
  gmv: number;
}

export interface ReviewInput {
  /** the session's latest values */
  values: Partial<Record<MetricId, number>>;
  /** the shop's own past sessions, per metric (only metrics with enough of them) */
  own: Partial<Record<MetricId, OwnSpread>>;
  bands: BandSet;
  items: ReviewItem[];
  segments: ReviewSegment[];
  alerts: Array<AlertLike & { firedAt: number }>;
}

export type SentenceRule =
  | 'overview'
  | 'ownAbove'
  | 'ownBelow'
  | 'bandBelow'
  | 'bandAbove'
  | 'funnelLeak'
  | 'bestItem'
  | 'worstItem'
  | 'bestSegment'
  | 'worstSegment'
  | 'alerts'
  | 'action';
export type Tone = 'info' | 'good' | 'bad' | 'action';

/** One sentence of the draft and the numbers it was made from (shown beside it: traceable). */
export interface Sentence {
  rule: SentenceRule;
  tone: Tone;
  zh: string;
  en: string;
  /** name → the number or name it used, as shown */
  from: Record<string, string>;
}
