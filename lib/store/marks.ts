/**
 * Moments the operator marked in a live session (v5 `marks`): 福袋, 逼单, 换品, 上链接 or a free
 * note, from the panel's buttons or the keyboard shortcut. One mark per session and millisecond
 * (the id); a note is bounded like every stored text.
 */
import type { StageLensDB } from './db';
import type { MarkKind, MarkRow } from './rows';
import { storeWrite } from './errors';

export const MARK_KINDS: readonly MarkKind[] = ['luckyBag', 'push', 'switch', 'link', 'note'];
/** A note's length limit: a phrase, not a document (the backup schema holds it to this too). */
export const MARK_NOTE_MAX = 500;

export const markIdOf = (sessionId: string, t: number): string => `${sessionId}|${t}`;

export async function addMark(db: StageLensDB, m: { sessionId: string; kind: MarkKind; note?: string; t?: number }): Promise<MarkRow> {
  const session = await db.sessions.get(m.sessionId);
  if (!session) throw new Error(`no session ${m.sessionId}`);
  const t = m.t ?? Date.now();
  const row: MarkRow = {
    id: markIdOf(m.sessionId, t),
    sessionId: m.sessionId,
    shopId: session.shopId,
    t,
    kind: m.kind,
    note: m.kind === 'note' ? (m.note ?? '').trim().slice(0, MARK_NOTE_MAX) : '',
  };
  await storeWrite('marks', () => db.marks.put(row));
  return row;
}

export const sessionMarks = async (db: StageLensDB, sessionId: string): Promise<MarkRow[]> =>
  (await db.marks.where('sessionId').equals(sessionId).toArray()).sort((a, b) => a.t - b.t);

/** The newest session of any shop that is live now (the keyboard shortcut marks it). */
export async function liveSessionNow(db: StageLensDB): Promise<string | null> {
  const live = (await db.sessions.orderBy('lastSeen').reverse().limit(20).toArray()).find((s) => s.live);
  return live?.id ?? null;
}
