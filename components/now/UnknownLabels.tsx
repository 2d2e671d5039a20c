/** Labels that looked like metrics but no adapter alias knew them, each with a way to map it. */
import type { StoredUnknown } from '../../lib/store/rows';
import { useT } from '../state/context';
import { LabelMapper } from './LabelMapper';

export function UnknownLabels({ unknown }: { unknown: StoredUnknown[] }) {
  const t = useT();
  return (
    <ul class="unknown">
      {unknown.map((u, i) => (
        <li key={`${u.label}${i}`} data-unknown>
          <span class="label-text">{u.label}</span>{' '}
          <span class="muted">
            {t('inspect.textShown')}
            <code>{u.text}</code>
          </span>
          <LabelMapper label={u.label} idx={i} />
        </li>
      ))}
    </ul>
  );
}
