/**
 * Stage 2: which labels anchor a card. A label found by the page pass is dropped when it is
 * hidden, inside an item row (a goods row's 成交金额 is the item's) or a choice (a metric
 * chooser's checkbox), or has no element of its own; a label in a table header names a column
 * instead (its table goes to the table stage).
 */
import type { LabelHit, PageIndex } from './index-text';
import { inChoice, inItemRow } from './item-row';
import { normaliseLabel } from './labels';
import { LABEL_WRAPPER_DEPTH, MAX_WRAPPER_CHILDREN } from './limits';
import { parentOf, type DomFacts } from './walk';

export interface Eligible {
  hit: LabelHit;
  /** the label's own element (or its text node) */
  el: Node;
}

/** The label's own element: the widest (≤ LABEL_WRAPPER_DEPTH levels) whose text is just the label. */
export function labelElement(hit: LabelHit): Node | null {
  const first = hit.nodes[0]!;
  const last = hit.nodes[hit.nodes.length - 1]!;
  let el: Node | null = hit.nodes.length === 1 ? first : null;
  for (let up = parentOf(first), d = 0; up && d < LABEL_WRAPPER_DEPTH; up = parentOf(up), d++) {
    if (up.childElementCount > MAX_WRAPPER_CHILDREN) break;
    if (!up.contains(last)) continue;
    if (normaliseLabel(up.textContent ?? '') !== hit.text) break;
    el = up;
  }
  return el;
}

/** The card labels of each segment (the page and each shadow root), in page order, and the
 *  tables whose header names a metric. */
export function eligibleLabels(idx: PageIndex, facts: DomFacts): { eligible: Eligible[][]; headerTables: Element[] } {
  const headerTables: Element[] = [];
  const eligible: Eligible[][] = idx.roots.map(() => []);
  for (const raw of idx.labels) {
    let hit: LabelHit | undefined = raw;
    let el = labelElement(hit);
    if (!el && hit.fallback) {
      hit = hit.fallback;
      el = labelElement(hit);
    }
    if (!el || facts.isHidden(hit.nodes[0]!) || inItemRow(hit.nodes[0]!) || inChoice(hit.nodes[0]!)) continue;
    const cell = facts.cellOf(hit.nodes[0]!);
    if (cell) {
      if (cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader') {
        const t = cell.closest('table');
        if (t && !headerTables.includes(t)) headerTables.push(t);
      }
      continue;
    }
    eligible[hit.seg]!.push({ hit, el });
  }
  return { eligible, headerTables };
}
