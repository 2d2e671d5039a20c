/**
 * The anonymiser on one synthetic 罗盘 page holding every format the issue names: money with ¥
 * and grouping, 万/w, percentages, durations (分秒, 时:分:秒), "--", zero, a qualifier; GPM shown
 * with both of its sides; a phone number (plain and masked), an address, an order number, person,
 * shop and product names, a Latin nickname, ids in attributes and links. Each keeps its shape;
 * none keeps its value; the same value on the page twice gets the same stand-in.
 */
import { describe, expect, it } from 'vitest';
import { adapterById } from '../../lib/platforms/registry';
import { extractPage } from '../../lib/extract/page';
import { makeSnapshot, parseSnapshot } from '../../lib/snapshot';

const URL = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456&tab=diagnosis';
const PAGE = `<!doctype html><html><head><title>直播详情</title></head><body>
<div class="shopInfo"><span>店铺名称：</span><span class="shopName">星河优选旗舰店</span></div>
<div class="liveTitle"><span>直播标题：夏日清凉好物专场</span></div>
<div class="liveTime"><span>直播时间：2025/07/28 22:15 ~ 01:10</span></div>
<div class="liveId"><span>直播间ID：</span><span>7391234567890123456</span></div>
<div class="card"><div class="title"><span>直播间用户支付金额</span></div><div class="value"><span>¥</span><span>236,552</span></div>
  <div class="cmp"><span>较上一周期</span><span class="up">12.5%</span></div></div>
<div class="card"><div class="title"><span>直播间观看人数</span></div><div class="value"><span>8.94万</span></div></div>
<div class="card"><div class="title"><span>千次观看用户支付金额</span></div><div class="value"><span>¥</span><span>2,646.00</span></div></div>
<div class="card"><div class="title"><span>人均观看时长</span></div><div class="value"><span>1分32秒</span></div></div>
<div class="card"><div class="title"><span>直播时长</span></div><div class="value"><span>02:55:00</span></div></div>
<div class="card"><div class="title"><span>退款金额</span></div><div class="value"><span>--</span></div></div>
<div class="card"><div class="title"><span>新增粉丝数</span></div><div class="value"><span>0</span></div></div>
<div class="card"><div class="title"><span>曝光人数</span></div><div class="value"><span>1.2w</span></div></div>
<div class="card"><div class="title"><span>商品点击率</span></div><div class="value"><span>&lt;0.01%</span></div></div>
<table class="orders"><tr><th>订单号</th><th>用户</th><th>手机号</th><th>收货地址</th><th>商品</th><th>金额</th></tr>
<tr data-order-id="6912345678901234"><td>6912345678901234</td><td>张小花</td><td>13812345678</td><td>浙江省杭州市西湖区文三路</td><td>冰丝凉席三件套</td><td>¥236,552</td></tr>
<tr><td>6912345678909999</td><td>Lily_Chen</td><td>139****5678</td><td>上海市浦东新区</td><td>便携榨汁杯</td><td>¥88.00</td></tr></table>
<a href="/shop/live-detail?live_room_id=7391234567890123456&author=张小花">回放</a>
</body></html>`;

