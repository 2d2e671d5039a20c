/**
 * A realistic history for the demo and the panel's real-browser test: two shops, ~45 sessions
 * over the last three months with a growth trend, one session live right now with a minute
 * curve, shop-level numbers (experience score, GMV by channel), a few checklist ticks and
 * settings.
 *
 * Written through the real code paths: every page capture goes through `ingestCapture` (the
 * background's own ingest) into a Dexie database (fake-indexeddb in Node), the derived ratios
 * come from lib/extract/derive, and the result is the store's own `exportBackup` — which the
 * demo then imports through the side panel's Data view, i.e. through `importBackup`.
 * Deterministic for a given `now`. Runs wherever IndexedDB does: Node callers import
 * `fake-indexeddb/auto` first; the welcome page (components/welcome/demo.ts) runs it in the
 * extension's own IndexedDB.
 */
import type { ItemRow, PageCapture, Reading } from '../lib/capture/types';
import { derive } from '../lib/extract/derive';
import { formatValue } from '../lib/format/number';
import { METRICS, type MetricId } from '../lib/metrics/catalog';
import { ITEM_METRICS, type ItemMetricId } from '../lib/metrics/items';
import { openDb } from '../lib/store/db';
import { prng } from '../lib/random';
import { ingestCapture } from '../lib/store/ingest';
import { setChecklistItem } from '../lib/store/checklist';
import { updateSettings } from '../lib/store/settings';
import { type BackupV1 } from '../lib/export/backup';
import { exportBackup } from '../lib/store/backup';
import { refreshAlerts } from '../lib/store/alerts';
import { addMark } from '../lib/store/marks';
import type { MarkKind } from '../lib/store/rows';

/** The operator's marks in the live sessions (minutes after the start): what a run of a live looks like. */
const SEED_MARKS: ReadonlyArray<[number, MarkKind, string]> = [
  [12, 'link', ''],
  [24, 'switch', ''],
  [41, 'luckyBag', ''],
  [50, 'push', ''],
  [58, 'note', '主播喝水，冷场两分钟'],
];

const DAY = 86_400_000;
const MIN = 60_000;
const OFFSET = 8 * 3_600_000;

const iso = (ms: number): string => `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`;
/** 20:00 Shanghai on the day `ms` falls in */
const evening = (ms: number, hour = 20): number => {
  const d = new Date(ms + OFFSET);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour) - OFFSET;
};

function reading(metric: MetricId, value: number | null, extra: Partial<Reading> = {}): Reading {
  const unit = METRICS[metric].unit;
  return {
    metric,
    label: METRICS[metric].zh,
    unit,
    scope: 'page',
    source: 'observed',
    value,
    text: value === null ? '--' : formatValue(value, unit, 'zh'),
    ...extra,
  };
}

const TITLES = [
  '夏日清凉好物专场',
  '宠粉福利夜',
  '新品首发',
  '周末囤货节',
  '源头工厂直供',
  '会员日专场',
  '秋冬上新',
  '家居好物推荐',
  '限时秒杀专场',
  '老粉回馈夜',
];

interface ShopSpec {
  platform: string;
  shop: { name: string };
  host: string;
  path: (key: string) => string;
  keyBase: bigint;
  sessions: number;
  viewers: [number, number];
  /** average order value, yuan */
  aov: number;
}

const SHOPS: ShopSpec[] = [
  {
    platform: 'compass',
    shop: { name: '星河优选旗舰店' },
    host: 'compass.jinritemai.com',
    path: (k) => `/shop/live-detail?live_room_id=${k}&tab=diagnosis`,
    keyBase: 7430000000000000000n,
    sessions: 34,
    viewers: [4_000, 15_000],
    aov: 260,
  },
  {
    platform: 'kwaixiaodian',
    shop: { name: '朵朵家居小店' },
    host: 's.kwaixiaodian.com',
    path: (k) => `/zone/live/detail?liveId=${k}`,
    keyBase: 5200000000000000n,
    sessions: 11,
    viewers: [900, 2_600],
    aov: 68,
  },
];

