/** The settings as live signals, the language and theme they imply, and validated updates. */
import { computed } from '@preact/signals';
import type { StageLensDB } from '../../lib/store/db';
import type { Settings } from '../../lib/store/settings';
import { DEFAULT_SETTINGS, getSettings } from '../../lib/store/settings-read';
import { createT } from '../../lib/i18n';
import type { Errors } from './errors';
import { liveSignal } from './live';

export function createSettings(db: StageLensDB, errors: Errors) {
  const live = liveSignal(() => null, () => getSettings(db), { ...DEFAULT_SETTINGS } as Settings);
  const settings = live.value;
  const lang = computed(() => settings.value.language);
  const t = computed(() => createT(lang.value));

  /** Validates and writes; a bad value or a failed write is reported, and false returned. */
  async function update(patch: Partial<Settings>): Promise<boolean> {
    // the write path (zod) loads with the first change, not with the panel
    return (await errors.actions.guard('settings', async () => (await import('../../lib/store/settings')).updateSettings(db, patch))) !== null;
  }

  return {
    signals: { settings, loading: live.loading, error: live.error },
    computed: { lang, t },
    actions: { update },
    dispose: live.dispose,
  };
}

export type SettingsState = ReturnType<typeof createSettings>;
