/**
 * A large 罗盘 live-detail page with the real markup shapes (DASHBOARDS.md §1 DOM notes):
 * CSS-module classes with hashed suffixes (`cardWrapper-Hx8aQ2`, `value-KaSdAo`,
 * `value-P9UU1b up-uranyB cp-change-ratio-value`), metric cards with a value, a change against
 * the last period and peer benchmarks, an antd-style session table (`tr[data-row-key]`, a
 * separate fixed header table, a measure row), and the noise around them: a side menu,
 * a product list, a comment feed, an svg chart, closed tooltips (antd portals). No whitespace
 * text between tags, as a React-rendered DOM has none. Deterministic (seeded).
 */
import { esc, hanText, hash, shown, type GenUnit } from './format';
import { rng } from '../lib/stats';

/** Labels as the live-detail page shows them, with their unit. The first ones are known to the
 *  reader's aliases; the `UNKNOWN` ones are real-looking labels it does not know. */
export const CARD_LABELS: Array<[string, GenUnit]> = [
  ['直播间用户支付金额', 'cny'],
  ['千次观看用户支付金额', 'cny'],
  ['直播间观看人数', 'count'],
  ['直播间曝光人数', 'count'],
  ['直播间曝光次数', 'count'],
  ['直播间观看次数', 'count'],
  ['直播间曝光-观看率(人数)', 'ratio'],
  ['直播间曝光-观看率(次数)', 'ratio'],
  ['商品曝光人数', 'count'],
  ['商品点击人数', 'count'],
  ['商品点击次数', 'count'],
  ['直播间观看-商品曝光率(人数)', 'ratio'],
  ['直播间商品曝光-点击率(人数)', 'ratio'],
  ['直播间商品点击-成交转化率(人数)', 'ratio'],
  ['直播间观看-成交率(人数)', 'ratio'],
  ['直播间曝光-成交转化率(人数)', 'ratio'],
  ['成交人数', 'count'],
  ['成交件数', 'count'],
  ['成交订单数', 'count'],
  ['平均在线人数', 'count'],
  ['最高在线人数', 'count'],
  ['人均观看时长', 'seconds'],
  ['新增粉丝数', 'count'],
  ['新加直播团人数', 'count'],
  ['关注率', 'ratio'],
  ['互动率', 'ratio'],
  ['负反馈率', 'ratio'],
  ['新增评论数', 'count'],
  ['UV价值', 'cny'],
  ['客单价', 'cny'],
  ['千川消耗', 'cny'],
  ['退款金额', 'cny'],
  ['成交粉丝占比', 'ratio'],
  ['商品点击率', 'ratio'],
];
export const UNKNOWN_LABELS: Array<[string, GenUnit]> = [
  ['直播间分享次数', 'count'],
  ['小风车点击次数', 'count'],
  ['购物车点击人数', 'count'],
  ['粉丝团灯牌点亮数', 'count'],
  ['福袋参与人数', 'count'],
  ['看播完成率', 'ratio'],
  ['新客成交占比', 'ratio'],
  ['老客复购率', 'ratio'],
  ['优惠券核销金额', 'cny'],
  ['直播间停留人数', 'count'],
  ['引流短视频播放量', 'count'],
  ['自然流量占比', 'ratio'],
  ['付费流量占比', 'ratio'],
  ['推荐页进入人数', 'count'],
];

const MODULES = ['核心数据', '流量转化', '商品转化', '人群画像', '互动数据', '千川投放'];

const TABLE_COLUMNS: Array<[string, GenUnit | 'title' | 'time' | 'id' | 'action']> = [
  ['直播间', 'title'],
  ['开播时间', 'time'],
  ['直播间ID', 'id'],
  ['直播间成交金额', 'cny'],
  ['直播间成交订单数', 'count'],
  ['累计观看人数', 'count'],
  ['人均观看时长', 'seconds'],
  ['千次观看成交金额', 'cny'],
  ['客单价', 'cny'],
  ['直播间曝光-观看率(人数)', 'ratio'],
  ['操作', 'action'],
];

