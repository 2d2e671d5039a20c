/** Sessions: filter the shop's sessions, pick any number, compare them side by side; the first picked one's 复盘 draft. */
import { useApp, useT } from '../state/context';
import { CompareTable } from './CompareTable';
import { FunnelChart } from './FunnelChart';
import { ReviewCard } from './ReviewCard';
import { DriftCard } from './DriftCard';
import { SessionFilters } from './SessionFilters';
import { SessionList } from './SessionList';

export function SessionsView() {
  const { sessions, shops } = useApp();
  const t = useT();
  if (!shops.computed.current.value) return <p class="muted">{t('sessions.noShop')}</p>;
  const picked = sessions.computed.selectedRows.value;
  return (
    <>
      <SessionFilters />
      <SessionList />
      {picked.length ? (
        <section class="card compare" aria-labelledby="compare-h">
          <h2 id="compare-h">{t('compare.title', { n: picked.length })}</h2>
          {picked.length < 2 ? <p class="muted">{t('compare.pickMore')}</p> : null}
          <CompareTable />
          <FunnelChart />
        </section>
      ) : null}
      {picked[0] ? <DriftCard session={picked[0]} /> : null}
      {picked[0] ? <ReviewCard session={picked[0]} /> : null}
    </>
  );
}
