/**
 * Store rows as StageLens writes them (lib/store/rows.ts), generated deterministically, for the
 * store and CSV benchmarks. Runs in Node and, bundled, in the page.
 *
 * Shape: `shops` shops, each with `sessionsPerShop` sessions; each session's big-screen page
 * captured `capturesPerSession` times (one capture row per change, `readingsPerCapture` readings
 * each); each session's `latest` holds `metricsPerSession` metrics (mirrored in `values`).
 */
import type { CaptureRow, SessionRow, StoredReading, StoredValue, ValueRow } from '../../lib/store/rows';
import type { MetricId, Unit } from '../../lib/metrics/catalog';
import { rng } from '../lib/stats';

/** 40 catalogue metrics with their units (kept here so the data does not move with the catalogue). */
export const BENCH_METRICS: Array<[MetricId, Unit, string]> = [
  ['gmv', 'cny', '用户支付金额'],
  ['gpm', 'cny', '千次观看用户支付金额'],
  ['viewers', 'count', '直播间观看人数'],
  ['views', 'count', '直播间观看次数'],
  ['impressionsUv', 'count', '直播间曝光人数'],
  ['impressionsPv', 'count', '直播间曝光次数'],
  ['productImpressionsUv', 'count', '商品曝光人数'],
  ['productClicksUv', 'count', '商品点击人数'],
  ['productClicks', 'count', '商品点击次数'],
  ['buyers', 'count', '成交人数'],
  ['impressionToViewRate', 'ratio', '直播间曝光-观看率(人数)'],
  ['impressionToViewRatePv', 'ratio', '直播间曝光-观看率(次数)'],
  ['viewToProductImpressionRate', 'ratio', '直播间观看-商品曝光率(人数)'],
  ['productImpressionToClickRate', 'ratio', '直播间商品曝光-点击率(人数)'],
  ['productClickRate', 'ratio', '商品点击率'],
  ['clickToPayRate', 'ratio', '直播间商品点击-成交转化率(人数)'],
  ['viewToPayRate', 'ratio', '直播间观看-成交率(人数)'],
  ['impressionToPayRate', 'ratio', '直播间曝光-成交转化率(人数)'],
  ['uvValue', 'cny', 'UV价值'],
  ['aov', 'cny', '客单价'],
  ['orders', 'count', '成交订单数'],
  ['units', 'count', '成交件数'],
  ['avgWatchSeconds', 'seconds', '人均观看时长'],
  ['peakOnline', 'count', '最高在线人数'],
  ['avgOnline', 'count', '平均在线人数'],
  ['currentOnline', 'count', '实时在线人数'],
  ['liveDurationSeconds', 'seconds', '直播时长'],
  ['newFans', 'count', '新增粉丝数'],
  ['fanClubJoins', 'count', '新加直播团人数'],
  ['followRate', 'ratio', '关注率'],
  ['fanBuyerShare', 'ratio', '成交粉丝占比'],
  ['interactionRate', 'ratio', '互动率'],
  ['comments', 'count', '新增评论数'],
  ['negativeFeedbackRate', 'ratio', '负反馈率'],
  ['refundAmount', 'cny', '退款金额'],
  ['refundOrders', 'count', '退款订单数'],
  ['refundRate', 'ratio', '退款率'],
  ['adSpend', 'cny', '千川消耗'],
  ['roi', 'multiplier', 'ROI'],
  ['netGmv', 'cny', '净成交金额'],
];

export interface DataShape {
  seed?: number;
  shops?: number;
  sessionsPerShop?: number;
  capturesPerSession?: number;
  readingsPerCapture?: number;
  metricsPerSession?: number;
}

const T0 = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

export const shopIdOfIndex = (s: number): string => `compass:shop${s}`;
export const sessionKeyOf = (s: number, i: number): string => String(7_300_000_000_000_000_000n + BigInt(s * 100_000 + i));
export const pageUrlOf = (key: string): string => `https://compass.jinritemai.com/screen/live/shop?live_room_id=${key}`;
export const pageKeyOfUrl = (url: string): string => `compass|big-screen|${url}`;

