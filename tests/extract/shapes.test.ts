/**
 * The number shapes of the real backend pages (../shared/REAL-DOM.md), one small page each, so a
 * failure names the shape: value, ¥ and 万 split over siblings; per-character digits; odometers;
 * cards with 昨日 / 同行基准 beside the value; label decorations; loaders; hidden tab panes;
 * rows of a goods list; period tabs shown only by colour. Whole pages rendered by the real
 * component libraries are in tests/fixtures (fixtures-gen/).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import type { PageRead } from '../../lib/capture/types';

const HOME = 'https://compass.jinritemai.com/shop';
const read = (body: string, url = HOME, head = ''): PageRead => {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return extractPage(doc, url, adapterForUrl(url)!, { now: 0 });
};
const page = (c: PageRead, metric: string) => c.captures.find((r) => r.metric === metric && r.scope === 'page' && r.source === 'observed');
const valueOf = (c: PageRead, metric: string) => page(c, metric)?.value;
const missedOf = (c: PageRead, metric: string) => c.missed.find((m) => m.metric === metric);
/** A second card so a page is never one lone label. */
const other = '<div class="card-x1"><div class="title-x1">退款金额</div><div class="value-x1">¥1,000.00</div></div>';

describe('split values', () => {
  it.each([
    [
      '¥ in its own div, 万 in a sibling attach div (2022)',
      '<div class="valueWrapper---RnMe"><div></div><div>¥</div><div style="font-family:Barlow">110</div><div class="attach--3vRa_">万</div></div>',
      1100000,
    ],
    [
      'an empty attach div',
      '<div class="valueWrapper---RnMe"><div></div><div>¥</div><div style="font-family:Barlow">1332801</div><div class="attach--3vRa_"></div></div>',
      1332801,
    ],
    [
      '2025: prefix span, value span, attach div',
      '<div class="value-kudyrI valueText-hKLgqL"><span><span elementtiming="pccp_element">¥</span><span>8.84</span></span><div class="attach-Bj7xNd">万</div></div>',
      88400,
    ],
    [
      '… with one more wrapper around the value',
      '<div class="value-kudyrI valueText-hKLgqL"><div class="inner-a1"><span><span elementtiming="pccp_element">¥</span><span>8.84</span></span></div><div class="attach-Bj7xNd">万</div></div>',
      88400,
    ],
    [
      '… with whitespace between the pieces',
      '<div class="value-kudyrI">\n  <span>\n <span>¥</span>\n <span>8.84</span>\n </span>\n <div class="attach-Bj7xNd"> 万 </div>\n</div>',
      88400,
    ],
  ])('%s', (_n, value, want) => {
    const c = read(`<div class="card-DT0mYq"><div class="title-PibzGF">成交金额</div>${value}</div>${other}`);
    expect(valueOf(c, 'gmv')).toBe(want);
  });

  it('two numbers side by side are never glued into one', () => {
    const c = read(`<div class="card-a"><div class="title-a">成交金额</div><div class="v"><span>1,024</span><span>128</span></div></div>${other}`);
    expect(valueOf(c, 'gmv')).toBeUndefined();
    expect(missedOf(c, 'gmv')?.reason).toBe('unreadable');
  });
});

