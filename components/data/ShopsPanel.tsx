/**
 * The seller's shops, each with the backend accounts it joins; the questions StageLens asks
 * rather than guess ("这些是同一家店吗？"); merge, split and undo. Nothing recorded moves: every
 * reading stays under its account, and these change only which shop an account belongs to.
 */
import { useState } from 'preact/hooks';
import type { ShopGroup, Suggestion } from '../../lib/store/links';
import { fullTime } from '../../lib/format/time';
import { groupName, platformName, shopIdNote, shopName } from '../common/names';
import { useApp, useT } from '../state/context';

type T = ReturnType<typeof useT>;

const accountName = (a: ShopGroup['accounts'][number], t: T): string => `${platformName(a.platform, t)} · ${shopName(a, t)}`;

function Question({ q, list }: { q: Suggestion; list: readonly ShopGroup[] }) {
  const { shops } = useApp();
  const t = useT();
  const byId = (id: string) => list.find((g) => g.id === id);
  if (q.kind === 'pick') {
    const g = list.find((x) => x.accounts.some((a) => a.id === q.account));
    const a = g?.accounts.find((x) => x.id === q.account);
    if (!a) return null;
    return (
      <li class="question" data-question="pick" data-account={a.id}>
        <p>{t('shops.q.pick', { account: accountName(a, t) })}</p>
        <div class="buttons">
          {q.options.map((o) => {
            const s = byId(o.shop);
            return s ? (
              <button type="button" key={o.shop} data-pick={o.shop} onClick={() => void shops.actions.assign(a.id, o.shop)}>
                {groupName(s, t)}
                {o.rooms.length ? ` · ${t('shops.q.rooms', { n: o.rooms.length })}` : ''}
              </button>
            ) : null;
          })}
          <button type="button" class="link" data-pick="own" onClick={() => void shops.actions.assign(a.id, a.id)}>
            {t('shops.q.own')}
          </button>
        </div>
      </li>
    );
  }
  const [x, y] = q.shops.map(byId);
  if (!x || !y) return null;
  // the shop seen first keeps its id: its sessions and ticks stay where they were
  const [into, from] = x.firstSeen <= y.firstSeen ? [x, y] : [y, x];
  return (
    <li class="question" data-question="same-room" data-shops={q.shops.join(' ')}>
      <p>{t('shops.q.same', { a: groupName(x, t), b: groupName(y, t), rooms: q.rooms.join('、') })}</p>
      <div class="buttons">
        <button type="button" class="primary" data-answer="same" onClick={() => void shops.actions.merge(into.id, from.id)}>
          {t('shops.q.yes')}
        </button>
        <button type="button" data-answer="apart" onClick={() => void shops.actions.apart(x.id, y.id)}>
          {t('shops.q.no')}
        </button>
      </div>
    </li>
  );
}

function MergeInto({ shop, list }: { shop: ShopGroup; list: readonly ShopGroup[] }) {
  const { shops } = useApp();
  const t = useT();
  const [into, setInto] = useState('');
  const others = list.filter((g) => g.id !== shop.id);
  if (!others.length) return null;
  const id = `merge-${shop.id}`;
  return (
    <div class="row merge-into">
      <label class="field" for={id}>
        <span>{t('shops.mergeInto')}</span>
        <select id={id} value={into} onChange={(e) => setInto((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">—</option>
          {others.map((g) => (
            <option key={g.id} value={g.id}>
              {groupName(g, t)} · {g.platforms.map((p) => platformName(p, t)).join(' · ')}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={!into} onClick={() => void shops.actions.merge(into, shop.id).then(() => setInto(''))}>
        {t('shops.merge')}
      </button>
    </div>
  );
}

export function ShopsPanel() {
  const { shops } = useApp();
  const t = useT();
  const list = shops.signals.list.value;
  const current = shops.computed.current.value;
  const questions = shops.signals.questions.value;
  const undoable = shops.signals.log.value.filter((e) => e.undone === null && e.kind !== 'apart').slice(0, 3);
  return (
    <section class="card" aria-labelledby="shops-h">
      <h2 id="shops-h">{t('shops.title')}</h2>
      {questions.length ? (
        <div class="shop-questions" role="group" aria-label={t('shops.q.title')}>
          <h3>{t('shops.q.title')}</h3>
          <ul class="questions">
            {questions.map((q, i) => (
              <Question key={i} q={q} list={list} />
            ))}
          </ul>
        </div>
      ) : null}
      {list.length === 0 ? (
        <p class="muted">{t('shops.none')}</p>
      ) : (
        <ul class="shops">
          {list.map((s) => (
            <li key={s.id} data-shop={s.id}>
              <strong>{groupName(s, t)}</strong>
              {s.platforms.map((p) => (
                <span class="tag" key={p} data-platform={p}>
                  {platformName(p, t)}
                </span>
              ))}
              {s.pending ? <span class="tag derived">{t('shops.pending')}</span> : null}
              <div class="muted small">{t('shops.seen', { first: fullTime(s.firstSeen), last: fullTime(s.lastSeen) })}</div>
              <ul class="accounts">
                {s.accounts.map((a) => (
                  <li key={a.id} data-account={a.id} data-how={a.how}>
                    <span>{accountName(a, t)}</span>
                    {shopIdNote(a) ? <span class="muted small"> · {shopIdNote(a)}</span> : null}
                    <span class="muted small"> · {t(`shops.how.${a.how}`)}</span>
                    {s.accounts.length > 1 ? (
                      <button
                        type="button"
                        class="link small"
                        aria-label={t('shops.splitOf', { name: accountName(a, t) })}
                        onClick={() => void shops.actions.split(a.id)}
                      >
                        {t('shops.split')}
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
              {s.id === current ? (
                <span class="tag">{t('shops.current')}</span>
              ) : (
                <button type="button" class="link" aria-label={t('shops.use', { name: groupName(s, t) })} onClick={() => shops.actions.select(s.id)}>
                  {t('shops.show')}
                </button>
              )}
              <MergeInto shop={s} list={list} />
            </li>
          ))}
        </ul>
      )}
      {undoable.length ? (
        <ul class="link-log small">
          {undoable.map((e) => (
            <li key={e.id} data-log={e.kind}>
              {t(`shops.log.${e.kind as 'merge' | 'split' | 'assign'}`, { at: fullTime(e.at) })}{' '}
              <button type="button" class="link" data-undo={e.id} onClick={() => void shops.actions.undo(e.id)}>
                {t('shops.undo')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p class="muted small">{t('shops.note')}</p>
    </section>
  );
}
