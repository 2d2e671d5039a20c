/**
 * The capture inspector: what the reader found (label and text as shown, value), what the adapter
 * expected but missed or could not read, and labels that look like metrics but are unknown, each
 * with a control to map it. Page text is only ever rendered as text.
 */
import type { CaptureRow } from '../../lib/store/rows';
import { inspect, type InspectorScope } from '../../lib/view-model/inspector';
import { useT } from '../state/context';
import { MissedList } from './MissedList';
import { ReadTable } from './ReadTable';
import { SnapshotButton } from './SnapshotButton';
import { UnknownLabels } from './UnknownLabels';

function ScopeBody({ s }: { s: InspectorScope }) {
  const t = useT();
  return (
    <>
      <h3>{t('inspect.read')}</h3>
      {s.read.length ? <ReadTable readings={s.read} /> : <p class="muted">{t('inspect.none')}</p>}
      <h3>{t('inspect.missed')}</h3>
      {s.missed.length ? <MissedList missed={s.missed} /> : <p class="muted">{t('inspect.noneMissed')}</p>}
      <h3>{t('inspect.unknown')}</h3>
      {s.unknown.length ? <UnknownLabels unknown={s.unknown} /> : <p class="muted">{t('inspect.noneUnknown')}</p>}
    </>
  );
}

/** `snapshot={false}` when the page-changed warning above already offers the save-test-page button. */
export function Inspector({ rows, snapshot = true }: { rows: CaptureRow[]; snapshot?: boolean }) {
  const t = useT();
  const m = inspect(rows);
  const one = m.scopes.length === 1 ? m.scopes[0] : undefined;
  return (
    <details class="card inspector" open>
      <summary>
        <strong>{t('inspect.title')}</strong>{' '}
        <span class="muted">
          {t('inspect.totals', { read: m.totals.read, derived: m.totals.derived, missed: m.totals.missed + m.totals.unreadable, unknown: m.totals.unknown })}
        </span>
      </summary>
      {one ? (
        <ScopeBody s={one} />
      ) : (
        m.scopes.map((s, i) => (
          <details key={s.scope} open={i === 0} class="scope-block">
            <summary>{s.scope === 'page' ? t('now.thisPage') : t('now.row', { key: s.scope })}</summary>
            <ScopeBody s={s} />
          </details>
        ))
      )}
      {snapshot ? <SnapshotButton /> : null}
    </details>
  );
}