export interface DashboardOptions {
  seed?: number;
  /** metric cards (labels cycle through known, then unknown labels) */
  cards?: number;
  /** antd table rows */
  rows?: number;
  menuGroups?: number;
  products?: number;
  comments?: number;
  chartTicks?: number;
}

/** The same page, bigger (~120k nodes: more cards, a 1,200-row session list, longer product
 *  and comment lists, a bigger menu): a busy real dashboard with its lists fully loaded, where a
 *  read in one piece blocks the page for well over 50 ms. */
export const BIG_DASHBOARD: DashboardOptions = { cards: 96, rows: 1200, products: 600, comments: 1000, menuGroups: 48, chartTicks: 300 };

export const DASHBOARD_URL = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456&tab=diagnosis';

export function dashboardHtml(o: DashboardOptions = {}): string {
  const r = rng(o.seed ?? 20250728);
  const cards = o.cards ?? 48;
  const rows = o.rows ?? 200;
  const h = (name: string) => `${name}-${hash(r)}`;
  const out: string[] = [];
  const push = (s: string) => out.push(s);

  push('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>直播详情 - 抖音电商罗盘</title>');
  push(
    '<style>body{font:12px sans-serif}.ecom-tooltip-hidden{display:none}[class*="cardWrapper-"]{display:inline-block;width:180px;margin:4px;vertical-align:top}</style></head><body>',
  );
  push('<div id="root" class="compass-layout ecom-layout">');

  // header
  push(`<header class="ecom-layout-header ${h('header')}"><div class="${h('logo')}"><img src="data:," alt=""><span>抖音电商罗盘</span></div>`);
  push(
    `<nav class="${h('topNav')}">${['首页', '直播', '短视频', '商品', '服务', '市场', '人群', '营销'].map((t, i) => `<a class="${h('navItem')}${i === 1 ? ' active' : ''}">${t}</a>`).join('')}</nav>`,
  );
  push(`<div class="${h('shopInfo')}"><span class="${h('shopLabel')}">店铺名称：</span><span class="${h('shopName')}">星河优选旗舰店</span></div>`);
  push(`<div class="ecom-dropdown-trigger ${h('user')}"><span>账号设置</span><i class="ecom-icon" aria-hidden="true"></i></div></header>`);

  // side menu
  push(`<aside class="ecom-layout-sider ${h('sider')}"><ul class="ecom-menu ecom-menu-inline" role="menu">`);
  for (let g = 0; g < (o.menuGroups ?? 24); g++) {
    push(
      `<li class="ecom-menu-submenu ecom-menu-submenu-inline" role="menuitem"><div class="ecom-menu-submenu-title"><i class="ecom-icon" aria-hidden="true"></i><span class="ecom-menu-title-content">${hanText(r, 2, 4)}</span><i class="ecom-menu-submenu-arrow"></i></div><ul class="ecom-menu ecom-menu-sub ecom-menu-inline" role="menu">`,
    );
    for (let i = 0; i < 6; i++) push(`<li class="ecom-menu-item" role="menuitem"><span class="ecom-menu-title-content"><a>${hanText(r, 3, 6)}</a></span></li>`);
    push('</ul></li>');
  }
  push('</ul></aside>');

  push(`<main class="content-${hash(r)}">`);
  push(`<div class="${h('liveInfo')}"><div class="${h('liveTitle')}"><span>直播标题：夏日清凉好物专场</span></div>`);
  push(`<div class="${h('liveTime')}"><span>直播时间：2025/07/28 22:15 ~ 01:10</span></div>`);
  push(
    `<div class="${h('liveId')}"><span>直播间ID：</span><span>7391234567890123456</span></div><div class="${h('update')}">数据更新于 2025/07/29 01:25</div></div>`,
  );
  push(
    `<div class="ecom-radio-group ${h('period')}">${['近1天', '近7天', '近30天', '自定义'].map((p, i) => `<label class="ecom-radio-button-wrapper${i === 1 ? ' ecom-radio-button-wrapper-checked' : ''}"><span>${p}</span></label>`).join('')}</div>`,
  );
  push(
    `<div class="ecom-tabs ${h('tabs')}">${['流量分析', '引流短视频', '流量诊断', '主播分析', '违规情况', '综合趋势'].map((t, i) => `<div class="ecom-tabs-tab${i === 0 ? ' ecom-tabs-tab-active' : ''}"><div class="ecom-tabs-tab-btn" role="tab">${t}</div></div>`).join('')}</div>`,
  );

  // metric cards, in modules
  const labels = [...CARD_LABELS, ...UNKNOWN_LABELS];
  const perModule = Math.ceil(cards / MODULES.length);
  const tooltips: string[] = [];
  for (let c = 0; c < cards; c++) {
    if (c % perModule === 0) {
      if (c) push('</div></section>');
      push(
        `<section class="overviewContainer-HrpFrv"><div class="${h('moduleHead')}"><h3 class="moduleTitle-Pq8Wd1">${MODULES[(c / perModule) % MODULES.length]}</h3><span class="${h('moduleTip')}">数据更新于 01:25</span></div><div class="cardList-Tt4Rb2">`,
      );
    }
    const [label, unit] = labels[c % labels.length]!;
    const up = r() < 0.5;
    push(`<div class="cardWrapper-Hx8aQ2 coreCard-9fKsd1" data-btm="d85205_${11233 + c}">`);
    push(`<div class="title-Zk3PibzGF"><span>${esc(label)}</span><i class="ecom-icon tip-Qm2" aria-hidden="true">?</i></div>`);
    const v = shown(unit, r);
    if (v.startsWith('¥')) push(`<div class="value-KaSdAo"><span><span class="unit-7Hd">¥</span><span>${v.slice(1)}</span></span></div>`);
    else if (v.endsWith('万')) push(`<div class="value-KaSdAo"><span><span>${v.slice(0, -1)}</span><span class="unit-7Hd">万</span></span></div>`);
    else push(`<div class="value-KaSdAo"><span><span>${v}</span></span></div>`);
    if (c % 4 !== 3) {
      push(
        `<div class="cp-change-ratio compare-Ks8"><span class="label-Pq1">较上一周期</span><i class="${up ? 'upIdentify-LQaHnC' : 'downIdentify-Mm2QaZ'} cp-change-ratio-trend-icon"></i><span class="value-P9UU1b ${up ? 'up-uranyB' : 'down-OAkhZz'} cp-change-ratio-value">${(r() * 50).toFixed(2)}%</span></div>`,
      );
    }
    if (c % 3 === 0) push(`<div class="bottomItem-nelI6_"><span>同行同级优秀值</span><span class="num-3kdA1">${shown(unit, r)}</span></div>`);
    if (c % 3 === 1) push(`<div class="bottomItem-nelI6_"><span>同行同级中位值</span><span class="num-3kdA1">${shown(unit, r)}</span></div>`);
    if (c % 5 === 2) push(`<div class="bottomItem-nelI6_"><span>超过同行同级${(r() * 100).toFixed(2)}%的商家</span></div>`);
    push('</div>');
    tooltips.push(
      `<div class="ecom-tooltip ecom-tooltip-placement-top ecom-tooltip-hidden"><div class="ecom-tooltip-content"><div class="ecom-tooltip-arrow"></div><div class="ecom-tooltip-inner" role="tooltip"><p>${esc(label)}：${hanText(r, 20, 40)}</p><p>统计口径：${hanText(r, 10, 20)}</p></div></div></div>`,
    );
  }
  if (cards) push('</div></section>');

  // svg trend chart: tick labels are text nodes too
  push(
    `<section class="${h('trend')}"><h3 class="moduleTitle-Pq8Wd1">综合趋势</h3><div class="${h('legend')}">${['用户支付金额', '实时在线人数', '进入直播间人数'].map((t) => `<span class="${h('legendItem')}"><i></i>${t}</span>`).join('')}</div><svg width="900" height="240"><g class="x-axis">`,
  );
  for (let i = 0; i < (o.chartTicks ?? 60); i++)
    push(
      `<g class="tick"><line x1="${i * 15}" x2="${i * 15}" y1="0" y2="4"></line><text x="${i * 15}" y="16">${String(22 + Math.floor(i / 20)).padStart(2, '0')}:${String((i * 3) % 60).padStart(2, '0')}</text></g>`,
    );
  push('</g><g class="y-axis">');
  for (let i = 0; i < 6; i++) push(`<g class="tick"><text x="0" y="${i * 40}">${i * 2}万</text></g>`);
  push(`</g><path d="M0,0${Array.from({ length: 60 }, (_, i) => `L${i * 15},${Math.floor(r() * 200)}`).join('')}"></path></svg></section>`);

  // the session table, antd-style: a fixed header table, then the body table
  push(
    `<section class="${h('liveList')}"><h3 class="moduleTitle-Pq8Wd1">直播场次</h3><div class="ecom-table-wrapper"><div class="ecom-spin-nested-loading"><div class="ecom-spin-container"><div class="ecom-table ecom-table-fixed-header ecom-table-ping-right"><div class="ecom-table-container">`,
  );
  const colgroup = `<colgroup>${TABLE_COLUMNS.map(() => '<col style="width:120px">').join('')}</colgroup>`;
  push(`<div class="ecom-table-header" style="overflow:hidden"><table style="table-layout:fixed">${colgroup}<thead class="ecom-table-thead"><tr>`);
  for (const [name, kind] of TABLE_COLUMNS) {
    push(
      `<th class="ecom-table-cell${kind === 'action' ? ' ecom-table-cell-fix-right' : ''}"${kind !== 'title' && kind !== 'action' ? ' title=""' : ''}><div class="ecom-table-column-sorters"><span class="ecom-table-column-title">${esc(name)}</span>${kind === 'cny' || kind === 'count' ? '<span class="ecom-table-column-sorter"><span class="ecom-table-column-sorter-inner"><span class="ecom-table-column-sorter-up" aria-hidden="true"></span><span class="ecom-table-column-sorter-down" aria-hidden="true"></span></span></span>' : ''}</div></th>`,
    );
  }
  push('</tr></thead></table></div>');
  push(`<div class="ecom-table-body" style="overflow-y:scroll;max-height:600px"><table style="table-layout:fixed">${colgroup}<tbody class="ecom-table-tbody">`);
  push(
    `<tr aria-hidden="true" class="ecom-table-measure-row" style="height:0">${TABLE_COLUMNS.map(() => '<td style="padding:0;border:0;height:0"><div style="height:0;overflow:hidden">&nbsp;</div></td>').join('')}</tr>`,
  );
  const t0 = Date.UTC(2025, 6, 28, 14, 15);
  for (let i = 0; i < rows; i++) {
    const key = String(7391234567890123456n - BigInt(i * 7919));
    const start = new Date(t0 - i * 86_400_000 + 8 * 3_600_000);
    const d = `${start.getUTCFullYear()}/${String(start.getUTCMonth() + 1).padStart(2, '0')}/${String(start.getUTCDate()).padStart(2, '0')}`;
    const time = `${d} ${String(start.getUTCHours()).padStart(2, '0')}:${String(start.getUTCMinutes()).padStart(2, '0')} ~ 0${1 + (i % 3)}:10`;
    push(`<tr data-row-key="${key}" class="ecom-table-row ecom-table-row-level-0">`);
    for (const [, kind] of TABLE_COLUMNS) {
      if (kind === 'title')
        push(
          `<td class="ecom-table-cell"><div class="${h('roomCell')}"><img class="${h('cover')}" src="data:," alt=""><div class="${h('roomText')}"><div class="${h('roomTitle')}" title="">${hanText(r, 6, 14)}专场</div><div class="${h('roomAnchor')}"><span>主播：</span><span>${hanText(r, 2, 4)}</span></div></div></div></td>`,
        );
      else if (kind === 'time') push(`<td class="ecom-table-cell"><span>${time}</span></td>`);
      else if (kind === 'id') push(`<td class="ecom-table-cell"><span>${key}</span></td>`);
      else if (kind === 'action')
        push(
          '<td class="ecom-table-cell ecom-table-cell-fix-right"><div class="ecom-space"><div class="ecom-space-item"><a>诊断</a></div><div class="ecom-space-item"><a>详情</a></div><div class="ecom-space-item"><a>大屏</a></div></div></td>',
        );
      else {
        const up = r() < 0.5;
        push(`<td class="ecom-table-cell"><div class="${h('cellValue')}"><span>${shown(kind, r)}</span></div>`);
        if (i % 2 === 0)
          push(
            `<div class="cp-change-ratio ${h('cellCompare')}"><span>较上场</span><span class="value-P9UU1b ${up ? 'up-uranyB' : 'down-OAkhZz'} cp-change-ratio-value">${(r() * 30).toFixed(1)}%</span></div>`,
          );
        push('</td>');
      }
    }
    push('</tr>');
  }
  push('</tbody></table></div></div></div></div></div></div>');
  push(
    `<ul class="ecom-pagination"><li title="上一页" class="ecom-pagination-prev"><button>&lt;</button></li>${[1, 2, 3, 4, 5].map((n) => `<li title="${n}" class="ecom-pagination-item${n === 1 ? ' ecom-pagination-item-active' : ''}"><a>${n}</a></li>`).join('')}<li title="下一页" class="ecom-pagination-next"><button>&gt;</button></li></ul></section>`,
  );

  // product explain list (div based): label-like text before numbers, unknown to the reader
  push(`<section class="${h('products')}"><h3 class="moduleTitle-Pq8Wd1">商品讲解</h3><ul class="${h('productList')}">`);
  for (let i = 0; i < (o.products ?? 80); i++) {
    push(
      `<li class="${h('productItem')}"><img src="data:," alt=""><div class="${h('productInfo')}"><div class="${h('productName')}" title="">${hanText(r, 10, 24)}</div>`,
    );
    push(
      `<div class="${h('productMeta')}"><span>讲解次数</span><span>${1 + Math.floor(r() * 9)}</span><span>商品价格</span><span>¥${(r() * 500).toFixed(2)}</span><span>商品成交金额</span><span>¥${Math.floor(r() * 90_000).toLocaleString('en-US')}</span></div>`,
    );
    push(`<div class="${h('productTags')}"><span class="ecom-tag">${r() < 0.3 ? '爆款' : '新品'}</span><span class="ecom-tag">包邮</span></div></div></li>`);
  }
  push('</ul></section>');

  // comment feed
  push(`<section class="${h('comments')}"><h3 class="moduleTitle-Pq8Wd1">评论</h3><ul>`);
  for (let i = 0; i < (o.comments ?? 120); i++)
    push(
      `<li class="${h('comment')}"><span class="${h('nick')}">用户${Math.floor(r() * 1e6)}</span><span class="${h('text')}">${hanText(r, 3, 16)}</span><span class="${h('time')}">01:${String(i % 60).padStart(2, '0')}</span></li>`,
    );
  push('</ul></section>');

  push(`</main><footer class="${h('footer')}"><span>© 抖音电商罗盘</span><a>帮助中心</a><a>意见反馈</a></footer></div>`);
  // antd portals: closed tooltips, a hidden drawer
  push(`<div style="position:absolute;top:0;left:0;width:100%">${tooltips.map((t) => `<div>${t}</div>`).join('')}</div>`);
  push(
    `<div class="ecom-drawer ecom-drawer-right" style="display:none"><div class="ecom-drawer-content"><div class="ecom-drawer-header"><span>指标说明</span><button class="ecom-drawer-close">×</button></div><div class="ecom-drawer-body">${hanText(r, 100, 200)}</div></div></div>`,
  );
  push('</body></html>');
  return out.join('');
}
