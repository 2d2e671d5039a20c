/**
 * The reader's stage rules one by one (lib/extract/page.ts lists the stages), so a failure names
 * the rule: busy markers, item rows and choices, the 万 in doubt, reconcile's same-figure and
 * period rules, the number runs.
 */
import { describe, expect, it } from 'vitest';
import { busySelf, busyWithin } from '../../lib/extract/busy';
import { inChoice, inItemRow } from '../../lib/extract/item-row';
import { doubtOf, settleDoubts } from '../../lib/extract/doubt';
import { reconcile, sameShown, shownStep } from '../../lib/extract/reconcile';
import { periodRank } from '../../lib/extract/selected-period';
import { numberRuns } from '../../lib/extract/card';
import { parseText } from '../../lib/parse/text';
import type { Reading } from '../../lib/capture/types';

const el = (html: string): Element => {
  const d = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return d.body.firstElementChild!;
};
const r = (metric: Reading['metric'], text: string, value: number | null, extra: Partial<Reading> = {}): Reading => ({
  metric,
  label: metric,
  text,
  value,
  unit: 'cny',
  scope: 'page',
  source: 'observed',
  ...extra,
});

describe('busy (a loader or a roll around a number)', () => {
  it.each([
    ['<div class="ecom-spin-container ecom-spin-blur"></div>', 'loading'],
    ['<div class="aurora-spin-container aurora-spin-blur"></div>', 'loading'],
    ['<div class="ecom-spin-container"></div>', null],
    ['<div class="semi-spin semi-spin-spinning"></div>', 'loading'],
    ['<div class="arco-spin arco-spin-loading"></div>', 'loading'],
    ['<div class="next-loading next-open"></div>', 'loading'],
    ['<div class="next-loading"></div>', null],
    ['<div class="t-loading__parent"></div>', 'loading'],
    ['<div class="ant-skeleton ant-skeleton-active"></div>', 'loading'],
    ['<div aria-busy="true"></div>', 'loading'],
    ['<div class="odometer odometer-animating-up odometer-animating"></div>', 'animating'],
    ['<div class="odometer"></div>', null],
    ['<div class="overflow-hidden card-x1"></div>', null],
  ])('%s → %s', (html, want) => expect(busySelf(el(html))).toBe(want));

  it('a loader anywhere inside a card (its value slot still loading)', () => {
    expect(busyWithin(el('<div><span>昨日 145</span><div class="x"><div class="ecom-spin-container ecom-spin-blur"><div></div></div></div></div>'))).toBe(
      'loading',
    );
    expect(busyWithin(el('<div><span>昨日 145</span><div class="ecom-spin-container"></div></div>'))).toBeNull();
  });
});

describe('item rows and choices are not page cards', () => {
  const first = (html: string) => el(html).querySelector('i')!.firstChild!;
  it.each([
    ['<div class="goodsItem-KBGOY5 rpa_lc__live-goods__goods-item" data-rbd-draggable-id="1"><span><i>成交金额</i></span></div>', true],
    ['<div data-rbd-draggable-id="3712"><div><i>成交金额</i></div></div>', true],
    ['<div data-virtuoso-scroller="true"><div data-index="3"><i>成交金额</i></div></div>', true],
    ['<div id="tcl-unique-virtual-list"><div class="list-item"><i>成交金额</i></div></div>', true],
    ['<div class="card-x"><div><i>成交金额</i></div></div>', false],
    ['<div class="list-item"><i>成交金额</i></div>', false],
    // 快手 中控's pinned 正在讲解 copy: outside the virtual list, known by its element id
    [
      '<div class="list-container--aB3dE"><div class="list-item--x1Y2z" id="inner_c1goods-24586100023757-recording"><span><i>成交金额</i></span></div></div>',
      true,
    ],
    ['<div class="list-container--aB3dE"><div class="list-item--x1Y2z" id="inner_c1goods-24586100023757"><span><i>成交金额</i></span></div></div>', false],
    ['<div class="panel" id="x-recording"><i>成交金额</i></div>', false],
  ])('%s → item row %s', (html, want) => expect(inItemRow(first(html))).toBe(want));

  it.each([
    ['<label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox"></span><span><i>观看人数</i></span></label>', true],
    ['<div role="option"><i>成交金额</i></div>', true],
    ['<ul><li class="ant-menu-item"><span><i>商品</i></span></li></ul>', true],
    ['<div class="card-x"><div><i>成交金额</i></div></div>', false],
    ['<div role="tab"><i>成交金额</i></div>', false], // cards double as tabs on 罗盘
  ])('%s → choice %s', (html, want) => expect(inChoice(first(html))).toBe(want));
});