/** One finished session as its live-detail page shows it. */
function sessionCapture(spec: ShopSpec, i: number, start: number, r: () => number): PageCapture {
  const p = spec.sessions > 1 ? i / (spec.sessions - 1) : 1;
  const noise = (x: number, spread = 0.18) => x * (1 - spread + 2 * spread * r());
  const lerp = ([a, b]: [number, number]) => a + (b - a) * p;
  const viewers = Math.round(noise(lerp(spec.viewers)));
  // the funnel narrows step by step, and every rate improves as the shop grows
  const impressionsUv = Math.round(viewers / noise(0.09 + 0.05 * p, 0.15));
  const productImpressionsUv = Math.round(viewers * noise(0.6, 0.1));
  const productClicksUv = Math.round(productImpressionsUv * noise(0.18 + 0.1 * p, 0.2));
  const buyers = Math.max(1, Math.round(productClicksUv * noise(0.1 + 0.08 * p, 0.2)));
  const gmv = Math.round(buyers * noise(spec.aov, 0.12) * 100) / 100;
  const orders = Math.round(buyers * noise(1.12, 0.06));
  const refundAmount = Math.round(gmv * noise(0.09 - 0.03 * p, 0.35));
  const adSpend = Math.round(gmv / noise(3.2 + 1.2 * p, 0.2));
  const key = String(spec.keyBase + BigInt(i * 7919));
  const missingFans = i % 9 === 4; // some sessions show "--": stored as missing, never 0
  const readings: Reading[] = [
    reading('gmv', gmv),
    reading('viewers', viewers),
    reading('impressionsUv', impressionsUv),
    reading('productImpressionsUv', productImpressionsUv),
    reading('productClicksUv', productClicksUv),
    reading('buyers', buyers),
    reading('orders', orders),
    reading('avgWatchSeconds', Math.round(noise(48 + 30 * p, 0.15))),
    reading('avgOnline', Math.round(viewers * noise(0.028, 0.2))),
    reading('peakOnline', Math.round(viewers * noise(0.11, 0.2))),
    reading('newFans', missingFans ? null : Math.round(viewers * noise(0.018 + 0.012 * p, 0.25))),
    reading('fanClubJoins', Math.round(viewers * noise(0.004 + 0.004 * p, 0.3))),
    reading('interactionRate', Math.round(noise(0.06 + 0.05 * p, 0.2) * 10000) / 10000),
    reading('refundAmount', refundAmount),
    reading('adSpend', adSpend),
    reading('roi', Math.round((gmv / adSpend) * 100) / 100),
    reading('impressionToViewRate', Math.round((viewers / impressionsUv) * 10000) / 10000),
    reading('clickToPayRate', Math.round((buyers / productClicksUv) * 10000) / 10000),
  ];
  const durationMin = 120 + Math.round(r() * 90);
  return {
    platform: spec.platform,
    page: 'live-detail',
    url: `https://${spec.host}${spec.path(key)}`,
    period: null,
    capturedAt: start + (durationMin + 40) * MIN,
    shop: spec.shop,
    session: { key, title: `${TITLES[i % TITLES.length]} 第${i + 1}场`, start: iso(start), end: iso(start + durationMin * MIN), live: false },
    sessions: [],
    captures: [...readings, ...derive(readings)],
    missed: missingFans ? [] : [],
    unknown: i % 5 === 0 ? [{ label: '直播间新客成交占比', text: `${(20 + r() * 15).toFixed(2)}%`, scope: 'page' }] : [],
  };
}

/**
 * The main shop's goods (商品), for the 商品 view: a goods panel read with the live big screen
 * (its rows, the one marked 讲解中, numbers growing minute by minute) and the 商品明细 of its
 * last finished sessions. Their own random stream, so the rest of the seed is as it was.
 */
const GOODS = [
  { id: '3601', title: '冰丝防晒袖套 男女款', price: 19.9, reach: 1.0, ctr: 0.09, cvr: 0.16 },
  { id: '3602', title: '便携小风扇 USB充电', price: 39.9, reach: 0.9, ctr: 0.12, cvr: 0.11 },
  { id: '3603', title: '竹纤维凉席三件套', price: 129, reach: 0.7, ctr: 0.1, cvr: 0.07 },
  { id: '3604', title: '气泡水 整箱24瓶', price: 49.9, reach: 1.6, ctr: 0.035, cvr: 0.12 },
  { id: '3605', title: '速干T恤 三件装', price: 69, reach: 0.8, ctr: 0.14, cvr: 0.03 },
  { id: '3606', title: '驱蚊手环 儿童款', price: 15.9, reach: 0.6, ctr: 0.08, cvr: 0.15 },
  { id: '3607', title: '冰袖+帽子 组合装', price: 35.9, reach: 0.9, ctr: 0.1, cvr: 0.2 },
  { id: '3608', title: '防晒喷雾 SPF50+', price: 59, reach: 0.5, ctr: 0.09, cvr: 0.1 },
] as const;
/** Minutes each item is explained in turn, in the live session; the last two are never explained. */
const EXPLAIN_MINUTES = 9;
const EXPLAINED_GOODS = 6;
const STOCK = [3000, 800, 400, 1200, 600, 150, 900, 500];