describe('per-character digits and odometers', () => {
  const chars = (s: string) => [...s].map((ch) => `<span class="char-x">${ch}</span>`).join(' ');
  it('a value drawn one character per node reads as one number', () => {
    const c = read(`<div class="blk"><div class="lbl">成交订单数</div><div class="num">${chars('12,345')}</div></div>${other}`);
    expect(valueOf(c, 'orders')).toBe(12345);
  });

  it('an odometer (odometer.js DOM: a spacer 8 and a ribbon per digit) reads its digits once', () => {
    const digit = (d: string) =>
      `<span class="odometer-digit"><span class="odometer-digit-spacer">8</span><span class="odometer-digit-inner"><span class="odometer-ribbon"><span class="odometer-ribbon-inner"><span class="odometer-value">${d}</span></span></span></span></span>`;
    const odo = (s: string) =>
      `<div class="odometer odometer-auto-theme"><div class="odometer-inside">${[...s].map((ch) => (/\d/.test(ch) ? digit(ch) : `<span class="odometer-formatting-mark">${ch}</span>`)).join('')}</div></div>`;
    const url = 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456';
    const c = read(
      `<div class="hugeNumberContainer--x3Fk2"><div class="lbl">直播间成交金额</div><div class="val"><span>¥</span>${odo('236,552')}</div></div><div class="b"><div>累计观看人数</div><div>8,947</div></div>`,
      url,
    );
    expect(valueOf(c, 'gmv')).toBe(236552);
  });

  it('an odometer mid-roll is held, not read', () => {
    const url = 'https://compass.jinritemai.com/screen/live/shop?live_room_id=7391234567890123456';
    const rolling =
      '<span class="odometer-digit"><span class="odometer-digit-spacer">8</span><span class="odometer-digit-inner"><span class="odometer-ribbon"><span class="odometer-ribbon-inner"><span class="odometer-value">2</span><span class="odometer-value">3</span><span class="odometer-value">4</span></span></span></span></span>';
    const c = read(
      `<div class="huge"><div class="lbl">直播间成交金额</div><div class="val"><div class="odometer odometer-animating-up odometer-animating"><div class="odometer-inside">${rolling}</div></div></div></div><div class="b"><div>累计观看人数</div><div>8,947</div></div>`,
      url,
    );
    expect(valueOf(c, 'gmv')).toBeUndefined();
    expect(c.held).toEqual([{ metric: 'gmv', scope: 'page', label: '直播间成交金额', why: 'animating' }]);
  });
});

describe('the 万 that may not scale', () => {
  const screen = 'https://compass.jinritemai.com/screen/shop/single';
  const chars = (s: string) => [...s].map((ch) => `<span>${ch}</span>`).join(' ');
  const block = (label: string, value: string) => `<div class="blk"><div class="lbl">${label}</div><div class="num">${chars(value)}</div></div>`;
  it('a 万 after five or more integer digits is in doubt: refused when nothing on the page settles it', () => {
    const c = read(block('用户支付金额', '¥159,357万') + block('成交人数', '1,204'), screen);
    expect(valueOf(c, 'gmv')).toBeUndefined();
    expect(missedOf(c, 'gmv')).toMatchObject({ reason: 'unreadable', text: '¥159,357万' });
  });

  it("… and read as the page's other numbers say: buyers × 客单价 agree with the value without the 万", () => {
    const c = read(block('用户支付金额', '¥159,357万') + block('成交人数', '1,204') + block('客单价', '¥132.36'), screen);
    expect(valueOf(c, 'gmv')).toBe(159357);
  });

  it('… or with it', () => {
    const c = read(block('用户支付金额', '¥15,935万') + block('成交人数', '1,204,000') + block('客单价', '¥132.36'), screen);
    expect(valueOf(c, 'gmv')).toBe(159350000);
  });

  it('a 万 after four integer digits or fewer scales, as an inline 万 does', () => {
    const c = read(block('用户支付金额', '¥1,593.5万') + block('成交人数', '1,204'), screen);
    expect(valueOf(c, 'gmv')).toBe(15935000);
  });
});

describe('cards with more than one number', () => {
  const aurora = (uuid: string, label: string, main: string, yesterday: string, peer: string) =>
    `<div class="aurora-data-card-card-item"><div class="aurora-data-card-row-content"><div class="aurora-data-card-main-left"><div class="aurora-data-card-title"><span data-index-uuid="${uuid}"><div>${label}</div></span></div><div class="aurora-data-card-data"><div class="aurora-data-card-value-main">${main}</div></div></div><div class="aurora-data-card-main-right"><div class="aurora-data-card-sub"><span>昨日</span> <span>${yesterday}</span></div><div class="aurora-data-card-sub"><span>同行基准</span> <span>${peer}</span></div></div></div></div>`;
  it('2026 overview card: the main value, 昨日 as the previous value, 同行基准 as a benchmark', () => {
    const c = read(aurora('pay_cnt', '成交订单数', '26', '145', '114') + aurora('pay_amt', '成交金额', '1.84万', '2.1万', '1.5万'));
    expect(page(c, 'orders')).toMatchObject({
      value: 26,
      compare: { basis: '昨日', text: '145', previous: 145 },
      benchmarks: [{ kind: 'peerBaseline', text: '114', value: 114 }],
    });
    expect(page(c, 'orders')!.compare!.value).toBeCloseTo((26 - 145) / 145, 6);
    expect(valueOf(c, 'gmv')).toBe(18400);
  });

  it.each([
    ['empty', ''],
    ['a dash', '—'],
  ])('a main value that is %s while loading never takes the neighbour', (_n, main) => {
    const c = read(aurora('pay_cnt', '成交订单数', main, '145', '114') + aurora('pay_amt', '成交金额', '1.84万', '2.1万', '1.5万'));
    const r = page(c, 'orders');
    expect(r === undefined || r.value === null).toBe(true);
  });
});