function valueFor(unit: Unit, r: () => number): { value: number; text: string } {
  switch (unit) {
    case 'cny': {
      const v = Math.round(r() * 50_000_000) / 100;
      return { value: v, text: `¥${v.toLocaleString('en-US')}` };
    }
    case 'ratio': {
      const v = Math.round(r() * 4000) / 100;
      return { value: v / 100, text: `${v}%` };
    }
    case 'seconds': {
      const v = 20 + Math.floor(r() * 200);
      return { value: v, text: `${Math.floor(v / 60)}分${v % 60}秒` };
    }
    case 'multiplier': {
      const v = Math.round(r() * 500) / 100;
      return { value: v, text: String(v) };
    }
    default: {
      const v = Math.floor(r() * 100_000);
      return { value: v, text: v.toLocaleString('en-US') };
    }
  }
}

/** Capture rows without ids (auto-increment), oldest first within each session. */
export function captureRows(shape: DataShape = {}): Array<Omit<CaptureRow, 'id'>> {
  const r = rng(shape.seed ?? 7);
  const shops = shape.shops ?? 5,
    per = shape.sessionsPerShop ?? 200,
    caps = shape.capturesPerSession ?? 100;
  const nRead = shape.readingsPerCapture ?? 4;
  const out: Array<Omit<CaptureRow, 'id'>> = [];
  for (let s = 0; s < shops; s++) {
    for (let i = 0; i < per; i++) {
      const key = sessionKeyOf(s, i);
      const url = pageUrlOf(key);
      const pageKey = pageKeyOfUrl(url);
      const start = T0 + i * DAY + s * 3_600_000;
      for (let c = 0; c < caps; c++) {
        const readings: StoredReading[] = [];
        for (let k = 0; k < nRead; k++) {
          const [metric, unit, label] = BENCH_METRICS[(c + k * 7) % BENCH_METRICS.length]!;
          const v = valueFor(unit, r);
          const reading: StoredReading = { metric, label, text: v.text, value: v.value, unit, source: 'observed' };
          if (k === 0) reading.compare = { basis: '较昨日同时段', text: '12.5%', value: 0.125 };
          readings.push(reading);
        }
        out.push({
          shopId: shopIdOfIndex(s),
          sessionId: `${shopIdOfIndex(s)}|${key}`,
          platform: 'compass',
          page: 'big-screen',
          pageKey,
          urlKey: url,
          url,
          period: '今日实时',
          stream: JSON.stringify([pageKey, '今日实时', 'page']),
          capturedAt: start + c * 5_000,
          scope: 'page',
          hash: Math.floor(r() * 2 ** 52).toString(36),
          readings,
          missed: [],
          unknown: [],
        });
      }
    }
  }
  return out;
}

export function sessionRows(shape: DataShape = {}): SessionRow[] {
  const r = rng((shape.seed ?? 7) + 1);
  const shops = shape.shops ?? 5,
    per = shape.sessionsPerShop ?? 200,
    nMetrics = shape.metricsPerSession ?? 40;
  const out: SessionRow[] = [];
  for (let s = 0; s < shops; s++) {
    for (let i = 0; i < per; i++) {
      const key = sessionKeyOf(s, i);
      const start = T0 + i * DAY + s * 3_600_000;
      const latest: SessionRow['latest'] = {};
      for (let m = 0; m < nMetrics; m++) {
        const [metric, unit] = BENCH_METRICS[m % BENCH_METRICS.length]!;
        const v = valueFor(unit, r);
        const sv: StoredValue = { value: v.value, unit, source: 'observed', text: v.text, at: start + 3 * 3_600_000 };
        latest[metric] = sv;
      }
      out.push({
        id: `${shopIdOfIndex(s)}|${key}`,
        shopId: shopIdOfIndex(s),
        platform: 'compass',
        key,
        title: `第${i + 1}场 夏日清凉好物专场`,
        start,
        end: start + 3 * 3_600_000,
        timeText: '2025/07/28 22:15 ~ 01:10',
        live: false,
        t: start,
        firstSeen: start,
        lastSeen: start + 3 * 3_600_000,
        latest,
      });
    }
  }
  return out;
}

/** The `values` mirror of sessions.latest (lib/store/values.ts valueRowsOf, re-stated). */
export function valueRows(sessions: SessionRow[]): ValueRow[] {
  const out: ValueRow[] = [];
  for (const s of sessions) {
    for (const [metric, v] of Object.entries(s.latest) as Array<[MetricId, StoredValue]>) {
      out.push({ id: `${s.id}|${metric}`, shopId: s.shopId, sessionId: s.id, metric, t: s.t, value: v.value, unit: v.unit, source: v.source, at: v.at });
    }
  }
  return out;
}
