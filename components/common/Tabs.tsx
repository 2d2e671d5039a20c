/** The view switcher: a WAI-ARIA tablist (arrow keys, Home/End, roving tabindex). */
import { useRef } from 'preact/hooks';
import { VIEWS, tabKeyTarget, type ViewId } from '../../lib/view-model/tabs';
import { useApp, useT } from '../state/context';

export const tabId = (v: ViewId) => `tab-${v}`;
export const panelId = (v: ViewId) => `panel-${v}`;

export function Tabs() {
  const { nav } = useApp();
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const current = nav.signals.view.value;

  function onKey(e: KeyboardEvent, i: number) {
    const to = tabKeyTarget(e.key, i, VIEWS.length);
    if (to === null) return;
    e.preventDefault();
    nav.actions.select(VIEWS[to]!);
    list.current?.querySelectorAll<HTMLElement>('[role=tab]')[to]?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={t('tabs.label')} ref={list}>
      {VIEWS.map((v, i) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={tabId(v)}
          aria-controls={panelId(v)}
          aria-selected={v === current}
          tabIndex={v === current ? 0 : -1}
          onClick={() => nav.actions.select(v)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t(`tab.${v}`)}
        </button>
      ))}
    </div>
  );
}
