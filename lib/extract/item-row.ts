/**
 * Is a label inside one row of a list of items (a goods panel, a product list)? Such a row's
 * 成交金额 is the item's, not the page's: read as a page value it would be a neighbour's number.
 * Item rows wait for the items reader; here they are only kept away from page cards.
 *
 * Hooks seen on the real pages (REAL-DOM.md): 百应 goods rows `rpa_lc__live-goods__goods-item`
 * with `data-rbd-draggable-id` (drag-and-drop), `goodsItem-*` / `index__goodsItem___*` classes;
 * 快手 中控 react-virtuoso items `[data-index]` under `[data-virtuoso-scroller]` and its pinned
 * 正在讲解 copy (PINNED_ROW); 淘宝 中控 `.list-item` rows of `#tcl-unique-virtual-list`.
 */
import { parentOf } from './walk';
import { CHOICE_REACH, ROW_REACH } from './limits';

/**
 * 快手 中控's pinned 正在讲解 copy of the item being explained: a `[class^=list-item]` of the goods
 * list container, outside the virtual list (no `data-index`, no 序号), whose element id is the
 * listed row's plus `-recording` (`inner_c1goods-<id>-recording`; oba-live-tool kuaishou
 * constant.ts, element-finder.ts — REAL-DOM.md §5).
 */
export const PINNED_ROW = '[class^="list-container"] [id$="-recording"]';

const ITEM_CLASS = /(?:^|\s)(?:rpa_lc__live-goods__goods-item|goodsItem-\w+|index__goodsItem___\w+|goods-item|goodsItem)(?:\s|$)/;

/** A choice in a form control (a metric chooser's checkbox 「观看人数」, a select option, a
 *  menu item): it names a metric but shows no value of its own. */
const CHOICE_CLASS = /(?:checkbox|radio)(?:-button)?-wrapper|select-item-option|select-option|dropdown-menu-item|(?:^|\s)[\w-]*menu-item(?:\s|$)/;
const CHOICE_ROLE = new Set(['checkbox', 'radio', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio']);

export function inChoice(n: Node): boolean {
  let el = n.nodeType === 1 ? (n as Element) : parentOf(n);
  for (let d = 0; el && d < CHOICE_REACH; d++, el = parentOf(el)) {
    const role = el.getAttribute('role');
    if (role && CHOICE_ROLE.has(role)) return true;
    const cls = el.getAttribute('class');
    if (cls && CHOICE_CLASS.test(cls)) return true;
    if (el.tagName === 'LABEL' && el.querySelector('input[type="checkbox"],input[type="radio"]')) return true;
  }
  return false;
}

export function inItemRow(n: Node): boolean {
  let el = n.nodeType === 1 ? (n as Element) : parentOf(n);
  for (let d = 0; el && d < ROW_REACH; d++, el = parentOf(el)) {
    if (el.hasAttribute('data-rbd-draggable-id')) return true;
    const cls = el.getAttribute('class');
    if (cls && ITEM_CLASS.test(cls)) return true;
    if (el.hasAttribute('data-index') && el.closest('[data-virtuoso-scroller],#tcl-unique-virtual-list')) return true;
    if (el.id && el.matches(PINNED_ROW)) return true;
    if (cls && /(?:^|\s)list-item(?:\s|$)/.test(cls) && el.closest('#tcl-unique-virtual-list')) return true;
  }
  return false;
}