function itemReading(metric: ItemMetricId, value: number | null): ItemRow['readings'][number] {
  return { metric, label: ITEM_METRICS[metric].zh, value, text: value === null ? '--' : formatValue(value, ITEM_METRICS[metric].unit, 'zh') };
}

interface GoodsTally {
  impressions: number[];
  clicks: number[];
  orders: number[];
  gmv: number[];
}
const emptyTally = (): GoodsTally => ({ impressions: GOODS.map(() => 0), clicks: GOODS.map(() => 0), orders: GOODS.map(() => 0), gmv: GOODS.map(() => 0) });

/** One minute of the goods panel: the explained item draws most of the room's attention. */
function goodsMinute(tally: GoodsTally, online: number, explained: number | null, r: () => number): ItemRow[] {
  GOODS.forEach((g, i) => {
    const boost = i === explained ? 4 : 1;
    const imp = Math.round(online * 0.35 * g.reach * boost * (0.8 + 0.4 * r()));
    const clicks = Math.round(imp * g.ctr * (0.8 + 0.4 * r()));
    const orders = Math.round(clicks * g.cvr * (0.6 + 0.8 * r()));
    tally.impressions[i]! += imp;
    tally.clicks[i]! += clicks;
    tally.orders[i]! += orders;
    tally.gmv[i]! = Math.round((tally.gmv[i]! + orders * g.price) * 100) / 100;
  });
  return GOODS.map((g, i) => ({
    key: `id:${g.id}`,
    id: g.id,
    title: g.title,
    kind: 'product',
    index: i + 1,
    explaining: i === explained,
    readings: [
      itemReading('price', g.price),
      itemReading('units', tally.orders[i]!),
      itemReading('stock', Math.max(0, STOCK[i]! - tally.orders[i]!)),
      itemReading('gmv', tally.gmv[i]!),
      itemReading('productImpressions', tally.impressions[i]!),
      itemReading('productClicks', tally.clicks[i]!),
    ],
  }));
}

/** A finished session's 商品明细: each item's totals, and its 讲解次数/讲解时长 as the page shows them. */
function goodsTable(scale: number, r: () => number): ItemRow[] {
  return GOODS.map((g, i) => {
    const imp = Math.round(9000 * scale * g.reach * (0.7 + 0.6 * r()));
    const clicks = Math.round(imp * g.ctr * (0.8 + 0.4 * r()));
    const orders = Math.round(clicks * g.cvr * (0.7 + 0.6 * r()));
    const explained = i < EXPLAINED_GOODS ? 1 + Math.round(r() * 2) : 0;
    return {
      key: `id:${g.id}`,
      id: g.id,
      title: g.title,
      kind: 'product',
      readings: [
        itemReading('price', g.price),
        itemReading('productImpressions', imp),
        itemReading('productClicks', clicks),
        itemReading('orders', orders),
        itemReading('gmv', Math.round(orders * g.price * 100) / 100),
        // one session's page did not show the explanation columns: missing, never 0
        ...(scale < 0.95 ? [] : [itemReading('explainCount', explained), itemReading('explainSeconds', explained * (300 + Math.round(r() * 400)))]),
      ],
    };
  });
}

/**
 * A session read live: a big screen every `step` minutes (→ the minute curve) with the main
 * shop's goods panel on it (→ items and explanation segments). `end`: the session is over: its
 * last live reading shows no item explained (so the last segment closes), then one reading ended.
 */
