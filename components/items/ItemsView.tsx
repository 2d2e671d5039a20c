/**
 * 商品 / Items: a session's items (numbers, funnels, the one being explained), its explanation
 * segments on the minute curve, the item advice, and the shop's item ledger across sessions.
 */
import './items.css';
import { useMemo } from 'preact/hooks';
import { ledgerModel, sessionItemsModel } from '../../lib/view-model/items';
import { shortTime } from '../../lib/format/time';
import { sessionName } from '../common/names';
import { useItemsT } from './words';
import { useApp, useT } from '../state/context';
import { ItemAdviceList } from './ItemAdviceList';
import { ItemLedger } from './ItemLedger';
import { ItemTable } from './ItemTable';
import { SegmentList } from './SegmentList';

export function ItemsView() {
  const { items, shops } = useApp();
  const t = useT();
  const ti = useItemsT();
  const sid = items.computed.sessionId.value;
  const data = items.signals.session.value;
  const ledgerInput = items.signals.ledger.value;
  // worked out when the store answers, not on every render (a sort click re-renders)
  const model = useMemo(() => (data && data.sessionId === sid ? sessionItemsModel(data) : null), [data, sid]);
  const ledger = useMemo(() => (ledgerInput ? ledgerModel(ledgerInput) : null), [ledgerInput]);
  if (!shops.computed.current.value) return <p class="muted">{t('sessions.noShop')}</p>;
  const err = items.signals.error.value;
  if (err) return <p role="alert">{t('error.read', { message: String((err as Error)?.message ?? err) })}</p>;
  const list = items.signals.sessions.value;
  if (!list.length) return items.signals.loading.value ? <p class="muted">{t('loading')}</p> : <p class="muted">{ti('items.none')}</p>;
  return (
    <>
      <label class="field" for="items-session">
        <span>{ti('items.session')}</span>
        <select id="items-session" value={sid ?? ''} onChange={(e) => items.actions.pick((e.currentTarget as HTMLSelectElement).value)}>
          {list.map((s) => (
            <option key={s.id} value={s.id}>{`${shortTime(s.t)} ${sessionName(s)}${s.live ? ` · ${t('sessions.live')}` : ''}`}</option>
          ))}
        </select>
      </label>
      {model ? (
        <>
          <section class="card" aria-labelledby="items-h">
            <h2 id="items-h">{ti('items.title', { n: model.lines.length })}</h2>
            <p class="muted small">{ti('items.partialNote')}</p>
            <ItemTable lines={model.lines} />
          </section>
          <section class="card" aria-labelledby="segments-h">
            <h2 id="segments-h">{ti('items.segments.title', { n: model.segments.length })}</h2>
            <SegmentList segments={model.segments} />
          </section>
          <section class="card" aria-labelledby="item-advice-h">
            <h2 id="item-advice-h">{ti('items.advice.title')}</h2>
            <ItemAdviceList advice={model.advice} />
          </section>
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      <section class="card" aria-labelledby="ledger-h">
        <h2 id="ledger-h">{ti('items.ledger.title')}</h2>
        {ledger ? <ItemLedger model={ledger} /> : <p class="muted">{t('loading')}</p>}
      </section>
    </>
  );
}
