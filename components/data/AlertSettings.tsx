/**
 * The live alerts' settings: every threshold (lib/live/thresholds.ts, validated on save as a
 * whole) and system notifications, which ask for the optional `notifications` permission in the
 * user's gesture when switched on; a refusal leaves them off and says so.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { liveT, type LiveKey } from '../../lib/i18n/live';
import { DEFAULT_THRESHOLDS, thresholdBounds, validThresholds, type AlertThresholds } from '../../lib/live/thresholds';
import { useApp, useLang } from '../state/context';

const NOTIFICATIONS: { permissions: ['notifications'] } = { permissions: ['notifications'] };
type Group = keyof typeof thresholdBounds;

export function AlertSettings() {
  const { settings } = useApp();
  const t = liveT(useLang());
  const s = settings.signals.settings.value;
  const [draft, setDraft] = useState<AlertThresholds | null>(null);
  const [note, setNote] = useState<'saved' | 'invalid' | 'denied' | null>(null);
  const th = draft ?? s.liveAlerts;

  const edit = (g: Group | 'persistReads', k: string, v: number) => {
    setNote(null);
    setDraft(g === 'persistReads' ? { ...th, persistReads: v } : ({ ...th, [g]: { ...th[g], [k]: v } } as AlertThresholds));
  };
  async function save(next: AlertThresholds) {
    if (!validThresholds(next)) return setNote('invalid');
    if (await settings.actions.update({ liveAlerts: next })) {
      setDraft(null);
      setNote('saved');
    }
  }
  async function notify(on: boolean) {
    setNote(null);
    if (on) {
      const api = browser.permissions;
      const granted = api ? (await api.contains(NOTIFICATIONS).catch(() => false)) || (await api.request(NOTIFICATIONS).catch(() => false)) : false;
      if (!granted) return setNote('denied');
    }
    await settings.actions.update({ alertNotifications: on });
  }

  const field = (g: Group | 'persistReads', k: string, value: number) => {
    const id = `th-${g}-${k}`;
    const key = (g === 'persistReads' ? 'live.th.persistReads' : `live.th.${g}.${k}`) as LiveKey;
    return (
      <label class="field" for={id} key={id}>
        <span>{t(key)}</span>
        <input
          id={id}
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={value}
          data-threshold={`${g}.${k}`}
          onChange={(e) => edit(g, k, Number((e.currentTarget as HTMLInputElement).value))}
        />
      </label>
    );
  };

  return (
    <section class="card alert-settings" aria-labelledby="alert-settings-h" data-alert-settings>
      <h2 id="alert-settings-h">{t('live.settings.title')}</h2>
      <p class="muted small">{t('live.settings.hint')}</p>
      <label class="check">
        <input type="checkbox" checked={s.alertNotifications} data-alert-notify onChange={(e) => void notify((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('live.settings.notify')}
      </label>
      <div class="grid2">
        {(Object.keys(thresholdBounds) as Group[]).flatMap((g) =>
          Object.keys(thresholdBounds[g]).map((k) => field(g, k, (th[g] as Record<string, number>)[k]!)),
        )}
        {field('persistReads', 'persistReads', th.persistReads)}
      </div>
      <div class="row">
        <button type="button" disabled={!draft} onClick={() => draft && void save(draft)}>
          {t('live.settings.save')}
        </button>{' '}
        <button type="button" class="link" onClick={() => void save({ ...DEFAULT_THRESHOLDS })}>
          {t('live.settings.reset')}
        </button>{' '}
        {note ? (
          <span role="status" class={note === 'saved' ? 'muted small' : 'small bad'}>
            {t(note === 'saved' ? 'live.settings.saved' : note === 'invalid' ? 'live.settings.invalid' : 'live.settings.notifyDenied')}
          </span>
        ) : null}
      </div>
    </section>
  );
}