function liveCaptures(
  spec: ShopSpec,
  start: number,
  now: number,
  r: () => number,
  o: { key?: string; title?: string; goods?: () => number; end?: boolean; step?: number } = {},
): PageCapture[] {
  const key = o.key ?? String(spec.keyBase + 999_999n);
  const title = o.title ?? '宠粉福利夜';
  const step = o.step ?? 1;
  const out: PageCapture[] = [];
  const tally = emptyTally();
  let gmv = 0,
    viewers = 0,
    buyers = 0,
    clicks = 0;
  for (let t = start + 2 * MIN, m = 0; t <= now - MIN; t += step * MIN, m += step) {
    const wave = 1 + 0.6 * Math.sin(m / 9) + (m > 40 && m < 55 ? 0.8 : 0); // a 福利 peak mid-session
    const online = Math.round((180 + m * 6) * wave * (0.9 + 0.2 * r()));
    viewers += Math.round(online * 0.55 * step);
    const last = o.end === true && t + step * MIN > now - MIN;
    const explained = last ? null : Math.floor(m / EXPLAIN_MINUTES) % (EXPLAINED_GOODS + 1);
    const items = o.goods ? goodsMinute(tally, online * step, explained !== null && explained < EXPLAINED_GOODS ? explained : null, o.goods) : undefined;
    const newBuyers = Math.round(online * 0.012 * step * (0.6 + r()));
    buyers += newBuyers;
    // with a goods panel, the room's GMV and clicks are its items' (and a little more)
    gmv = items ? Math.round(tally.gmv.reduce((a, b) => a + b, 0) * 1.05) : gmv + Math.round(newBuyers * spec.aov * (0.85 + 0.3 * r()));
    if (items) clicks = tally.clicks.reduce((a, b) => a + b, 0);
    const readings = [
      reading('currentOnline', online),
      reading('viewers', viewers),
      reading('buyers', buyers),
      reading('gmv', gmv),
      ...(items ? [reading('productClicks', clicks)] : []),
    ];
    const capture: PageCapture = {
      platform: spec.platform,
      page: 'big-screen',
      url: `https://${spec.host}/screen/live/shop?live_room_id=${key}&live_app_id=1128`,
      period: null,
      capturedAt: t,
      shop: spec.shop,
      session: { key, title, start: iso(start), live: true },
      sessions: [],
      captures: [...readings, ...derive(readings)],
      missed: [],
      unknown: [],
      ...(items ? { items } : {}),
    };
    out.push(capture);
    // the room closed: read once more as ended (no goods panel: the segments stay as they were)
    if (last) out.push({ ...capture, capturedAt: t + MIN, session: { key, title, start: iso(start), end: iso(t + MIN), live: false }, items: [] });
  }
  return out;
}

/** Shop-level numbers from the home page: experience score and GMV by channel. */
function homeCapture(spec: ShopSpec, at: number, r: () => number): PageCapture {
  const total = spec.viewers[1] * 0.6 * 0.28 * 0.18 * spec.aov * 14;
  const shares = spec.platform === 'compass' ? [0.46, 0.27, 0.09, 0.11, 0.07] : [0.55, 0.2, 0.12, 0.08, 0.05];
  const [own = 0, creators = 0, video = 0, card = 0, campaign = 0] = shares.map((s) => Math.round(total * s * (0.9 + 0.2 * r())));
  return {
    platform: spec.platform,
    page: 'home',
    url: `https://${spec.host}/${spec.platform === 'compass' ? 'shop' : 'zone/home'}`,
    period: '近30日',
    capturedAt: at,
    shop: spec.shop,
    sessions: [],
    captures: [
      reading('experienceScore', spec.platform === 'compass' ? 92 : 4.62),
      reading('channelGmvOwnLive', own),
      reading('channelGmvCreators', creators),
      reading('channelGmvVideo', video),
      reading('channelGmvProductCard', card),
      reading('channelGmvCampaign', campaign),
    ],
    missed: [],
    unknown: [],
  };
}

/** The seed's "now": the latest 21:15 Shanghai time not after `realNow` (the live session's last minute). */
export function seedClock(realNow: number): number {
  const today = evening(realNow, 21) + 15 * MIN;
  return today <= realNow ? today : today - DAY;
}

/**
 * The bundled dashboards were saved around one evening (their live session: 2025-07-28 22:15,
 * the pages' update times the next morning). Move every date a page shows (2025-07-28,
 * 2025/07/28, 2025年7月28日) by whole days so that evening is the one before the seed's live
 * session; the demo's history then reads as one shop's last three months, not a page a year
 * older than everything else. Times of day are untouched.
 */
