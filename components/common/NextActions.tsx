/** The top next actions from the growth engine, with the numbers that triggered each. */
import type { NextAction } from '../../lib/growth/advice';
import { PILLARS } from '../../lib/growth/pillars';
import { pick } from '../../lib/i18n/lang';
import { useLang, useT } from '../state/context';
import { engine } from '../state/engine';

/** `actions` null: the engine's advice half is still loading (components/state/engine.ts). */
export function NextActions({ actions, max = 5 }: { actions: NextAction[] | null; max?: number }) {
  const t = useT();
  const lang = useLang();
  const top = actions?.slice(0, max) ?? [];
  const checklistItem = engine.value?.checklistItem;
  return (
    <section class="card actions" aria-labelledby="next-actions-h">
      <h2 id="next-actions-h">{t('actions.title')}</h2>
      {!actions ? (
        <p class="muted" role="status">
          {t('view.loading')}
        </p>
      ) : top.length === 0 ? (
        <p class="muted">{t('actions.none')}</p>
      ) : (
        <ol class="action-list">
          {top.map((a) => {
            const item = a.advances ? checklistItem?.(a.advances) : undefined;
            return (
              <li key={a.id} data-action={a.id}>
                <span class="pill">{pick(PILLARS[a.pillar].name, lang)}</span> {pick(a.action, lang)}
                <details>
                  <summary>{t('actions.why')}</summary>
                  <p>{pick(a.why, lang)}</p>
                  <ul>
                    {a.numbers.map((n, i) => (
                      <li key={i}>{pick(n.text, lang)}</li>
                    ))}
                  </ul>
                  {item ? (
                    <p class="muted">
                      {t('actions.advances')}
                      {pick(item, lang)}
                    </p>
                  ) : null}
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