describe('the 万 in doubt', () => {
  it.each([
    ['¥159,357万', [159357, 1593570000]],
    ['¥17,492万', [17492, 174920000]],
    ['¥1,593.5万', null],
    ['8.84万', null],
    ['¥159,357', null],
    ['12,345亿', [12345, 1234500000000]],
  ] as const)('%s → %j', (text, want) => {
    const p = parseText(text);
    expect(doubtOf(text, p, p.kind === 'number' ? p.value : 0)).toEqual(want);
  });

  it("is settled by a formula over the page's other numbers, or refused", () => {
    const gmv = r('gmv', '¥159,357万', 1593570000);
    const doubts = new Map([[gmv, [159357, 1593570000] as [number, number]]]);
    const buyers = r('buyers', '1,263', 1263, { unit: 'count' });
    const aov = r('aov', '¥126.17', 126.17);
    expect(settleDoubts([gmv, buyers, aov], doubts).readings[0]!.value).toBe(159357);
    expect(settleDoubts([gmv, buyers], doubts)).toMatchObject({ readings: [buyers], missed: [{ metric: 'gmv', reason: 'unreadable' }] });
    // both readings agree with something: nothing settles it
    const gpm = r('gpm', '¥126,200', 126200);
    const viewers = r('viewers', '12,627,000', 12627000, { unit: 'count' });
    expect(settleDoubts([gmv, buyers, aov, gpm, viewers], doubts).missed).toHaveLength(1);
  });
});

describe('reconcile: one reading per metric', () => {
  it.each([
    ['¥133.28万', 100],
    ['1,332,801', 1],
    ['3.4%', 0.001],
    ['¥26.5', 0.1],
  ])('shown step of %s is %s', (text, step) => expect(shownStep(text)).toBeCloseTo(step, 10));

  it("the same figure to the coarser card's precision is one figure; the finer text is kept", () => {
    const a = r('gmv', '¥133.28万', 1332800),
      b = r('gmv', '¥1332801', 1332801);
    expect(sameShown(a, b)).toBe(b);
    expect(sameShown(a, r('gmv', '¥1332900', 1332900))).toBeNull();
  });

  it("the page's own period wins over a label's; two different figures keep neither; an unreadable card of the metric keeps none", () => {
    const today = r('gmv', '¥1', 1, { period: '今日' }),
      month = r('gmv', '¥9', 9, { period: '本月' });
    expect(periodRank(today, null)).toBeLessThan(periodRank(month, null));
    expect(
      reconcile(
        [
          { kind: 'reading', reading: month },
          { kind: 'reading', reading: today },
        ],
        null,
      ).readings,
    ).toEqual([today]);
    const two = reconcile(
      [
        { kind: 'reading', reading: r('gmv', '¥1', 1) },
        { kind: 'reading', reading: r('gmv', '¥2', 2) },
      ],
      null,
    );
    expect(two.readings).toEqual([]);
    expect(two.missed.map((m) => m.text)).toEqual(['¥1 | ¥2']);
    const badge = reconcile(
      [
        { kind: 'reading', reading: r('gmv', '101', 101) },
        { kind: 'unreadable', missed: { metric: 'gmv', scope: 'page', reason: 'unreadable' }, conflicts: true },
      ],
      null,
    );
    expect(badge.readings).toEqual([]);
  });
});

describe('numbers drawn in pieces', () => {
  const runs = (html: string) => {
    const root = el(html);
    const tw = root.ownerDocument.createTreeWalker(root, 4);
    const texts: Array<[Text, string]> = [];
    for (let n = tw.nextNode(); n; n = tw.nextNode()) if ((n as Text).data.trim()) texts.push([n as Text, (n as Text).data.trim()]);
    return [...numberRuns(texts).values()].map(([t]) => t);
  };
  it.each([
    ['<div><div>¥</div><div>110</div><div class="attach">万</div></div>', ['¥110万']],
    ['<div><span>¥</span> <span>1</span> <span>5</span> <span>9</span> <span>,</span> <span>3</span> <span>5</span> <span>7</span></div>', ['¥159,357']],
    ['<div><span>4</span><span class="zh-cn">小时</span><span>12</span><span class="zh-cn">分钟</span></div>', ['4小时12分钟']],
    ['<div><span>1,024</span><span>128</span></div>', []],
    ['<div><b>成交金额</b><span>¥</span><span>10</span></div>', []],
  ])('%s → %j', (html, want) => expect(runs(html)).toEqual(want));
});