export const FIXTURE_LIVE_DAY = '2025-07-28';

export function shiftPageDates(html: string, realNow: number): string {
  const target = Math.floor((seedClock(realNow) + OFFSET) / DAY) - 1;
  const days = target - Math.floor(Date.parse(`${FIXTURE_LIVE_DAY}T00:00:00Z`) / DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return html.replace(/\b(20\d\d)([-/年])(\d{1,2})([-/月])(\d{1,2})(?!\d)/g, (_m, y: string, s1: string, mo: string, s2: string, d: string) => {
    const x = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)) + days * DAY);
    const month = s1 === '年' ? String(x.getUTCMonth() + 1) : pad(x.getUTCMonth() + 1);
    const day = s1 === '年' ? String(x.getUTCDate()) : pad(x.getUTCDate());
    return `${x.getUTCFullYear()}${s1}${month}${s2}${day}`;
  });
}

/**
 * Every capture of the seed, oldest first. The timeline ends at the latest 21:15 Shanghai time
 * not after `now`, so the live session runs in the evening whenever the demo is run.
 */
export function seedCaptures(realNow: number): PageCapture[] {
  const r = prng(20250728); // the demo looks the same on every run
  const now = seedClock(realNow);
  const out: PageCapture[] = [];
  for (const spec of SHOPS) {
    const span = 90 * DAY;
    for (let i = 0; i < spec.sessions; i++) {
      const day = now - span + Math.round((i / spec.sessions) * span) - 2 * DAY;
      out.push(sessionCapture(spec, i, evening(day, spec.platform === 'compass' ? 20 : 19), r));
    }
    out.push(homeCapture(spec, now - 3 * 3_600_000, r));
  }
  const main = SHOPS[0]!;
  // the goods: their own random stream, so the numbers above are as they were without them
  const g = prng(3601);
  // yesterday evening's session, read live every 2 minutes with the goods panel on screen
  const yesterday = now - DAY - 60 * MIN;
  out.push(
    ...liveCaptures(main, yesterday, yesterday + 70 * MIN, g, { key: String(main.keyBase + 999_998n), title: '清凉好物专场', goods: g, end: true, step: 2 }),
  );
  // the 商品明细 of the main shop's last finished sessions
  for (const c of out.filter((c) => c.shop === main.shop && c.page === 'live-detail').slice(-5)) {
    c.items = goodsTable(0.7 + 0.6 * g(), g);
  }
  out.push(...liveCaptures(main, now - 75 * MIN, now, r, { goods: g }));
  return out.sort((a, b) => a.capturedAt - b.capturedAt);
}

/** Ingest the seed into a fresh in-memory store and return its backup (what the panel imports). */
export async function seedBackup(now: number = Date.now()): Promise<BackupV1> {
  const db = openDb(`stagelens-demo-seed-${now}-${Math.random().toString(36).slice(2)}`);
  try {
    const captures = seedCaptures(now);
    for (const c of captures) await ingestCapture(db, c, c.session?.live ? { live: true } : {});
    // the live co-pilot: each live-read session's alerts, as the background computes them after
    // its captures, and the operator's marks
    const live = new Map<string, number>();
    for (const c of captures)
      if (c.page === 'big-screen' && c.session) live.set(`compass:${c.shop?.name}|${c.session.key}`, Date.parse(c.session.start ?? '') || c.capturedAt);
    for (const [sessionId, start] of live) {
      await refreshAlerts(db, sessionId);
      for (const [min, kind, note] of SEED_MARKS) if (start + min * MIN < now) await addMark(db, { sessionId, kind, note, t: start + min * MIN });
    }
    const shopId = `compass:${SHOPS[0]!.shop.name}`;
    for (const item of [
      'base.rules.settled',
      'base.account.positioning',
      'base.account.profile',
      'conversion.goods.assortment',
      'conversion.content.script',
      'pre.goods.lineup',
      'pre.devices.mic',
    ]) {
      await setChecklistItem(db, shopId, item, 'done', now - DAY);
    }
    await updateSettings(db, { category: 'daily', breakEvenRoi: 2.5, targets: { gmv: 150_000, clickToPayRate: 0.2 } });
    return await exportBackup(db, now);
  } finally {
    await db.delete();
  }
}
