/** Growth: the stage, next actions, the capability checklist, the pre-live list, the channel mix. */
import { NextActions } from '../common/NextActions';
import { useApp, useT } from '../state/context';
import { ChannelMix } from './ChannelMix';
import { ChecklistPanel } from './ChecklistPanel';
import { PreLiveList } from './PreLiveList';
import { StageCard } from './StageCard';

/** @public — loaded lazily by components/App.tsx (a dynamic import knip cannot follow) */
export function GrowthView() {
  const { shop, shops } = useApp();
  const t = useT();
  if (!shops.computed.current.value) return <p class="muted">{t('sessions.noShop')}</p>;
  const mix = shop.computed.channels.value;
  return (
    <>
      <StageCard />
      <NextActions actions={shop.computed.actions.value} />
      <ChecklistPanel />
      <PreLiveList />
      {mix ? <ChannelMix mix={mix} /> : null}
    </>
  );
}
