/** Captures and databases for the store and export tests. */
import type { PageCapture, Reading } from '../../lib/capture/types';
import type { MetricId } from '../../lib/metrics/catalog';
import { METRICS } from '../../lib/metrics/catalog';
import { openDb, type StageLensDB } from '../../lib/store/db';

let n = 0;
/** A fresh database per test: fake-indexeddb keeps databases for the whole file. */
export const freshDb = (): StageLensDB => openDb(`test-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`);

export const T0 = Date.parse('2025-07-28T22:30:00+08:00');

export function reading(metric: MetricId, value: number | null, text: string, extra: Partial<Reading> = {}): Reading {
  return { metric, label: METRICS[metric].zh, text, value, unit: METRICS[metric].unit, scope: 'page', source: 'observed', ...extra };
}

/** A live big-screen page of one session (抖音电商罗盘 live detail). */
export function liveCapture(over: Partial<PageCapture> = {}): PageCapture {
  return {
    platform: 'compass',
    page: 'liveScreen',
    url: 'https://compass.jinritemai.com/screen/live?live_room_id=7528000000000000001&_t=1753712400000',
    period: null,
    capturedAt: T0,
    shop: { id: 'S1', name: '小蜜蜂旗舰店' },
    session: { key: '7528000000000000001', title: '夏季上新专场', start: '2025-07-28T22:15:00+08:00', timeText: '2025/07/28 22:15 ~', live: true },
    sessions: [],
    captures: [
      reading('viewers', 12000, '1.2万', { qualifier: 'approx' }),
      reading('gmv', 26439.25, '¥26,439.25', {
        compare: { basis: '较上一场', text: '-5.2%', value: -0.052 },
        benchmarks: [{ kind: 'peerExcellent', text: '¥30,000', value: 30000 }],
      }),
      reading('peakOnline', null, '--'),
      reading('uvValue', 2.2032708333333333, '2.20', { source: 'derived', label: 'gmv / viewers' }),
      reading('clickToPayRate', 0.125, '12.5%'),
    ],
    missed: [{ metric: 'buyers', scope: 'page', reason: 'unreadable', label: '成交人数', text: '***' }],
    unknown: [{ label: '神秘指标', text: '12', scope: 'page' }],
    ...over,
  };
}

/** A list page: sessions as table rows, readings scoped to row keys. */
export function tableCapture(over: Partial<PageCapture> = {}): PageCapture {
  const row = (key: string, metric: MetricId, value: number, text: string): Reading => reading(metric, value, text, { scope: key });
  return {
    platform: 'compass',
    page: 'liveList',
    url: 'https://compass.jinritemai.com/shop/live-list?date_type=7&spm=a.b.c',
    period: '近7日',
    capturedAt: T0,
    shop: { id: 'S1', name: '小蜜蜂旗舰店' },
    sessions: [
      { key: 'A', title: '第一场', start: '2025-07-26T20:00:00+08:00', end: '2025-07-26T23:00:00+08:00', live: false },
      { key: 'B', title: '第二场', start: '2025-07-27T20:00:00+08:00', live: false },
      { key: 'C', title: '=HYPERLINK("http://x","y")', live: false },
    ],
    captures: [
      row('A', 'viewers', 1000, '1,000'),
      row('A', 'gmv', 5000, '¥5,000'),
      row('A', 'netGmv', -120.5, '-¥120.50'),
      row('B', 'viewers', 2000, '2,000'),
      row('B', 'gmv', 8000, '¥8,000'),
      row('C', 'viewers', 3000, '3,000'),
    ],
    missed: [],
    unknown: [],
    ...over,
  };
}

/** Change one reading's value (and text) in a capture. */
export function withValue(c: PageCapture, metric: MetricId, value: number | null, at: number, scope = 'page'): PageCapture {
  return {
    ...c,
    capturedAt: at,
    captures: c.captures.map((r) => (r.metric === metric && r.scope === scope ? { ...r, value, text: value === null ? '--' : String(value) } : r)),
  };
}

/**
 * The version-1 schema exactly as it shipped, declared here raw (not imported from
 * lib/store/db.ts) so an accidental edit of v1 there is caught by the migration tests.
 */
export const V1_SCHEMA = {
  shops: 'id, lastSeen',
  sessions: 'id, [shopId+t], lastSeen',
  captures: '++id, shopId, sessionId, capturedAt, [pageKey+capturedAt], [urlKey+capturedAt], [stream+capturedAt]',
  points: '++id, t, [sessionId+metric+t]',
  checklist: 'id, shopId',
  settings: 'key',
  labelMaps: 'id, platform',
};

/** The version-2 addition, as it shipped. */
export const V2_SCHEMA = {
  values: 'id, sessionId, [shopId+metric+t]',
};

/** The version-3 addition (items), as it shipped. */
export const V3_SCHEMA = {
  items: 'id, shopId, lastSeen',
  itemStats: 'id, itemId, sessionId, [shopId+t]',
  segments: '++id, sessionId, itemId',
};

export const V1_AT = Date.parse('2025-07-20T20:00:00+08:00');

/** A session row as v1 stored it (viewers, and gmv unless `withGmv` is false). */
export const v1Session = (key: string, t: number, viewers: number | null, withGmv = true) => ({
  id: `compass:S1|${key}`,
  shopId: 'compass:S1',
  platform: 'compass',
  key,
  title: key,
  start: t,
  end: null,
  timeText: null,
  live: false,
  t,
  firstSeen: t,
  lastSeen: t,
  latest: {
    viewers: { value: viewers, unit: 'count', source: 'observed', text: String(viewers ?? '--'), at: t },
    ...(withGmv ? { gmv: { value: 100, unit: 'cny', source: 'observed', text: '100', at: t } } : {}),
  },
});
