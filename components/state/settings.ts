/** The settings as live signals, the language and theme they imply, and validated updates. */
import { computed, effect, signal } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';

import { DEFAULT_SETTINGS, getSettings, updateSettings, type Settings } from '../../lib/store/settings';
import { createT, hasLang, loadLang } from '../../lib/i18n';
import type { Errors } from './errors';
import { liveSignal } from './live';

export function createSettings(db: StageLensDB, errors: Errors) {
  const live = liveSignal(
    () => null,
    () => getSettings(db),
    { ...DEFAULT_SETTINGS } as Settings,
  );
  // the stored settings take effect once their language's words are loaded (en loads on demand),
  // so the panel switches language in one step, never half in the default's words
  const settings = signal<Settings>(live.value.peek());
  const stopLang = effect(() => {
    const s = live.value.value;
    if (hasLang(s.language)) {
      settings.value = s;
      return;
    }
    const apply = () => void (live.value.peek() === s && (settings.value = s));
    loadLang(s.language).then(apply, apply);
  });
  const lang = computed(() => settings.value.language);
  const t = computed(() => createT(lang.value));

  /** Validates and writes; a bad value or a failed write is reported, and false returned. */
  async function update(patch: Partial<Settings>): Promise<boolean> {
    return (await errors.actions.guard('settings', () => updateSettings(db, patch))) !== null;
  }

  return {
    signals: { settings, loading: live.loading, error: live.error },
    computed: { lang, t },
    actions: { update },
    dispose() {
      stopLang();
      live.dispose();
    },
  };
}
