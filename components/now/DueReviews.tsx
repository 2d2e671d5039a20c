/** The reminder on Now: live sessions whose settled numbers (about a day later) have not been read (lib/store/settled.ts). */
import { liveT } from '../../lib/i18n/live';
import { dueSessions } from '../../lib/store/settled';
import { shortTime } from '../../lib/format/time';
import { sessionName } from '../common/names';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useApp, useLang } from '../state/context';

export function DueReviews() {
  const { db } = useApp();
  const t = liveT(useLang());
  const due = useLiveQuery(() => dueSessions(db), [], []).value;
  if (!due.length) return null;
  return (
    <section class="card due-reviews" role="note" data-due-reviews={due.length}>
      <p>{t('settled.due', { n: due.length })}</p>
      <ul>
        {due.map((s) => (
          <li key={s.id} data-session={s.id}>
            {sessionName(s)} · {shortTime(s.t)}
          </li>
        ))}
      </ul>
      <p class="muted small">{t('settled.dueHint')}</p>
    </section>
  );
}
