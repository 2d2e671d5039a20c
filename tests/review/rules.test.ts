/**
 * Every 复盘 sentence rule fires alone from a table: an empty session says nothing, and each row
 * adds the one thing its rule needs (actions come only from the sentence that caused them).
 * Every sentence names the numbers it was made from, and says them in both languages.
 */
import { describe, expect, it } from 'vitest';
import { reviewSentences } from '../../lib/review/rules';
import { reviewMarkdown, reviewText } from '../../lib/review/render';
import type { ReviewInput } from '../../lib/review/types';
import type { BandSet } from '../../lib/growth/bands';

const EMPTY: ReviewInput = { values: {}, own: {}, bands: {}, items: [], segments: [], alerts: [] };
const band = (low: number, high: number): BandSet => ({
  viewToPayRate: { id: 'b', metric: 'viewToPayRate', low, high, confidence: 'unverified default', source: { zh: '', en: '' } },
});
const T = Date.UTC(2026, 11, 1, 12);

const rows: Array<[string, Partial<ReviewInput>, string[], string[]]> = [
  // [name, input, rules fired, texts that must be in the zh sentence(s)]
  ['overview', { values: { gmv: 12345, viewers: 800 } }, ['overview'], ['¥12,345', '800']],
  ['ownAbove', { own: { viewToPayRate: { median: 0.02, q1: 0.015, q3: 0.025, n: 5 } }, values: { viewToPayRate: 0.04 } }, ['ownAbove'], ['4%', '2.5%', '5 场']],
  ['ownBelow', { own: { avgOnline: { median: 300, q1: 250, q3: 350, n: 4 } }, values: { avgOnline: 100 } }, ['ownBelow'], ['100', '250']],
  ['bandBelow', { bands: band(0.05, 0.1), values: { viewToPayRate: 0.02 } }, ['bandBelow'], ['2%', '5%–10%']],
  ['bandAbove', { bands: band(0.05, 0.1), values: { viewToPayRate: 0.2 } }, ['bandAbove'], ['20%', '5%–10%']],
  ['funnelLeak', { values: { productImpressionsUv: 1000, productClicksUv: 100, buyers: 50 } }, ['funnelLeak', 'action'], ['10%', '点击']],
  [
    'bestItem',
    {
      items: [
        { title: '羊毛围巾', gmv: 600 },
        { title: '手套', gmv: 200 },
        { title: '帽子', gmv: 200 },
      ],
    },
    ['bestItem'],
    ['羊毛围巾', '60%'],
  ],
  [
    'worstItem',
    {
      items: [
        { title: '羊毛围巾', gmv: 300 },
        { title: '手套', gmv: 300 },
        { title: '袜子', gmv: 5 },
      ],
    },
    ['worstItem', 'action'],
    ['袜子', '¥5'],
  ],
  [
    'bestSegment',
    {
      segments: [
        { title: 'A', minutes: 10, gmv: 1000 },
        { title: 'B', minutes: 10, gmv: 1000 },
        { title: 'C', minutes: 5, gmv: 2000 },
      ],
    },
    ['bestSegment'],
    ['C', '4 倍'],
  ],
  [
    'worstSegment',
    {
      segments: [
        { title: 'A', minutes: 10, gmv: 1000 },
        { title: 'B', minutes: 10, gmv: 1000 },
        { title: 'C', minutes: 10, gmv: 0 },
      ],
    },
    ['worstSegment', 'action'],
    ['C', '¥0'],
  ],
  [
    'alerts',
    { alerts: [{ rule: 'gmvFlat', metric: 'gmv', numbers: { gmv: 2000, since: 0, flatMin: 10 }, firedAt: T }] },
    ['alerts', 'action'],
    ['1 条提醒', '10 分钟'],
  ],
];

describe('review draft sentence rules, each alone', () => {
  it('an empty session says nothing', () => {
    expect(reviewSentences(EMPTY)).toEqual([]);
  });

  it.each(rows)('%s', (_name, input, rules, texts) => {
    const out = reviewSentences({ ...EMPTY, ...input });
    expect(out.map((s) => s.rule)).toEqual(rules);
    const zh = out.map((s) => s.zh).join(' ');
    for (const t of texts) expect(zh).toContain(t);
    for (const s of out) {
      expect(Object.keys(s.from).length, `${s.rule} names its numbers`).toBeGreaterThan(0);
      expect(s.en).not.toMatch(/[\u4e00-\u9fff]{2,}(?![^“]*”)/); // English, apart from quoted titles
    }
    // an action says which sentence caused it
    for (const a of out.filter((s) => s.rule === 'action')) expect(a.from.because).toBeTruthy();
  });

  it('what must not fire: too few past sessions, values inside the quartiles or band, ties, too few segments', () => {
    const quiet: Array<Partial<ReviewInput>> = [
      { own: { gmv: { median: 100, q1: 90, q3: 110, n: 2 } }, values: {} },
      { own: { viewToPayRate: { median: 0.02, q1: 0.015, q3: 0.025, n: 2 } } },
      { bands: band(0.05, 0.1) },
      {
        items: [
          { title: 'a', gmv: 100 },
          { title: 'b', gmv: 100 },
          { title: 'c', gmv: 90 },
        ],
      },
      {
        segments: [
          { title: 'A', minutes: 10, gmv: 1000 },
          { title: 'B', minutes: 10, gmv: 1000 },
        ],
      },
      { values: { buyers: 5 } },
    ];
    for (const q of quiet) expect(reviewSentences({ ...EMPTY, ...q }).filter((s) => s.rule !== 'overview')).toEqual([]);
    // inside the quartiles and the band
    expect(
      reviewSentences({
        ...EMPTY,
        bands: band(0.01, 0.1),
        own: { viewToPayRate: { median: 0.02, q1: 0.015, q3: 0.025, n: 5 } },
        values: { viewToPayRate: 0.02 },
      }),
    ).toEqual([]);
  });
});

describe('review draft text', () => {
  it('copies as text and as Markdown, grouped, each sentence with its numbers; page text stays text', () => {
    const out = reviewSentences({
      ...EMPTY,
      values: { gmv: 12345 },
      items: [
        { title: '<b>围巾*', gmv: 600 },
        { title: '手套', gmv: 100 },
      ],
    });
    const text = reviewText(out, 'zh-CN', '冬季专场');
    expect(text).toContain('复盘草稿 · 冬季专场');
    expect(text).toContain('依据: gmv=¥12,345');
    const md = reviewMarkdown(out, 'en', 'Winter');
    expect(md).toContain('## Review draft · Winter');
    expect(md).toContain('### Went well');
    expect(md).toContain('\\<b\\>围巾\\*');
  });
});
