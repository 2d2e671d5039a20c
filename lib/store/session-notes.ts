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

export async function sessionNotes(db: StageLensDB, sessionId: string): Promise<SessionNotes> {
  const [marks, alerts, segs] = await Promise.all([
    sessionMarks(db, sessionId), sessionAlerts(db, sessionId), db.segments.where('sessionId').equals(sessionId).sortBy('start'),
  ]);
  const items = await db.items.bulkGet([...new Set(segs.map((s) => s.itemId))]);
  const title = new Map(items.filter((i) => i !== undefined).map((i) => [i!.id, i!.title ?? i!.platformId ?? i!.key]));
  return { marks, alerts, segments: segs.map((s) => ({ start: s.start, end: s.end, title: title.get(s.itemId) ?? s.itemId })) };
}
