/**
 * The capture inspector's model: for each scope of the page, what was read (label as shown,
 * text as shown, value), what the adapter expected and missed (or found unreadable, with the
 * text), and labels that look like metrics but are unknown.
 */
import type { CaptureRow, StoredMissed, StoredReading, StoredUnknown } from '../store/rows';

export interface InspectorScope {
  scope: string;
  sessionId: string | null;
  read: StoredReading[];
  missed: StoredMissed[];
  unknown: StoredUnknown[];
}

export interface InspectorModel {
  scopes: InspectorScope[];
  totals: { read: number; derived: number; missed: number; unreadable: number; unknown: number };
}

export function inspect(rows: readonly CaptureRow[]): InspectorModel {
  const totals = { read: 0, derived: 0, missed: 0, unreadable: 0, unknown: 0 };
  const scopes = rows.map((r) => {
    for (const x of r.readings) x.source === 'derived' ? totals.derived++ : totals.read++;
    for (const m of r.missed) m.reason === 'unreadable' ? totals.unreadable++ : totals.missed++;
    totals.unknown += r.unknown.length;
    return { scope: r.scope, sessionId: r.sessionId, read: r.readings, missed: r.missed, unknown: r.unknown };
  });
  return { scopes, totals };
}
