/**
 * The data of the living 百应 console whose explained item changes over time
 * (pages/live/buyin-console-segments.jsx), shared with truth-live.mjs so the truth file is
 * computed from the same numbers the page shows.
 *
 * Phases (real ms from the page's start, divided by ?speed): each names the item explained
 * (null = none). Half-way through a phase (PHASE_MID_MS after it starts) the explained item
 * sells: the room's GMV, clicks and the item's row grow by the phase's increments and the online
 * level changes; nothing else moves. So a segment the extension records — starting and ending
 * within the live throttle plus settling (≤ ~7 s) of the true boundaries — holds exactly its own
 * phase's increments, whatever its exact edges.
 */
export const PHASE_MID_MS = 8000;

// [productId, name, price (yuan), sold at start, stock at start, GMV at start (yuan), 曝光成交率]
export const GOODS = [
  ['3712049518802790011', '淡水珍珠项链 8-9mm 强光近圆', 199, 12, 2000, 2388, '3.12%'],
  ['3712049518802790028', '巴洛克珍珠耳环 法式复古', 89.9, 5, 860, 449.5, '2.45%'],
  ['3712049518802790035', '珍珠手链 多层叠戴', 59, 3, 1500, 177, '1.98%'],
  ['3712049518802790042', '珍珠发夹 三件套', 19.9, 9, 3000, 179.1, '4.01%'],
  ['3712049518802790059', '南洋金珠吊坠 12mm 正圆', 1299, 0, 50, 0, '0.00%'],
];

export const START = { gmv: 3193.6, clicks: 1200, online: 300 };

/** start (real ms), the explained item's index or null, and what happens at its middle */
export const PHASES = [
  { start: 0, item: 0, sold: 10, clicks: 120, online: 420 },
  { start: 16000, item: 1, sold: 10, clicks: 80, online: 380 },
  { start: 32000, item: null, sold: 0, clicks: 0, online: 380 },
  { start: 40000, item: 2, sold: 10, clicks: 60, online: 350 },
  { start: 56000, item: null, sold: 0, clicks: 0, online: 350 },
];
/** when the page stops changing (real ms) */
export const END_MS = 64000;

/** The page's numbers after `k` phase middles have passed. */
export function stateAfter(k) {
  const goods = GOODS.map(([id, name, price, sold, stock, gmv, rate]) => ({ id, name, price, sold, stock, gmv, rate }));
  let { gmv, clicks, online } = START;
  for (const p of PHASES.slice(0, k)) {
    if (p.item !== null) {
      const g = goods[p.item];
      g.sold += p.sold;
      g.stock -= p.sold;
      g.gmv = Math.round((g.gmv + p.sold * g.price) * 100) / 100;
      gmv = Math.round((gmv + p.sold * g.price) * 100) / 100;
    }
    clicks += p.clicks;
    online = p.online;
  }
  return { goods, gmv, clicks, online };
}

export const money = (v) => `¥${v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
export const count = (v) => v.toLocaleString('en-US');
