/**
 * The items stage's rules (lib/extract/items.ts), one small page each, so a failure names the
 * rule. Whole pages rendered by the real libraries are asserted in tests/extract/fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import type { ItemRow } from '../../lib/capture/types';

const CONSOLE = 'https://buyin.jinritemai.com/dashboard/live/control?live_room_id=7504730164828561203';
const read = (body: string, url = CONSOLE) => {
  const doc = new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
  return extractPage(doc, url, adapterForUrl(url)!, { now: 0 });
};
const nums = (it: ItemRow | undefined) => Object.fromEntries((it?.readings ?? []).map((r) => [r.metric, r.value]));
/** A 百应 goods row: value before label, as the real rows are. */
const row = (id: string, title: string, pairs: Array<[string, string]>, extra = '', attrs = '') =>
  `<div class="goodsItem-KBGOY5 rpa_lc__live-goods__goods-item" data-rbd-draggable-id="${id}" ${attrs}>` +
  `<div class="title-Lq7Vn2">${title}</div>${extra}<div class="dataRow-Jm5Tv8">` +
  pairs.map(([v, l]) => `<span class="dataItem-Fc3Lw6"><span class="dataValue-Qz9Xb2">${v}</span><span class="dataLabel-Vd1Hk4">${l}</span></span>`).join('') +
  '</div></div>';

describe('goods rows', () => {
  it("a value before its label is its own, never the next pair's; 售出/库存 gives two numbers", () => {
    const c = read(
      row('3712049518802766618', '淡水珍珠项链', [
        ['¥199.00', '到手价'],
        ['38/2,000', '售出/库存'],
        ['¥7,562.00', '成交金额'],
        ['3.12%', '曝光成交率'],
      ]),
    );
    expect(c.items).toHaveLength(1);
    expect(c.items![0]).toMatchObject({ key: 'id:3712049518802766618', id: '3712049518802766618', title: '淡水珍珠项链', kind: 'product' });
    expect(nums(c.items![0])).toEqual({ price: 199, units: 38, stock: 2000, gmv: 7562, productImpressionToPayRate: 0.0312 });
    // and none of it reaches the page's readings
    expect(c.captures.filter((r) => r.metric === 'gmv' && r.scope === 'page')).toEqual([]);
  });

  it('a `--` is missing (null), never 0', () => {
    const c = read(
      row('3712049518802766601', '耳钉', [
        ['--', '成交金额'],
        ['0.00%', '曝光成交率'],
      ]),
    );
    expect(nums(c.items![0])).toEqual({ gmv: null, productImpressionToPayRate: 0 });
  });

  it("two labels in one block with one number: the number is nobody's", () => {
    const c = read(
      `<div class="rpa_lc__live-goods__goods-item" data-rbd-draggable-id="3712049518802766601"><div class="title-x">耳钉</div><div class="d"><span>成交金额</span><span>曝光成交率</span><span>¥10.00</span></div></div>`,
    );
    expect(nums(c.items![0])).toEqual({});
  });

  it('inline `库存 1,200`, an unlabelled `*price*` money text, the 讲解中 tag and 结束讲解 button', () => {
    const html =
      `<div id="tcl-unique-virtual-list"><div data-virtuoso-scroller="true"><div data-index="0"><div class="list-item" data-id="735000134582">` +
      `<span class="list-item-img-index">46</span><span class="list-item-title">正山小种 红茶</span><span class="tag">讲解中</span><span class="list-item-price">¥236.00</span>` +
      `<span class="list-item-stats"><span>库存 1,174</span><span>商品点击 386</span><span>成交件数 16</span></span>` +
      `<button><span>结 束 讲 解</span></button></div></div></div></div>`;
    const c = read(html, 'https://liveplatform.taobao.com/restful/index/live/control?liveId=1');
    expect(c.items).toEqual([
      {
        key: 'id:735000134582',
        id: '735000134582',
        title: '正山小种 红茶',
        kind: 'product',
        index: 46,
        explaining: true,
        readings: expect.arrayContaining([
          { metric: 'stock', label: '库存', text: '1,174', value: 1174 },
          { metric: 'productClicks', label: '商品点击', text: '386', value: 386 },
          { metric: 'units', label: '成交件数', text: '16', value: 16 },
          { metric: 'price', label: '价格', text: '¥236.00', value: 236 },
        ]),
      },
    ]);
    expect(c.itemsPartial).toBe(true); // a virtual list shows only some rows
  });

  it('a number drawn in pieces is read whole after its label, and never as its first piece inline', () => {
    const pieces = read(row('3712049518802766601', '耳钉', [['<span>¥2.</span><span>60</span>', '到手价']]));
    expect(nums(pieces.items![0])).toEqual({ price: 2.6 });
    const inline = read(
      `<div class="rpa_lc__live-goods__goods-item" data-rbd-draggable-id="3712049518802766601"><div class="title-a">耳钉</div><span><span>成交金额 ¥3</span><span>,192.00</span></span><span>库存 1,200</span></div>`,
    );
    expect(nums(inline.items![0])).toEqual({ stock: 1200 });
  });

  it('an id from a product link when the row has no id attribute; two links naming two ids give none', () => {
    const r = (links: string) =>
      `<div class="rpa_lc__live-goods__goods-item"><div class="title-a">耳钉</div>${links}<span class="p"><span>¥5.00</span><span>成交金额</span></span></div>`;
    expect(read(r('<a href="https://haohuo.jinritemai.com/views/product/detail?id=3712049518802766601&origin_type=x">详情</a>')).items![0]!.key).toBe(
      'id:3712049518802766601',
    );
    expect(read(r('<a href="/p?id=3712049518802766601">a</a><a href="/p?id=3712049518802766602">b</a>')).items![0]!.key).toBe('title:耳钉');
  });

  it('a hidden pane with the same items and other numbers is not read', () => {
    const now = row('3712049518802766618', '项链', [['¥7,562.00', '成交金额']]);
    const last = row('3712049518802766618', '项链', [['¥22,338.00', '成交金额']]);
    const c = read(`<div class="pane-active">${now}</div><div class="pane" style="display: none">${last}</div>`);
    expect(c.items!.map((i) => nums(i))).toEqual([{ gmv: 7562 }]);
  });

  it('a pinned 正在讲解 copy (`-recording`) is the same item, explained, its numbers kept where the copies agree', () => {
    const list = (pinnedGmv: string) =>
      `<div data-virtuoso-scroller="true">` +
      `<div data-index="0" data-id="23877129004511-recording"><div class="title-a">收纳箱</div><span>成交金额 ${pinnedGmv}</span><span>库存 30</span></div>` +
      `<div data-index="1" data-id="23877129004511"><div class="title-a">收纳箱</div><span>成交金额 ¥100.00</span><span>库存 30</span></div></div>`;
    const same = read(list('¥100.00'));
    expect(same.items).toHaveLength(1);
    expect(same.items![0]).toMatchObject({ key: 'id:23877129004511', explaining: true });
    expect(nums(same.items![0])).toEqual({ gmv: 100, stock: 30 });
    // copies that disagree: that number is dropped, never picked
    expect(nums(read(list('¥120.00')).items![0])).toEqual({ stock: 30 });
  });

  it('two rows known only by one title: kept once when they agree, neither when they differ', () => {
    const r = (gmv: string) =>
      `<div class="rpa_lc__live-goods__goods-item"><div class="title-a">珍珠耳钉 同款</div><span class="p"><span>${gmv}</span><span>成交金额</span></span></div>`;
    expect(read(r('¥5.00') + r('¥5.00')).items).toHaveLength(1);
    expect(read(r('¥5.00') + r('¥9.00')).items).toBeUndefined();
  });
});

