/**
 * A session's items as a table, sortable by any column (a header is a button; aria-sort says the
 * order), each row followed by the item's 曝光 → 点击 → 成交 funnel. The item being explained
 * now is marked. A number the page did not show is "—".
 */
import { ITEM_COLUMNS, hasItemFunnel, itemFunnel, itemFunnelScale, nextSort, sortLines, type ItemLine, type ItemSortKey } from '../../lib/view-model/items';
import { short } from '../../lib/i18n/lang';
import { useItemsT } from './words';
import { useApp, useLang, useT } from '../state/context';
import { itemName, show } from './fmt';

function ItemFunnel({ line, scale }: { line: ItemLine; scale: number }) {
  const ti = useItemsT();
  const l = short(useLang());
  if (!hasItemFunnel(line.measures)) return null;
  return (
    <ol class="item-funnel" aria-label={ti('items.funnel', { item: itemName(line.entry.item) })}>
      {itemFunnel(line.measures, scale).map((s) => (
        <li key={s.measure}>
          <span class="step-name">{ti(`items.col.${s.measure}`)}</span>
          <span class="step-bar">
            <span style={{ width: `${(s.width * 100).toFixed(1)}%` }} />
          </span>
          <span class="num">{show(s.value, 'count', l)}</span>
          <span class="rate muted">{s.rate !== null ? show(s.rate, 'ratio', l) : ''}</span>
        </li>
      ))}
    </ol>
  );
}

export function ItemTable({ lines }: { lines: ItemLine[] }) {
  const { items } = useApp();
  const t = useT();
  const ti = useItemsT();
  const l = short(useLang());
  const sort = items.signals.sort.value;
  const rows = sortLines(lines, sort);
  const scale = itemFunnelScale(lines);
  const cols = ITEM_COLUMNS.length + 1;
  const head = (key: ItemSortKey, label: string) => (
    <th scope="col" key={key} aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="sort" data-sort={key} onClick={() => void (items.signals.sort.value = nextSort(sort, key))}>
        {label}
        {sort.key === key ? (sort.dir === 'asc' ? ' ↑' : ' ↓') : ''}
      </button>
    </th>
  );
  return (
    <div class="scroll-x">
      <table class="item-table">
        <thead>
          <tr>
            {head('title', ti('items.col.title'))}
            {ITEM_COLUMNS.map((c) => head(c.id, ti(`items.col.${c.id}`)))}
          </tr>
        </thead>
        {rows.map((line) => (
          <tbody key={line.entry.item.id} data-item={line.entry.item.key} class={line.explaining ? 'explaining' : undefined}>
            <tr>
              <th scope="row" class="item-title">
                <span class="title" title={itemName(line.entry.item)}>
                  {itemName(line.entry.item)}
                </span>
                {line.explaining ? <span class="tag live">{t('items.explainingNow')}</span> : null}
                {line.entry.item.kind === 'plan' ? <span class="tag">{ti('items.plan')}</span> : null}
              </th>
              {ITEM_COLUMNS.map((c) => (
                <td key={c.id} class="num" data-col={c.id}>
                  {c.id === 'orders' && line.measures.units !== null && line.measures.units !== line.measures.orders
                    ? `${show(line.measures.orders, 'count', l)} / ${show(line.measures.units, 'count', l)}`
                    : show(line.measures[c.id], c.unit, l)}
                </td>
              ))}
            </tr>
            {hasItemFunnel(line.measures) ? (
              <tr class="funnel-row">
                <td colSpan={cols}>
                  <ItemFunnel line={line} scale={scale} />
                </td>
              </tr>
            ) : null}
          </tbody>
        ))}
      </table>
    </div>
  );
}
