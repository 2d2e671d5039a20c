/** The stage: inferred from the data (why, how sure), or the one the user chose (saved in settings). */
import { STAGES } from '../../lib/growth';
import { STAGE_IDS, isStageId } from '../../lib/growth/types';
import { pick } from '../../lib/i18n/lang';
import { stageName } from '../common/names';
import { useApp, useLang, useT } from '../state/context';

export function StageCard() {
  const { shop, settings } = useApp();
  const t = useT();
  const lang = useLang();
  const eff = shop.computed.stage.value;
  const inf = shop.computed.inference.value;
  const def = STAGES[eff.stage];
  const override = settings.signals.settings.value.stageOverride;
  return (
    <section class="card stage" aria-labelledby="stage-h">
      <h2 id="stage-h">{t('stage.title')}</h2>
      <p class="stage-name" data-stage={eff.stage}>
        <strong>{stageName(eff.stage, lang)}</strong> <span class="tag">{eff.by === 'user' ? t('stage.byUser') : t('stage.byData')}</span>
      </p>
      <p>{pick(def.meaning, lang)}</p>
      <p class="muted">
        {t('stage.trouble')}
        {pick(def.trouble, lang)}
      </p>
      <p>
        {t('stage.inferred', { stage: stageName(inf.stage, lang) })} <meter min={0} max={1} value={inf.confidence} aria-label={t('stage.confidence')} />{' '}
        {t('stage.confidenceValue', { pct: Math.round(inf.confidence * 100) })}
      </p>
      <details>
        <summary>{t('stage.why')}</summary>
        <ul>
          {inf.reasons.map((r, i) => (
            <li key={i}>{pick(r, lang)}</li>
          ))}
        </ul>
      </details>
      <label class="field" for="stage-override">
        <span>{t('stage.override')}</span>
        <select
          id="stage-override"
          value={override ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            void settings.actions.update({ stageOverride: isStageId(v) ? v : null });
          }}
        >
          <option value="">{t('stage.auto')}</option>
          {STAGE_IDS.map((s) => (
            <option key={s} value={s}>
              {stageName(s, lang)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
