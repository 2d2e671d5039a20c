/** Filters: platform, date range (Shanghai days), title search. */
import { useApp, useT } from '../state/context';
import { platformName } from '../common/names';

export function SessionFilters() {
  const { sessions } = useApp();
  const t = useT();
  const s = sessions.signals;
  const platforms = sessions.computed.platforms.value;
  const val = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return (
    <form class="filters" role="search" aria-label={t('sessions.filters')} onSubmit={(e) => e.preventDefault()}>
      <label class="field grow" for="f-search">
        <span>{t('sessions.search')}</span>
        <input id="f-search" type="search" value={s.search.value} placeholder={t('sessions.searchHint')} onInput={(e) => void (s.search.value = val(e))} />
      </label>
      {platforms.length > 1 ? (
        <label class="field" for="f-platform">
          <span>{t('sessions.platform')}</span>
          <select id="f-platform" value={s.platform.value} onChange={(e) => void (s.platform.value = val(e))}>
            <option value="">{t('sessions.allPlatforms')}</option>
            {platforms.map((p) => (
              <option key={p} value={p}>
                {platformName(p, t)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label class="field" for="f-from">
        <span>{t('sessions.from')}</span>
        <input id="f-from" type="date" value={s.from.value} onInput={(e) => void (s.from.value = val(e))} />
      </label>
      <label class="field" for="f-to">
        <span>{t('sessions.to')}</span>
        <input id="f-to" type="date" value={s.to.value} onInput={(e) => void (s.to.value = val(e))} />
      </label>
    </form>
  );
}
