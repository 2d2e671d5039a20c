import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalisePeriod, type PeriodKey } from '../../lib/parse/period';

describe('normalisePeriod', () => {
  it.each<[string, PeriodKey]>([
    ['今日实时', 'realtime'],
    ['实时', 'realtime'],
    ['实时数据', 'realtime'],
    ['今日实时 14:32更新', 'realtime'],
    ['今天', 'today'],
    ['今日', 'today'],
    ['昨日', 'yesterday'],
    ['昨天', 'yesterday'],
    ['近1天', '1d'],
    ['近1日', '1d'],
    ['近24小时', '1d'],
    ['近7日', '7d'],
    ['近7天', '7d'],
    ['最近7天', '7d'],
    ['过去7天', '7d'],
    ['近七天', '7d'],
    ['近一周', '7d'],
    ['7天', '7d'],
    ['近30日', '30d'],
    ['近30天', '30d'],
    ['近三十天', '30d'],
    ['近90日', '90d'],
    ['近90天', '90d'],
    ['自定义', 'custom'],
    ['2025/07/21 ~ 2025/07/27', 'custom'],
    ['2025-07-21 至 2025-07-27', 'custom'],
    ['2025/07/21～2025/07/27', 'custom'],
    ['2025-07-21~2025-07-27', 'custom'],
    ['2025年7月21日 - 2025年7月27日', 'custom'],
    ['07/21 - 07/27', 'custom'],
    ['2025/07/28', 'custom'],
    ['自定义 2025/07/21 ~ 2025/07/27', 'custom'],
    ['2025/07/28 08:15 ~ 11:40', 'custom'],
    // a named period with its dates still is that period
    ['近7天 (2025/07/21~2025/07/27)', '7d'],
    ['近7日（07/21-07/27）', '7d'],
    ['昨日 2025/07/27', 'yesterday'],
    // labels, full width, spaces
    ['统计时间：近７天', '7d'],
    ['时间范围: 昨日', 'yesterday'],
    ['  近 30 天 ', '30d'],
    ['近\u00a07日', '7d'],
    // not expressible, or not a period
    ['近14天', 'unknown'],
    ['近3天', 'unknown'],
    ['本周', 'unknown'],
    ['本月', 'unknown'],
    ['上周', 'unknown'],
    ['日', 'unknown'],
    ['周', 'unknown'],
    ['7日', 'unknown'], // a bare 7日 may be the 7th of the month
    ['近7天看板', 'unknown'],
    ['2025/02/30 ~ 2025/03/01', 'unknown'],
    ['2025/07/27 ~ 2025/07/21', 'unknown'],
    ['2025/13/01', 'unknown'],
    ['成交金额', 'unknown'],
    ['¥236,552', 'unknown'],
    ['', 'unknown'],
    ['   ', 'unknown'],
  ])('%j → %s', (text, key) => {
    expect(normalisePeriod(text)).toEqual({ key, text: text.trim() });
  });

  it('null and undefined are unknown', () => {
    expect(normalisePeriod(null)).toEqual({ key: 'unknown', text: '' });
    expect(normalisePeriod(undefined)).toEqual({ key: 'unknown', text: '' });
  });

  it('never throws; text is the input trimmed', () => {
    const piece = fc.constantFrom(
      '近',
      '最近',
      '7',
      '30',
      '90',
      '1',
      '天',
      '日',
      '实时',
      '今日',
      '昨天',
      '自定义',
      '2025/07/21',
      '~',
      '至',
      ' ',
      '(',
      ')',
      '：',
      '统计时间',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 8 }).map((a) => a.join('')),
        ),
        (text) => {
          const p = normalisePeriod(text);
          expect(p.text).toBe(text.trim());
          expect(['realtime', 'today', 'yesterday', '1d', '7d', '30d', '90d', 'custom', 'unknown']).toContain(p.key);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
