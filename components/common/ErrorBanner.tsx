/** Every failed write or read the user must know about, until dismissed. */
import { useApp, useT } from '../state/context';
import { opName } from './names';

export function ErrorBanner() {
  const { errors } = useApp();
  const t = useT();
  const list = errors.signals.entries.value;
  if (!list.length) return null;
  return (
    <div class="errors" role="alert">
      {list.map((e) => (
        <p key={e.id} class={`error error-${e.kind}`}>
          <strong>{e.kind === 'quota' ? t('error.quota') : t('error.failed', { op: opName(e.op, t) })}</strong> <span class="muted">{e.message}</span>{' '}
          <button type="button" class="link" onClick={() => errors.actions.dismiss(e.id)}>
            {t('action.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
