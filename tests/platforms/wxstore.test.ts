/**
 * 微信小店 specifics the fixtures alone do not pin: 商品 / 物流 / 服务 are scores only inside the
 * 我的体验分 block (the side menu and a 商品 count elsewhere carry the same words), and the page
 * is read through <micro-app> shadow roots, nested ones too.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/page';
import { wxstore } from '../../lib/platforms/wxstore';
import { loadFixtureDocument } from '../helpers/fixtures';

const URL_ = 'https://store.weixin.qq.com/shop/home';
const read = (body: string) => {
  const cap = extractPage(loadFixtureDocument(`<!doctype html><html><body>${body}</body></html>`), URL_, wxstore, { now: 0 });
  return Object.fromEntries(cap.captures.filter((r) => r.source === 'observed').map((r) => [r.metric, r.value]));
};
const SCORE = `<div class="exp_1"><div class="main_2"><div>我的体验分</div><div>92</div></div>
  <div class="subs_3"><div><span>商品</span><span>91</span></div><div><span>物流</span><span>95</span></div><div><span>服务</span><span>89</span></div></div></div>`;

describe('微信小店', () => {
  it('reads 商品 / 物流 / 服务 under 我的体验分', () => {
    expect(read(SCORE)).toEqual({ experienceScore: 92, goodsScore: 91, logisticsScore: 95, serviceScore: 89 });
  });

  it('never reads a menu item or a count named 商品 as a score', () => {
    const page = `<ul class="menu_9"><li>商品<span class="badge">128</span></li><li>物流<span class="badge">3</span></li></ul>
      <div class="todo_8"><div><span>服务</span><span>7</span></div></div>`;
    expect(read(page)).toEqual({});
    // the real layout: the menu in the page, the score block in <micro-app>'s shadow root
    const shadow = (html: string) => `<micro-app name="home"><template shadowrootmode="open">${html}</template></micro-app>`;
    expect(read(page + shadow(SCORE))).toEqual({ experienceScore: 92, goodsScore: 91, logisticsScore: 95, serviceScore: 89 });
    // both in one root with nothing else around them: the menu item may come within reach of the
    // heading, and then the two 商品 disagree: missed, never 128
    const together = read(page + SCORE);
    expect(together.experienceScore).toBe(92);
    for (const [metric, value] of [
      ['goodsScore', 91],
      ['logisticsScore', 95],
      ['serviceScore', 89],
    ] as const) {
      expect([undefined, value]).toContain(together[metric]);
    }
  });

  it('reads cards inside nested <micro-app> shadow roots', () => {
    const card = `<div class="card_1"><div>成交金额</div><div>¥8.65万</div></div><div class="card_1"><div>成交订单数</div><div>1,316</div></div>`;
    const nested = `<micro-app name="a"><template shadowrootmode="open"><div class="wrap"><micro-app name="b"><template shadowrootmode="open">${card}</template></micro-app></div></template></micro-app>`;
    const doc = loadFixtureDocument(`<!doctype html><html><body>${nested}</body></html>`);
    expect(doc.body.textContent).not.toContain('成交金额'); // all of it in shadow roots
    const cap = extractPage(doc, URL_, wxstore, { now: 0 });
    expect(cap.captures.filter((r) => r.source === 'observed').map((r) => [r.metric, r.value])).toEqual([
      ['gmv', 86500],
      ['orders', 1316],
    ]);
  });
});
