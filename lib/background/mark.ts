/**
 * The keyboard shortcut's mark (manifest `commands`, MARK_COMMAND): the moment is marked in the
 * live session read most recently, as a note without text (the panel's buttons give the kind).
 * Nothing live: nothing marked.
 */
import type { StageLensDB } from '../store/db';
import type { MarkRow } from '../store/rows';
import { addMark, liveSessionNow } from '../store/marks';

export const MARK_COMMAND = 'mark-moment';
/** The suggested keys (the user can change them at chrome://extensions/shortcuts). */
export const MARK_KEYS = 'Alt+Shift+M';

export async function markNow(db: StageLensDB, t = Date.now()): Promise<MarkRow | null> {
  const sessionId = await liveSessionNow(db);
  return sessionId ? addMark(db, { sessionId, kind: 'note', t }) : null;
}
