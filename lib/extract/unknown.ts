/**
 * Stage 7: numbers nobody read, right after label-like text the adapter does not know: the
 * inspector lists them so a user can map the label (and a snapshot shows what was missed).
 */
import type { UnknownLabel } from '../capture/types';
import type { PageIndex } from './index-text';
import { looksLikeLabel, normaliseLabel, type Entry } from './labels';
import { MAX_UNKNOWN, TEXTS_PER_STEP } from './limits';
import type { Steps } from './slices';

/** Pauses every TEXTS_PER_STEP number candidates (./slices.ts): a page with long tables has tens
 *  of thousands, each asked whether it is shown and outside a table. */
export function* unknownLabels(
  idx: PageIndex,
  lookup: Map<string, Entry>,
  used: Set<Text>,
  isValid: (i: number) => boolean,
  already: UnknownLabel[],
): Steps<UnknownLabel[]> {
  const out: UnknownLabel[] = [];
  const listed = new Set<string>();
  for (const u of already) {
    if (listed.has(u.label) || listed.size >= MAX_UNKNOWN) continue;
    listed.add(u.label);
    out.push(u);
  }
  const nums = idx.numbers;
  const asLabel = new Map<string, string | null>(); // prev text → its label, or null: not one
  for (let i = 0; i < nums.node.length && out.length < MAX_UNKNOWN; i++) {
    if (i % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
    const prev = nums.prev[i]!;
    if (!prev || !/\d|^--?$/.test(nums.text[i]!) || used.has(nums.node[i]!)) continue;
    let label = asLabel.get(prev);
    if (label === undefined) {
      const l = normaliseLabel(prev);
      label = lookup.get(l)?.metric || !looksLikeLabel(l) ? null : l;
      asLabel.set(prev, label);
    }
    if (label === null || listed.has(label) || !isValid(i)) continue;
    listed.add(label);
    out.push({ label, text: nums.text[i]!, scope: 'page' });
  }
  return out;
}
