/** The item advice of the session: each fired rule, its item, and the numbers that fired it. */
import type { ItemAdvice, ItemTrigger } from '../../lib/growth/itemAdvice';
import { MEASURE_UNITS } from '../../lib/view-model/items';
import { pick, short } from '../../lib/i18n/lang';
import { refValue } from '../../lib/format/refValue';
import { useItemsT } from './words';
import { useLang } from '../state/context';
import { MISSING, show } from './fmt';

function Trigger({ n }: { n: ItemTrigger }) {
  const ti = useItemsT();
  const l = short(useLang());
  const unit = MEASURE_UNITS[n.measure];
  const name = ti(`items.measure.${n.measure}`);
  const ref = n.spread
    ? ti('items.advice.spread', {
        q1: refValue(n.spread.q1, unit, l),
        median: refValue(n.spread.median, unit, l),
        q3: refValue(n.spread.q3, unit, l),
        n: n.spread.n,
      })
    : n.limit !== undefined
      ? ti('items.advice.limit', { limit: show(n.limit, unit, l) })
      : MISSING;
  return (
    <li data-measure={n.measure}>
      <span>{name}</span> <strong class="num">{show(n.value, unit, l)}</strong> <span class="muted">{ref}</span>
    </li>
  );
}

export function ItemAdviceList({ advice }: { advice: ItemAdvice[] }) {
  const ti = useItemsT();
  const lang = useLang();
  if (!advice.length) return <p class="muted small">{ti('items.advice.none')}</p>;
  return (
    <ul class="item-advice">
      {advice.map((a) => (
        <li key={`${a.ruleId}|${a.itemId}`} data-rule={a.ruleId}>
          <strong>{a.title ?? MISSING}</strong>
          <p>{pick(a.action, lang)}</p>
          <p class="muted small">{pick(a.why, lang)}</p>
          <ul class="triggers small">
            {a.numbers.map((n) => (
              <Trigger key={n.measure} n={n} />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
