/**
 * The shop's item ledger: each item across the sessions StageLens saw it in, every figure placed
 * against the shop's items' quartiles (▲ above the upper quartile, ▼ below the lower one, ● in
 * between; coloured when the figure has a better direction), and the click → order rate per
 * session as a short series. The header row gives each figure's median and quartiles.
 */
import { LEDGER_FIGURES, type LedgerCell, type LedgerModel } from '../../lib/view-model/items';
import { short } from '../../lib/i18n/lang';
import { refValue } from '../../lib/format/refValue';
import { useItemsT } from './words';
import { useLang } from '../state/context';
import { itemName, show } from './fmt';

/** How many sessions the trend shows (the newest). */
export const TREND_SESSIONS = 6;

const MARK = { above: '▲', below: '▼', within: '●', unknown: '' } as const;

function Cell({ cell, unit, id }: { cell: LedgerCell; unit: (typeof LEDGER_FIGURES)[number]['unit']; id: string }) {
  const ti = useItemsT();
  const l = short(useLang());
  const tone = cell.good === null ? '' : cell.good ? ' good' : ' bad';
  return (
    <td class="num" data-fig={id} data-pos={cell.position}>
      <span class="v">{show(cell.value, unit, l)}</span>
      {cell.position !== 'unknown' ? (
        <span class={`badge pos-mark${tone}`} title={ti(`items.ledger.pos.${cell.position}`)}>
          {MARK[cell.position]}
          <span class="sr-only">{ti(`items.ledger.pos.${cell.position}`)}</span>
        </span>
      ) : null}
    </td>
  );
}

export function ItemLedger({ model }: { model: LedgerModel }) {
  const ti = useItemsT();
  const l = short(useLang());
  if (!model.rows.length) return <p class="muted small">{ti('items.ledger.none')}</p>;
  return (
    <div class="scroll-x">
      <table class="item-table ledger">
        <thead>
          <tr>
            <th scope="col">{ti('items.col.title')}</th>
            {LEDGER_FIGURES.map((f) => (
              <th scope="col" key={f.id}>
                {ti(`items.ledger.${f.id}`)}
              </th>
            ))}
            <th scope="col">{ti('items.ledger.trend')}</th>
          </tr>
          <tr class="spread-row muted small">
            <th scope="row">{ti('items.ledger.spread')}</th>
            {LEDGER_FIGURES.map((f) => {
              const s = model.spreads[f.id];
              return (
                <td key={f.id} class="num" data-spread={f.id}>
                  {refValue(s.median, f.unit, l)}
                  <div>{s.q1 !== null ? `${refValue(s.q1, f.unit, l)}–${refValue(s.q3, f.unit, l)}` : ''}</div>
                </td>
              );
            })}
            <td />
          </tr>
        </thead>
        <tbody>
          {model.rows.map(({ row, cells }) => (
            <tr key={row.item.id} data-ledger-item={row.item.key}>
              <th scope="row" class="item-title">
                <span class="title" title={itemName(row.item)}>
                  {itemName(row.item)}
                </span>
              </th>
              {LEDGER_FIGURES.map((f) => (
                <Cell key={f.id} id={f.id} cell={cells[f.id]} unit={f.unit} />
              ))}
              <td class="num small trend" data-fig="payRateTrend">
                {row.payRateTrend.length
                  ? row.payRateTrend
                      .slice(-TREND_SESSIONS)
                      .map((p) => show(p.value, 'ratio', l))
                      .join(' → ')
                  : show(null, 'ratio', l)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">{ti('items.ledger.legend')}</p>
    </div>
  );
}