describe('label decorations', () => {
  it.each([
    [
      'an ⓘ icon span with data-index-name inside the title',
      '<div class="title-PibzGF cardTitle-K4xIR9">成交金额<span data-index-uuid="pay_amt" data-index-name="成交金额" class="questionIconTooltip-Ab"><svg><use href="#icon-yiwen"></use></svg></span></div>',
    ],
    ['a chevron inside the label element', '<div class="compassTitle-Xy">成交金额 <span class="arrow-Q">&gt;</span></div>'],
    ['a (元) suffix', '<div class="name">成交金额(元)</div>'],
    ['a full-width （元） suffix', '<div class="name">成交金额（元）</div>'],
  ])('%s', (_n, title) => {
    const c = read(`<div class="card-DT0mYq">${title}<div class="value-x"><span>¥</span><span>3,120</span></div></div>${other}`);
    expect(valueOf(c, 'gmv')).toBe(3120);
  });

  it('a label that is a prefix of another on the same block reads its own value only', () => {
    const url = 'https://compass.jinritemai.com/screen/shop/single';
    const c = read(
      '<div class="blk"><div class="row"><span>今日用户支付金额</span><span>¥17,492</span></div><div class="row"><span>今日用户支付金额(含异常交易)</span><span>¥17,900</span></div><div class="row"><span>成交人数</span><span>88</span></div></div>',
      url,
    );
    expect(valueOf(c, 'gmv')).toBe(17492);
  });
});

describe("where a number is not the page's value", () => {
  it('a hidden tab pane (antd tabpane-hidden) with the same labels is not read', () => {
    const pane = (cls: string, v: string) =>
      `<div class="ecom-tabs-tabpane ${cls}"><div class="card-a"><div class="t">成交金额</div><div class="v">${v}</div></div></div>`;
    const c = read(`<div class="ecom-tabs-content">${pane('ecom-tabs-tabpane-active', '¥5,000')}${pane('ecom-tabs-tabpane-hidden', '¥9,999')}</div>${other}`);
    expect(valueOf(c, 'gmv')).toBe(5000);
  });

  it('rows of a goods list are items, not the page: one row alone gives no page value', () => {
    const url = 'https://buyin.jinritemai.com/dashboard/live/control';
    const row =
      '<div class="goodsItem-KBGOY5 rpa_lc__live-goods__goods-item" data-rbd-draggable-id="3712345678901"><div class="right-mXg75w">夏季冰丝T恤</div><div class="m"><span>¥2.60</span><span>到手价</span></div><div class="m"><span>¥350.00</span><span>成交金额</span></div><div class="m"><span>0.00%</span><span>曝光成交率</span></div></div>';
    const c = read(`<div class="goodsPanel-a">${row}</div><div class="strip"><div class="s"><div>累计观看人数</div><div>8,947</div></div></div>`, url);
    expect(valueOf(c, 'gmv')).toBeUndefined();
  });

  it('a value under a loading spinner is held, not read', () => {
    const c = read(
      `<div class="ecom-spin-nested-loading"><div><div class="ecom-spin ecom-spin-spinning"></div></div><div class="ecom-spin-container ecom-spin-blur"><div class="card-a"><div class="t">成交金额</div><div class="v">¥5,000</div></div></div></div>${other}`,
    );
    expect(valueOf(c, 'gmv')).toBeUndefined();
    expect(c.held.map((h) => `${h.metric}:${h.why}`)).toEqual(['gmv:loading']);
    expect(valueOf(c, 'refundAmount')).toBe(1000);
  });
});

