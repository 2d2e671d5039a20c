/** Settings: language, theme, category, stage, break-even ROI, retention, targets. Validated on save. */
import { CATEGORY_IDS, CATEGORY_NAMES, STAGE_IDS, isCategoryId, isStageId } from '../../lib/growth/types';
import { LANGS, pick } from '../../lib/i18n/lang';
import { stageName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';
import { RetentionField } from './RetentionField';
import { TargetsEditor } from './TargetsEditor';

const THEMES = ['system', 'light', 'dark'] as const;
const val = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
/** a <select>'s value as one of a closed set's ids; '' (not chosen) is null */
const idOrNull = <T extends string>(is: (x: unknown) => x is T, v: string): T | null => (is(v) ? v : null);

export function SettingsForm() {
  const { settings } = useApp();
  const t = useT();
  const lang = useLang();
  const s = settings.signals.settings.value;
  const up = settings.actions.update;
  return (
    <section class="card settings" aria-labelledby="settings-h">
      <h2 id="settings-h">{t('settings.title')}</h2>
      <div class="grid2">
        <label class="field" for="set-lang">
          <span>{t('settings.language')}</span>
          <select id="set-lang" value={s.language} onChange={(e) => void up({ language: val(e) as typeof s.language })}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field" for="set-theme">
          <span>{t('settings.theme')}</span>
          <select id="set-theme" value={s.theme} onChange={(e) => void up({ theme: val(e) as typeof s.theme })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field" for="set-category">
          <span>{t('settings.category')}</span>
          <select id="set-category" value={s.category ?? ''} onChange={(e) => void up({ category: idOrNull(isCategoryId, val(e)) })}>
            <option value="">{t('settings.noCategory')}</option>
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {pick(CATEGORY_NAMES[c], lang)}
              </option>
            ))}
          </select>
        </label>
        <label class="field" for="set-stage">
          <span>{t('stage.override')}</span>
          <select id="set-stage" value={s.stageOverride ?? ''} onChange={(e) => void up({ stageOverride: idOrNull(isStageId, val(e)) })}>
            <option value="">{t('stage.auto')}</option>
            {STAGE_IDS.map((id) => (
              <option key={id} value={id}>
                {stageName(id, lang)}
              </option>
            ))}
          </select>
        </label>
        <label class="field" for="set-roi">
          <span>{t('settings.breakEvenRoi')}</span>
          <input
            id="set-roi"
            type="number"
            min="0"
            step="0.1"
            inputMode="decimal"
            value={s.breakEvenRoi ?? ''}
            placeholder={t('settings.notSet')}
            onChange={(e) => {
              const v = val(e).trim();
              void up({ breakEvenRoi: v === '' ? null : Number(v) });
            }}
          />
        </label>
        <RetentionField />
      </div>
      <p class="muted small">{t('settings.roiHint')}</p>
      <TargetsEditor />
    </section>
  );
}
