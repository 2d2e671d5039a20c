/** A session's marks, segments (with their items' titles) and alerts: what its minute curve is annotated with. */
import type { StageLensDB } from './db';
import type { AlertRow, MarkRow } from './rows';
import { sessionAlerts } from './alerts';
import { sessionMarks } from './marks';

export interface SessionNotes {
  marks: MarkRow[];
  alerts: AlertRow[];
  segments: Array<{ start: number; end: number | null; title: string }>;
}

/** `ids`: the session's stored rows (a session several backends showed has one per backend). */
export async function sessionNotes(db: StageLensDB, ids: string | readonly string[]): Promise<SessionNotes> {
  const members = typeof ids === 'string' ? [ids] : [...ids];
  const per = await Promise.all(
    members.map((id) => Promise.all([sessionMarks(db, id), sessionAlerts(db, id), db.segments.where('sessionId').equals(id).sortBy('start')])),
  );
  const marks = per.flatMap(([m]) => m).sort((a, b) => a.t - b.t);
  const alerts = per.flatMap(([, a]) => a).sort((a, b) => a.firedAt - b.firedAt);
  const segs = per.flatMap(([, , s]) => s).sort((a, b) => a.start - b.start);
  const items = await db.items.bulkGet([...new Set(segs.map((s) => s.itemId))]);
  const title = new Map(items.filter((i) => i !== undefined).map((i) => [i!.id, i!.title ?? i!.platformId ?? i!.key]));
  return { marks, alerts, segments: segs.map((s) => ({ start: s.start, end: s.end, title: title.get(s.itemId) ?? s.itemId })) };
}
