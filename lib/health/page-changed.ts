/**
 * "This page may have changed": per page kind (platform + page), how many of the labels a read
 * expected were found, tracked over reads. When a page kind that used to read well suddenly finds
 * fewer than half of its usual labels and misses most of what it expected, it is flagged — the
 * badge and the panel say so, instead of showing a quiet 0 or an empty panel. A later read that
 * finds its usual labels again clears the flag.
 *
 * Pure: the state in, the next state out. The background keeps it (lib/store/page-health.ts).
 */
import type { PageCapture } from '../capture/types';

/** The usual count is the median of this many latest normal reads: recent enough to follow a page
 *  that gains or loses a card, long enough that one odd read does not move it. */
export const HISTORY_READS = 10;
/** "Used to read well" needs this many normal reads: one or two could be a half-built or unusual view. */
export const MIN_NORMAL_READS = 3;
/** A page kind that usually shows fewer labels than this is too small to tell a change from noise
 *  (losing 2 of 3 labels happens when one card is folded away). */
export const MIN_USUAL_FOUND = 4;
/** Fewer than this share of the usual labels found means most of them are gone. */
export const CHANGED_SHARE = 0.5;

export interface KindHealth {
  /** found-label counts of the latest normal reads (never of flagged ones), oldest first */
  recent: number[];
  changed: boolean;
  /** the latest read's counts, for the message */
  found: number;
  missed: number;
  at: number;
}

export type HealthMap = Record<string, KindHealth>;

export const kindKey = (platform: string, page: string): string => `${platform}/${page}`;

/**
 * The labels one read expected, as distinct metrics over every scope: found = read from the page
 * or there but unreadable (the label itself is on the page); missed = expected and not on the page.
 */
export function labelCounts(c: Pick<PageCapture, 'captures' | 'missed'>): { found: number; missed: number } {
  const found = new Set<string>();
  for (const r of c.captures) if (r.source === 'observed') found.add(r.metric);
  for (const m of c.missed) if (m.reason === 'unreadable') found.add(m.metric);
  const missed = new Set<string>();
  for (const m of c.missed) if (m.reason === 'notFound' && !found.has(m.metric)) missed.add(m.metric);
  return { found: found.size, missed: missed.size };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The usual number of labels found, or null while the page kind has too few normal reads. */
export function usualFound(h: Pick<KindHealth, 'recent'> | undefined): number | null {
  if (!h || h.recent.length < MIN_NORMAL_READS) return null;
  return median(h.recent);
}

/** The page kind's state after one more read. */
export function nextHealth(prev: KindHealth | undefined, read: { found: number; missed: number }, at: number): KindHealth {
  const usual = usualFound(prev);
  const changed = usual !== null && usual >= MIN_USUAL_FOUND && read.found < usual * CHANGED_SHARE && read.missed > read.found;
  const recent = changed ? (prev?.recent ?? []) : [...(prev?.recent ?? []), read.found].slice(-HISTORY_READS);
  return { recent, changed, found: read.found, missed: read.missed, at };
}