describe.each([11, 3, 20260701, 42])('anonymising every format (seed %i)', (seed) => {
  const adapter = adapterById('compass')!;
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  const snap = makeSnapshot(doc, URL, adapter, { seed });
  const html = snap.html;
  const text = parseSnapshot(html).body.textContent!.replace(/\s+/g, ' ');
  const orig = extractPage(new DOMParser().parseFromString(PAGE, 'text/html'), URL, adapter, { now: 0 });
  const copy = extractPage(parseSnapshot(html), snap.url, adapter, { now: 0 });
  const read = (cap: typeof orig, m: string) => cap.captures.find((r) => r.metric === m && r.source === 'observed');

  it("keeps each number's shape and changes its digits", () => {
    const shapes: Array<[string, RegExp]> = [
      ['236,552', /¥\d{3},\d{3}/],
      ['8.94万', /\d\.\d{2}万/],
      ['2,646.00', /¥\d,\d{3}\.\d{2}/],
      ['12.5%', /\d{1,2}\.\d%/],
      ['1分32秒', /\d分\d{2}秒/],
      ['02:55:00', /0\d:\d{2}:\d{2}/],
      ['1.2w', /\d\.\dw/],
      ['88.00', /¥\d{2}\.\d{2}/],
    ];
    for (const [was, shape] of shapes) {
      expect(html, was).not.toContain(was);
      expect(text, was).toMatch(shape);
    }
    expect(text).toContain('--'); // missing stays missing
    expect(text).toMatch(/<0\.\d{2}%/); // the qualifier stays with the shape
    expect(read(copy, 'newFans')?.value).toBe(0); // zero stays zero
    for (const m of ['gmv', 'viewers', 'gpm', 'avgWatchSeconds', 'liveDurationSeconds', 'impressionsUv', 'refundAmount', 'productClickRate']) {
      const a = read(orig, m),
        b = read(copy, m);
      expect(b?.unit, m).toBe(a?.unit);
      expect(b?.qualifier, m).toBe(a?.qualifier);
      expect(b?.value === null, m).toBe(a?.value === null);
    }
  });

  it('keeps the same value the same across the page, and GPM = GMV ÷ viewers × 1000', () => {
    const gmv = read(copy, 'gmv')!,
      viewers = read(copy, 'viewers')!,
      gpm = read(copy, 'gpm')!;
    // the order's ¥236,552 is the same amount as the GMV card: one stand-in for both
    expect(html.split(gmv.text.replace('¥', '')).length - 1).toBe(2);
    const want = (gmv.value! / viewers.value!) * 1000;
    // the shown precision of 8.94万 (±50 viewers) is the only slack
    expect(Math.abs(gpm.value! / want - 1)).toBeLessThan(0.01);
    expect(snap.notes.join('\n')).toMatch(/Relation 千次观看用户支付金额 = 用户支付金额 ÷ 直播间观看人数 × 1000: off by [\d.]+% in the copy/);
  });

  it('replaces names, phones, addresses, order numbers and ids with stand-ins of the same length and script', () => {
    for (const s of [
      '星河优选旗舰店',
      '夏日清凉好物专场',
      '张小花',
      'Lily',
      'Chen',
      '13812345678',
      '5678',
      '浙江省杭州市西湖区文三路',
      '上海市浦东新区',
      '冰丝凉席三件套',
      '便携榨汁杯',
      '6912345678901234',
      '6912345678909999',
      '7391234567890123456',
    ]) {
      expect(html, s).not.toContain(s);
    }
    const cells = [...parseSnapshot(html).querySelectorAll('table tr:nth-child(2) td, table tr:nth-child(3) td')].map((td) => td.textContent!);
    expect(cells[0]).toMatch(/^\d{16}$/);
    expect(cells[1]).toMatch(/^[\u4e00-\u9fff]{3}$/);
    expect(cells[2]).toMatch(/^1[3-9]\d{9}$/);
    expect(cells[3]).toMatch(/^[\u4e00-\u9fff]{12}$/);
    expect(cells[4]).toMatch(/^[\u4e00-\u9fff]{7}$/);
    expect(cells[7]).toMatch(/^X{1}x{3}_X{1}x{3}$/);
    expect(cells[8]).toMatch(/^1[3-9]\d\*{4}\d{4}$/);
    // the id in the row's attribute and in the link is the one in the text, replaced the same way
    expect(parseSnapshot(html).querySelector('tr[data-order-id]')!.getAttribute('data-order-id')).toBe(cells[0]);
    const liveId = /live_room_id=(\d+)/.exec(snap.url)![1]!;
    expect(liveId).toHaveLength(19);
    expect(html).toContain(liveId);
    expect(html).not.toContain('张小花');
  });

  it("keeps labels, units, period and comparison words, and the platform's own UI text", () => {
    for (const s of [
      '店铺名称：',
      '直播标题：',
      '直播间ID：',
      '直播间用户支付金额',
      '较上一周期',
      '直播间观看人数',
      '千次观看用户支付金额',
      '人均观看时长',
      '订单号',
      '手机号',
      '收货地址',
      '回放',
      '直播详情',
    ]) {
      expect(html, s).toContain(s);
    }
  });

  it('shifts dates as one: the range keeps its length and still crosses midnight', () => {
    expect(html).not.toContain('2025/07/28 22:15');
    expect(copy.session?.start && copy.session?.end).toBeTruthy();
    expect(Date.parse(copy.session!.end!) - Date.parse(copy.session!.start!)).toBe(Date.parse(orig.session!.end!) - Date.parse(orig.session!.start!));
  });
});
