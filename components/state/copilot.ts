/**
 * The live co-pilot's state for the Now view: the open page's own session (a big screen's, a
 * console's), whether it is live, its alerts and marks (liveSignals: the background's writes
 * after each capture show at once), and marking a moment.
 */
import { computed } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import type { PageView } from '../../lib/store/page-view';
import type { AlertRow, MarkKind, MarkRow, SessionRow } from '../../lib/store/rows';
import { sessionAlerts } from '../../lib/store/alerts';
import { addMark, sessionMarks } from '../../lib/store/marks';
import { sessionById } from '../../lib/store/queries';
import { liveSignal } from './live';
import type { createErrors } from './errors';

export interface CopilotData {
  session: SessionRow;
  alerts: AlertRow[];
  marks: MarkRow[];
}

export function createCopilot(db: StageLensDB, page: ReadonlySignal<PageView | null>, errors: ReturnType<typeof createErrors>) {
  // the page-scope row carries the page's own session; a list's rows are other sessions'
  const sessionId = computed(() => page.value?.rows.find((r) => r.scope === 'page')?.sessionId ?? null);
  const data = liveSignal(
    () => sessionId.value,
    async (id): Promise<CopilotData | null> => {
      if (!id) return null;
      const session = await sessionById(db, id);
      if (!session) return null;
      const [alerts, marks] = await Promise.all([sessionAlerts(db, id), sessionMarks(db, id)]);
      return { session, alerts, marks };
    },
    null,
  );
  return {
    signals: { data: data.value },
    computed: { sessionId },
    actions: {
      mark: async (kind: MarkKind, note = ''): Promise<void> => {
        const id = sessionId.peek();
        if (!id) return;
        await errors.actions.guard('marks', () => addMark(db, { sessionId: id, kind, note }));
      },
    },
    dispose: () => data.dispose(),
  };
}
