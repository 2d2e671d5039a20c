/**
 * The reader rules the mutation test found missing, pinned on small pages: a count shown with
 * decimals is not a count; a card with a number of the right unit beside an unexplained one of
 * another unit is ambiguous; a 0% change is 0 whatever its arrow says.
 */
import { describe, expect, it } from 'vitest';
import { readValue } from '../../lib/extract/value';
import { parseText } from '../../lib/parse/text';
import { extractPage } from '../../lib/extract/page';
import { impossibleValue, UNITS } from '../../lib/capture/schema';
import type { ParsedKind } from '../../lib/parse/text';
import { adapterForUrl } from '../../lib/platforms/registry';

const URL_ = 'https://qianchuan.jinritemai.com/uni-prom/overall?aavid=1712345678901234';
const adapter = adapterForUrl(URL_)!;
const read = (cards: string) => {
  const doc = new DOMParser().parseFromString(`<body><div class="cards">${cards}</div></body>`, 'text/html');
  return extractPage(doc, URL_, adapter, { now: 0 });
};
const card = (label: string, ...values: string[]) =>
  `<div class="card-Ab12Cd"><div class="name-Ef34Gh">${label}</div>${values.map((v) => `<div class="num-Ij56Kl">${v}</div>`).join('')}</div>`;

describe('reader rules', () => {
  it.each([
    ['1,024', 'count', 1024],
    ['612.38万', 'count', 6123800],
    ['1.5w', 'count', 15000],
    ['35.06', 'count', null],
    ['0.5', 'count', null],
    ['35.06', 'cny', 35.06],
  ] as const)('%s as %s → %s', (text, unit, want) => {
    const r = readValue(text, parseText(text), unit);
    expect(r.ok ? r.value : null).toBe(want);
  });

  it('reads no value the background would refuse as impossible, and refuses none it accepts', () => {
    const as: Record<(typeof UNITS)[number], ParsedKind> = {
      cny: 'cny',
      count: 'plain',
      ratio: 'percent',
      seconds: 'seconds',
      multiplier: 'plain',
      score: 'plain',
    };
    const values = [-1e14, -1e7, -5, -0.032, 0, 0.5, 1, 5, 99, 100, 101, 1e6, 1e6 + 1, 1e10, 1e10 + 1, 1e13, 1e13 + 1];
    for (const unit of UNITS) {
      for (const value of values) {
        const r = readValue(String(value), { kind: 'number', value, as: as[unit] }, unit);
        expect(r.ok, `${value} as ${unit}`).toBe(impossibleValue(value, unit) === null);
      }
    }
  });

  it('a share above 100 % is not read; a rate that may pass it is', () => {
    const p = parseText('120%');
    expect(readValue('120%', p, 'ratio', {}, 'fanBuyerShare').ok).toBe(false);
    expect(readValue('120%', p, 'ratio', {}, 'refundRate')).toEqual({ ok: true, value: 1.2 });
  });

  it('a change left alone under a rate label (-3.2%) is not read as the rate', () => {
    const cap = read(card('观看成交率', '-3.2%') + card('整体消耗', '¥100'));
    expect(cap.captures.find((r) => r.metric === 'viewToPayRate')).toBeUndefined();
    expect(cap.captures.find((r) => r.metric === 'adSpend')?.value).toBe(100);
  });

  it('a count label over a decimal number is missed, not rounded', () => {
    const cap = read(card('整体成交订单数', '35.06') + card('整体消耗', '¥100'));
    expect(cap.captures.find((r) => r.metric === 'orders')).toBeUndefined();
    expect(cap.missed.some((m) => m.metric === 'orders' && m.reason === 'unreadable')).toBe(true);
  });

  it('a decoy number next to the label makes the card unreadable, never its value', () => {
    const withDecoy = (decoy: string) =>
      `<div class="card-Ab12Cd"><div class="title-Qr90St"><div class="name-Ef34Gh">整体成交订单数</div></div>${decoy}<div class="num-Ij56Kl">2,306</div></div>`;
    for (const decoy of ['<span class="badge-Qx81Lm">76</span>', '<span class="text-Rt42Kp">527</span>', '<span>3</span>']) {
      const cap = read(withDecoy(decoy) + card('整体消耗', '¥100'));
      expect(
        cap.captures.find((r) => r.metric === 'orders'),
        decoy,
      ).toBeUndefined();
      expect(cap.missed.find((m) => m.metric === 'orders')?.reason, decoy).toBe('unreadable');
    }
  });

  it('numbers are read on the text as shown: spaces inside a number do not join it', () => {
    for (const shown of ['138 0000 0000', '1 234', '12 : 30']) {
      const cap = read(card('整体成交订单数', shown) + card('整体消耗', '¥100'));
      expect(
        cap.captures.find((r) => r.metric === 'orders'),
        shown,
      ).toBeUndefined();
    }
    // while a currency sign and a unit may stand apart from the digits
    expect(read(card('整体消耗', '¥ 1,234') + card('整体ROI', '2.87')).captures.find((r) => r.metric === 'adSpend')?.value).toBe(1234);
  });

  it('a fitting number beside an unexplained one of another unit is ambiguous', () => {
    // ¥37.51 under 整体ROI cannot be a ROI, but 139 beside it could be: neither is read
    const cap = read(card('整体ROI', '¥37.51', '139') + card('整体消耗', '¥100'));
    expect(cap.captures.find((r) => r.metric === 'roi')).toBeUndefined();
    expect(cap.missed.find((m) => m.metric === 'roi')?.reason).toBe('unreadable');
    expect(cap.captures.find((r) => r.metric === 'adSpend')?.value).toBe(100);
  });

  it('a change explained by its phrase is not a competing value', () => {
    const cap = read(card('整体ROI', '2.87', '环比', '4.1%') + card('整体消耗', '¥100'));
    expect(cap.captures.find((r) => r.metric === 'roi')?.value).toBe(2.87);
  });

  it('a 0.00% change with a down arrow is 0, not -0', () => {
    const doc = `<div class="card-Ab12Cd"><div class="name-Ef34Gh">整体ROI</div><div class="num-Ij56Kl">2.87</div><div><span>环比</span><span class="trend-Mn78 is-down">0.00%</span></div></div>`;
    const r = read(doc + card('整体消耗', '¥100')).captures.find((x) => x.metric === 'roi');
    expect(Object.is(r?.compare?.value, 0)).toBe(true);
  });
});
