/**
 * Item advice: the rules of ./itemRules.ts applied to one session's items. Each fired rule names
 * its item and the numbers that fired it (the item's figure, and the session's items' quartiles
 * for "high" and "low").
 */
import { spreadOf, type Spread } from '../items/ledger';
import type { ItemMeasures, MeasureId } from '../items/measures';
import { ITEM_RULES, ITEM_SPREAD_MIN, type ItemCondition, type ItemRule } from './itemRules';
import type { Bilingual } from './types';

export interface SessionItem {
  itemId: string;
  title: string | null;
  measures: ItemMeasures;
}

export interface ItemTrigger {
  measure: MeasureId;
  value: number;
  /** the session's items' spread, for "high" / "low" */
  spread?: Spread;
  /** the plain number compared with, for "atLeast" / "atMost" */
  limit?: number;
}

export interface ItemAdvice {
  ruleId: string;
  itemId: string;
  title: string | null;
  action: Bilingual;
  why: Bilingual;
  numbers: ItemTrigger[];
}

function holds(c: ItemCondition, value: number | null, spread: () => Spread): ItemTrigger | null {
  if (value === null) return null;
  switch (c.kind) {
    case 'atLeast':
      return value >= c.value ? { measure: c.measure, value, limit: c.value } : null;
    case 'atMost':
      return value <= c.value ? { measure: c.measure, value, limit: c.value } : null;
    case 'high':
    case 'low': {
      const s = spread();
      if (s.n < ITEM_SPREAD_MIN || s.q1 === null || s.q3 === null || s.median === null) return null;
      const ok = c.kind === 'high' ? value >= s.q3 && value > s.median : value <= s.q1 && value < s.median;
      return ok ? { measure: c.measure, value, spread: s } : null;
    }
  }
}

export function itemAdvice(items: readonly SessionItem[], rules: readonly ItemRule[] = ITEM_RULES): ItemAdvice[] {
  const spreads = new Map<MeasureId, Spread>();
  const spread = (m: MeasureId) => () => {
    let s = spreads.get(m);
    if (!s) spreads.set(m, (s = spreadOf(items, (i) => i.measures[m])));
    return s;
  };
  const out: ItemAdvice[] = [];
  for (const item of items) {
    for (const rule of rules) {
      const numbers: ItemTrigger[] = [];
      let fired = true;
      for (const c of rule.when) {
        const t = holds(c, item.measures[c.measure], spread(c.measure));
        if (!t) {
          fired = false;
          break;
        }
        numbers.push(t);
      }
      if (fired) out.push({ ruleId: rule.id, itemId: item.itemId, title: item.title, action: rule.action, why: rule.why, numbers });
    }
  }
  return out;
}
