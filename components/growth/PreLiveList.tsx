/** What to get ready before the next session, by group; ticks last until "next session". */
import { PRE_LIVE, PRE_LIVE_GROUPS, PRE_LIVE_GROUP_NAMES } from '../../lib/growth';
import { pick } from '../../lib/i18n/lang';
import { Progress } from '../common/Progress';
import { useApp, useLang, useT } from '../state/context';

export function PreLiveList() {
  const { shop } = useApp();
  const t = useT();
  const lang = useLang();
  const done = shop.computed.preLive.value;
  const n = PRE_LIVE.filter((i) => done.has(i.id)).length;
  return (
    <section class="card prelive" aria-labelledby="prelive-h">
      <h2 id="prelive-h">{t('prelive.title')}</h2>
      <Progress done={n} total={PRE_LIVE.length} label={t('prelive.title')} />
      {PRE_LIVE_GROUPS.map((g) => (
        <details key={g} class="pillar">
          <summary>
            <strong>{pick(PRE_LIVE_GROUP_NAMES[g], lang)}</strong>
          </summary>
          <ul class="items">
            {PRE_LIVE.filter((i) => i.group === g).map((i) => (
              <li key={i.id} data-item={i.id}>
                <input type="checkbox" id={`pl-${i.id}`} checked={done.has(i.id)} onChange={() => void shop.actions.setItem(i.id, !done.has(i.id))} />
                <label for={`pl-${i.id}`}>{pick(i, lang)}</label>
              </li>
            ))}
          </ul>
        </details>
      ))}
      <button type="button" disabled={n === 0} onClick={() => void shop.actions.resetPreLive()}>
        {t('prelive.reset')}
      </button>
    </section>
  );
}
