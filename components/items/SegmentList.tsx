/**
 * A session's explanation segments in time order: the item, its Shanghai start–end, how long,
 * and what happened on the minute curve meanwhile (GMV and clicks gained, average online). A
 * figure the curve cannot give is "—". `data-segment-item` (the item's key) and
 * `data-segment-gmv` (the GMV figure, empty when unknown) are the hooks the tests read.
 */
import type { SegmentLine } from '../../lib/view-model/items';
import { clock } from '../../lib/format/time';
import { short } from '../../lib/i18n/lang';
import { useItemsT } from './words';
import { useLang } from '../state/context';
import { itemName, show } from './fmt';

export function SegmentList({ segments }: { segments: SegmentLine[] }) {
  const ti = useItemsT();
  const l = short(useLang());
  if (!segments.length) return <p class="muted small">{ti('items.segments.none')}</p>;
  return (
    <ol class="segment-list">
      {segments.map(({ segment: s, item, stats }) => (
        <li key={s.id} data-segment-item={item?.key ?? s.itemId} data-segment-gmv={stats.gmv ?? ''} class={stats.open ? 'open' : undefined}>
          <div class="row-between">
            <span class="title">{itemName(item)}</span>
            <span class="num small">
              {clock(s.start)}–{stats.open ? ti('items.segments.now') : clock(s.end ?? s.lastSeen)}
              <span class="muted"> · {show(stats.seconds, 'seconds', l)}</span>
            </span>
          </div>
          <dl class="seg-figs small">
            <div>
              <dt>{ti('items.segments.gmv')}</dt>
              <dd class="num" data-fig="gmv">
                {show(stats.gmv, 'cny', l)}
              </dd>
            </div>
            <div>
              <dt>{ti('items.segments.clicks')}</dt>
              <dd class="num" data-fig="clicks">
                {show(stats.clicks, 'count', l)}
              </dd>
            </div>
            <div>
              <dt>{ti('items.segments.online')}</dt>
              <dd class="num" data-fig="online">
                {show(stats.avgOnline, 'count', l)}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
