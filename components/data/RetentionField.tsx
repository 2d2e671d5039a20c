/** Keep captures for N days (empty = keep everything), and apply it now if wanted. */
import { useApp, useT } from '../state/context';

export function RetentionField() {
  const { settings, data } = useApp();
  const t = useT();
  const days = settings.signals.settings.value.retentionDays;
  const res = data.signals.retained.value;
  return (
    <div class="field">
      <label for="set-retention">{t('settings.retention')}</label>
      <input
        id="set-retention"
        type="number"
        min="1"
        step="1"
        value={days ?? ''}
        placeholder={t('settings.keepAll')}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value.trim();
          void settings.actions.update({ retentionDays: v === '' ? null : Number(v) });
        }}
      />
      <button type="button" class="link small" disabled={days === null} onClick={() => void data.actions.retainNow(days)}>
        {t('settings.retainNow')}
      </button>
      {res ? (
        <span class="muted small" role="status">
          {t('settings.retained', { captures: res.captures, points: res.points })}
        </span>
      ) : null}
    </div>
  );
}