describe('item tables', () => {
  const table = (rows: string, head = '<th>商品</th><th>商品ID</th><th>成交金额</th><th>成交件数</th>') =>
    `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  const URL = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456';

  it('columns by header, the id column keys the row, a 合计 row is not an item', () => {
    const c = read(
      table(
        '<tr><td>合计（全部 2 个商品）</td><td>-</td><td>¥300.00</td><td>3</td></tr><tr><td>耳钉</td><td>3712049518802734511</td><td>¥100.00</td><td>1</td></tr><tr><td>项链</td><td>3712049518802734628</td><td>¥200.00</td><td>2</td></tr>',
      ),
      URL,
    );
    expect(c.items!.map((i) => [i.key, i.title, nums(i)])).toEqual([
      ['id:3712049518802734511', '耳钉', { gmv: 100, units: 1 }],
      ['id:3712049518802734628', '项链', { gmv: 200, units: 2 }],
    ]);
  });

  it('value and change in one cell: the value, and the change signed by its widget', () => {
    const c = read(
      table(
        '<tr data-row-key="3712049518802734511"><td>耳钉</td><td>3712049518802734511</td><td><span class="cellValue-a">¥32.15万</span><span class="change-b down-c">6.41%</span></td><td>321</td></tr>',
      ),
      URL,
    );
    expect(c.items![0]!.readings.find((r) => r.metric === 'gmv')).toEqual({
      metric: 'gmv',
      label: '成交金额',
      text: '¥32.15万',
      value: 321500,
      compare: { basis: '', text: '6.41%', value: -0.0641 },
    });
  });

  it('a 计划 table lists ad plans; "-", "—" and "–" are missing', () => {
    const c = read(
      table(
        '<tr><td>直播全域-日常</td><td>1830221456782399</td><td>0.00</td><td>-</td><td>—</td></tr>',
        '<th>计划名称</th><th>计划ID</th><th>整体消耗(元)</th><th>整体支付ROI</th><th>GPM(元)</th>',
      ),
      'https://qianchuan.jinritemai.com/uni-prom?aavid=1',
    );
    expect(c.items).toEqual([
      {
        key: 'id:1830221456782399',
        id: '1830221456782399',
        title: '直播全域-日常',
        kind: 'plan',
        readings: [
          { metric: 'adSpend', label: '整体消耗(元)', text: '0.00', value: 0 },
          { metric: 'roi', label: '整体支付ROI', text: '-', value: null },
          { metric: 'gpm', label: 'GPM(元)', text: '—', value: null },
        ],
      },
    ]);
  });

  it('a row short of cells is not laid under the headers (its values would shift columns)', () => {
    const c = read(table('<tr><td>耳钉</td><td>3712049518802734511</td><td>321</td></tr>'), URL);
    expect(c.items).toBeUndefined();
  });

  it('a table drawn again for locked columns (aria-hidden) adds nothing', () => {
    const body = '<tr><td>耳钉</td><td>3712049518802734511</td><td>¥100.00</td><td>1</td></tr>';
    const c = read(
      table(body) +
        `<div class="next-table-lock-left" aria-hidden="true">${table('<tr><td>耳钉</td><td>3712049518802734511</td><td>¥999.00</td><td>9</td></tr>')}</div>`,
      URL,
    );
    expect(c.items!.map((i) => nums(i))).toEqual([{ gmv: 100, units: 1 }]);
  });
});
