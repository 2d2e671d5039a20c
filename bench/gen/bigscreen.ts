/**
 * A 罗盘 shop big screen (`/screen/live/shop?live_room_id=…`) whose own script updates
 * `numbers` figures every `intervalMs` (default 50 a second), the way a React big screen does:
 * each ticking figure's text node gets a new nodeValue (a characterData mutation). The page's
 * script is inline, so a CPU profile names it by the page's own URL.
 *
 * Ticking figures: 20 core metric cards (real labels, CSS-module classes, some with a change
 * against yesterday), a 5-minute strip of 10 figures, and 10 products × 2 figures. Around them,
 * static noise: a comment feed, a product list's text, closed tooltips.
 */
import { esc, hanText, hash } from './format';
import { rng } from '../lib/stats';

export const BIG_SCREEN_URL = 'https://compass.jinritemai.com/screen/live/shop?live_room_id=1';

const CORE: Array<[string, 'cny' | 'count' | 'ratio' | 'seconds']> = [
  ['用户支付金额', 'cny'],
  ['实时在线人数', 'count'],
  ['累计观看人数', 'count'],
  ['成交人数', 'count'],
  ['成交件数', 'count'],
  ['成交订单数', 'count'],
  ['千次观看成交金额', 'cny'],
  ['人均观看时长', 'seconds'],
  ['新增粉丝数', 'count'],
  ['新加团人数', 'count'],
  ['商品点击率', 'ratio'],
  ['观看-成交率', 'ratio'],
  ['曝光-观看率', 'ratio'],
  ['直播间曝光人数', 'count'],
  ['商品曝光人数', 'count'],
  ['商品点击人数', 'count'],
  ['UV价值', 'cny'],
  ['客单价', 'cny'],
  ['互动率', 'ratio'],
  ['新增评论数', 'count'],
];

export interface BigScreenOptions {
  seed?: number;
  /** figures updated per tick (≤ 50 with the default layout) */
  numbers?: number;
  intervalMs?: number;
  comments?: number;
}

/** The page's own script: plain, framework-free, cheap — what "update 50 numbers" costs. */
const PAGE_SCRIPT = (n: number, intervalMs: number) => `
(function () {
  var els = Array.prototype.slice.call(document.querySelectorAll('[data-tick]'), 0, ${n});
  var vals = els.map(function (el, i) { return 1000 + i * 137; });
  function fmt(kind, v) {
    if (kind === 'cny') return (v / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    if (kind === 'ratio') return (v % 10000 / 100).toFixed(2) + '%';
    if (kind === 'seconds') { var s = 30 + v % 200; return Math.floor(s / 60) + '分' + (s % 60) + '秒'; }
    return v.toLocaleString('en-US');
  }
  window.__ticks = 0;
  setInterval(function () {
    window.__ticks++;
    for (var i = 0; i < els.length; i++) {
      vals[i] += 1 + ((i * 7 + window.__ticks) % 13);
      els[i].firstChild.nodeValue = fmt(els[i].getAttribute('data-tick'), vals[i]);
    }
  }, ${intervalMs});
})();`;

export function bigScreenHtml(o: BigScreenOptions = {}): string {
  const r = rng(o.seed ?? 1128);
  const h = (name: string) => `${name}-${hash(r)}`;
  const out: string[] = [];
  const push = (s: string) => out.push(s);
  push('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>直播大屏 - 抖音电商罗盘</title>');
  push(
    '<style>body{margin:0;background:#0b1026;color:#fff;font:14px sans-serif}[class*="cardWrapper-"]{display:inline-block;width:220px;margin:6px}.ecom-tooltip-hidden{display:none}</style></head><body><div id="root">',
  );
  push(
    `<header class="${h('screenHeader')}"><div class="${h('roomTitle')}"><span>直播标题：夏日清凉好物专场</span></div><div class="${h('roomMeta')}"><span>直播间ID：</span><span>1</span><span class="${h('startTime')}">开播时间 2025/07/28 22:15</span><span class="${h('duration')}">已播 02:10:05</span></div><div class="${h('shop')}"><span>店铺名称：</span><span>星河优选旗舰店</span></div></header>`,
  );

  push(`<section class="${h('core')}">`);
  CORE.forEach(([label, unit], i) => {
    push(
      `<div class="cardWrapper-Hx8aQ2 ${h('screenCard')}"><div class="title-Zk3PibzGF"><span>${esc(label)}</span><i class="ecom-icon" aria-hidden="true">?</i></div>`,
    );
    if (unit === 'cny') push(`<div class="value-KaSdAo"><span><span class="unit-7Hd">¥</span><span data-tick="cny">1,000.00</span></span></div>`);
    else push(`<div class="value-KaSdAo"><span><span data-tick="${unit}">1,000</span></span></div>`);
    if (i % 3 === 0)
      push(
        `<div class="cp-change-ratio"><span class="label-Pq1">较昨日同时段</span><i class="upIdentify-LQaHnC cp-change-ratio-trend-icon"></i><span class="value-P9UU1b up-uranyB cp-change-ratio-value">${(r() * 40).toFixed(2)}%</span></div>`,
      );
    push('</div>');
  });
  push('</section>');

  // 5-minute strip: ten unlabeled figures under time headings
  push(`<section class="${h('fiveMin')}"><h3>近5分钟</h3><ul>`);
  for (let i = 0; i < 10; i++)
    push(
      `<li class="${h('fiveItem')}"><span class="${h('fiveTime')}">01:${String(i * 5).padStart(2, '0')}</span><span class="${h('fiveValue')}" data-tick="count">1,000</span></li>`,
    );
  push('</ul></section>');

  // product explain list
  push(`<section class="${h('products')}"><h3>讲解商品</h3><ul>`);
  for (let i = 0; i < 10; i++) {
    push(
      `<li class="${h('product')}"><img src="data:," alt=""><div class="${h('productName')}">${hanText(r, 10, 20)}</div><div class="${h('productStats')}"><span>商品点击</span><span data-tick="count">1,000</span><span>商品成交</span><span data-tick="cny">1,000.00</span></div></li>`,
    );
  }
  push('</ul></section>');

  push(`<section class="${h('commentFeed')}"><ul>`);
  for (let i = 0; i < (o.comments ?? 80); i++)
    push(`<li class="${h('comment')}"><span class="${h('nick')}">用户${Math.floor(r() * 1e6)}</span><span>${hanText(r, 3, 14)}</span></li>`);
  push('</ul></section>');
  push(
    `<div>${CORE.map(([label]) => `<div class="ecom-tooltip ecom-tooltip-hidden"><div class="ecom-tooltip-inner">${esc(label)}：${hanText(r, 20, 40)}</div></div>`).join('')}</div>`,
  );
  push(`</div><script>${PAGE_SCRIPT(o.numbers ?? 50, o.intervalMs ?? 1000)}</script></body></html>`);
  return out.join('');
}
