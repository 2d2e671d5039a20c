/**
 * Stage 3: the period the page shows as selected, found from the page, never from the URL (罗盘's
 * router rewrites `date_type` after ~15 s; 快手 keeps no period in the URL at all).
 */
import type { Reading } from '../capture/types';
import type { PageIndex } from './index-text';
import { TAB_REACH } from './limits';
import { parentOf, type DomFacts } from './walk';

const ACTIVE =
  /(?:^|[\s_-])(?:active|selected|checked|current)(?:$|[\s_-])|(?:active|selected|checked|current)-[A-Za-z0-9_]{4,}|(?:Active|Selected|Checked|Current)(?:$|[\s_-])/;

const isActive = (el: Element): boolean => {
  const cls = el.getAttribute('class');
  return (
    (cls !== null && ACTIVE.test(cls)) ||
    el.getAttribute('aria-selected') === 'true' ||
    el.getAttribute('aria-checked') === 'true' ||
    el.getAttribute('aria-current') === 'true'
  );
};

/**
 * The selected period, as the page shows it, in three steps:
 *  1. a tab marked selected by class or ARIA (`ecom-tabs-tab-active`, aria-selected);
 *  2. a tab set that shows the selection only by colour (快手): among three or more tabs, the one
 *     whose computed colour and background differ from all the others, which all look alike;
 *  3. a single period word on the page inside a control (a dropdown trigger, a date picker, a
 *     radio: it shows its value); a lone 近30天 in a sentence (近30天共开播 12 场) is not one.
 * `undecided` when several choices are shown and none of these tells which one is selected.
 */
export function selectedPeriod(idx: PageIndex, facts: DomFacts): { period: string | null; undecided: boolean } {
  const shown = idx.periods.filter((p) => !facts.isHidden(p.node));
  for (const p of shown) {
    for (let e = parentOf(p.node), d = 0; e && d < TAB_REACH; e = parentOf(e), d++) if (isActive(e)) return { period: p.text, undecided: false };
  }
  if (shown.length === 1) return { period: inControl(shown[0]!.node) ? shown[0]!.text : null, undecided: false };
  const distinct = new Set(shown.map((p) => p.text));
  if (distinct.size < 2) return { period: shown[0]?.text ?? null, undecided: false };
  const byColour = selectedByColour(shown.map((p) => p.node));
  return byColour >= 0 ? { period: shown[byColour]!.text, undecided: false } : { period: null, undecided: true };
}

const CONTROL_CLASS = /select|picker|dropdown|radio|tab|date|period|filter|time|range|segment/i;
const CONTROL_ROLE = new Set(['combobox', 'button', 'tab', 'radio', 'listbox', 'option']);

/** Is the period word inside a control showing its value? */
function inControl(n: Node): boolean {
  for (let e = parentOf(n), d = 0; e && d < TAB_REACH; e = parentOf(e), d++) {
    if (e.tagName === 'BUTTON' || e.tagName === 'LABEL' || CONTROL_ROLE.has(e.getAttribute('role') ?? '')) return true;
    const cls = e.getAttribute('class');
    if (cls && CONTROL_CLASS.test(cls)) return true;
  }
  return false;
}

/** Index of the one tab that looks different (colour + background of the tab or its text's
 *  parents), when there are at least three and all the others look the same; else -1. */
function selectedByColour(nodes: Text[]): number {
  if (nodes.length < 3) return -1;
  // A document with no window (a saved page parsed for a snapshot) has no computed style: its
  // inline styles are what it can tell
  const view = nodes[0]!.ownerDocument?.defaultView;
  const styleOf = (e: Element): { color: string; backgroundColor: string } =>
    view?.getComputedStyle ? view.getComputedStyle(e) : ((e as HTMLElement).style ?? { color: '', backgroundColor: '' });
  const looks = nodes.map((n) => {
    let s = '';
    for (let e = parentOf(n), d = 0; e && d < TAB_REACH; e = parentOf(e), d++) {
      const cs = styleOf(e);
      s += `${cs.color}/${cs.backgroundColor};`;
    }
    return s;
  });
  const counts = new Map<string, number>();
  for (const l of looks) counts.set(l, (counts.get(l) ?? 0) + 1);
  if (counts.size !== 2) return -1;
  const odd = looks.findIndex((l) => counts.get(l) === 1);
  return odd >= 0 && counts.get(looks[odd === 0 ? 1 : 0]!) === nodes.length - 1 ? odd : -1;
}

/** Periods a label may name that mean "now" on a page that shows no period (a big screen). */
const CURRENT_PERIODS = new Set(['今日', '今日实时', '实时']);

/** Which of two readings of one metric over different periods is the page's: the one whose
 *  label names no period, then the page's selected period, then the current day. */
export function periodRank(r: Reading, pagePeriod: string | null): number {
  if (r.period === undefined || r.period === pagePeriod) return 0;
  return pagePeriod === null && CURRENT_PERIODS.has(r.period) ? 1 : 2;
}
