/**
 * The stage bands the live alerts and the 复盘 draft hold numbers against: those of the stage the
 * seller set in settings (and their category). The computed stage needs the whole shop's
 * history (lib/growth/stages.ts); these run per session, so without a set stage there is no band.
 */
import { bandsFor, type BandSet } from '../growth/bands';
import type { CategoryId, StageId } from '../growth/types';

export function bandsFromSettings(stage: StageId | null, category: CategoryId | null): BandSet {
  return stage ? bandsFor(stage, category ?? undefined) : {};
}