describe('the selected period', () => {
  const tabs = (selected: number, style: 'class' | 'colour') =>
    `<div class="tabs-x">${['昨日', '近7日', '近30日']
      .map((t, i) => {
        const sel = i === selected;
        const attr =
          style === 'class'
            ? ` class="tab-q${sel ? ' tab-active' : ''}"`
            : ` class="tab-q" style="color: ${sel ? 'rgb(50, 107, 251)' : 'rgb(44, 46, 48)'}; background-color: ${sel ? 'rgb(232, 243, 255)' : 'rgb(245, 246, 249)'}"`;
        return `<div${attr}><span>${t.slice(0, 1)}</span><span>${t.slice(1)}</span></div>`;
      })
      .join('')}</div>`;
  const kwai = 'https://s.kwaixiaodian.com/zone/home';
  const cards =
    '<div class="kpro-data"><div class="l">成交金额</div><div class="v">¥3,120.00</div></div><div class="kpro-data"><div class="l">成交订单数</div><div class="v">87</div></div>';

  it('a tab marked by class', () => {
    const c = read(tabs(1, 'class') + cards, kwai);
    expect(c.period).toBe('近7日');
    expect(valueOf(c, 'gmv')).toBe(3120);
  });

  it('tabs whose text is split into spans and whose selection shows only by colour', () => {
    const c = read(tabs(2, 'colour') + cards, kwai);
    expect(c.period).toBe('近30日');
    expect(valueOf(c, 'gmv')).toBe(3120);
  });

  it('several choices and nothing telling which is selected: the numbers are not filed under any period', () => {
    const plain = `<div class="tabs-x">${['昨日', '近7日', '近30日'].map((t) => `<div class="tab-q">${t}</div>`).join('')}</div>`;
    const c = read(plain + cards, kwai);
    expect(c.period).toBeNull();
    expect(valueOf(c, 'gmv')).toBeUndefined();
    expect(missedOf(c, 'gmv')).toMatchObject({ reason: 'unreadable', text: 'period not shown' });
  });
});

describe('tables and micro-frontends', () => {
  const list = 'https://compass.jinritemai.com/shop/live-overview';
  const table = (gmvCell: string, rateCell: string) =>
    `<table class="ecom-table"><thead><tr><th>直播间</th><th>开播时间</th><th>用户支付金额</th><th>直播间曝光-观看率(人数)</th></tr></thead><tbody><tr class="ecom-table-row" data-row-key="7391234567890123456"><td>夏日专场</td><td>2025/07/28 22:15 ~ 01:10</td><td>${gmvCell}</td><td>${rateCell}</td></tr></tbody></table>`;
  it('a session-table cell holding the value and its change', () => {
    const c = read(table('<span>¥8.90</span><span>171.34%</span>', '<span>24.38%</span><span class="cp-change-ratio-value">10.47%</span>'), list);
    const row = (m: string) => c.captures.find((r) => r.metric === m && r.scope === '7391234567890123456')?.value;
    expect(row('gmv')).toBe(8.9);
    expect(row('impressionToViewRate')).toBe(0.2438);
  });

  it('two plain percents under a rate column are not guessed', () => {
    const c = read(table('<span>¥8.90</span>', '<span>24.38%</span><span>10.47%</span>'), list);
    expect(c.captures.find((r) => r.metric === 'impressionToViewRate')).toBeUndefined();
    expect(c.missed.find((m) => m.metric === 'impressionToViewRate')?.reason).toBe('unreadable');
  });

  it('a product table is never read as sessions', () => {
    const c = read(
      '<table class="ecom-table"><thead><tr><th>商品</th><th>商品ID</th><th>成交金额</th></tr></thead><tbody><tr data-row-key="3698812345670001"><td>冰丝T恤</td><td>3698812345670001</td><td>¥1,200</td></tr></tbody></table>',
      list,
    );
    expect(c.sessions).toEqual([]);
    expect(c.captures).toEqual([]);
  });

  it('an app inside a wujie-app open shadow root (视频号助手)', () => {
    const doc = new DOMParser().parseFromString('<html><body><wujie-app class="wujie_iframe"></wujie-app></body></html>', 'text/html');
    const root = doc.querySelector('wujie-app')!.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div class="card"><div class="t">成交金额</div><div class="v">￥108.9</div></div><div class="card"><div class="t">成交订单数</div><div class="v">6</div></div>';
    const url = 'https://store.weixin.qq.com/shop/home';
    const c = extractPage(doc, url, adapterForUrl(url)!, { now: 0 });
    expect(valueOf(c, 'gmv')).toBe(108.9);
    expect(valueOf(c, 'orders')).toBe(6);
  });
});
