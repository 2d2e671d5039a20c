/** Small view-model helpers: targets, Shanghai days, tabs keys, formula text, sizes, history, inspector. */
import { describe, expect, it } from 'vitest';
import type { CaptureRow, SessionRow } from '../../lib/store/rows';
import { bytesText } from '../../lib/format/bytes';
import { dayBound, shanghaiDate, shortTime } from '../../lib/format/time';
import { formulaText } from '../../lib/view-model/formula';
import { shopHistory, toSummary } from '../../lib/view-model/engine-input';
import { inspect } from '../../lib/view-model/inspector';
import { channelInput, frameworkFor, hasChannels } from '../../lib/view-model/channel-input';
import { VIEWS, tabKeyTarget } from '../../lib/view-model/tabs';
import { fromInput, toInput } from '../../lib/view-model/targets';

describe('targets', () => {
  it.each([
    ['clickToPayRate', '12.5', 0.125],
    ['clickToPayRate', '12.5%', 0.125],
    ['gmv', '¥1,200', 1200],
    ['avgWatchSeconds', '65', 65],
    ['gmv', '', null],
    ['gmv', 'abc', null],
  ] as const)('%s: "%s" → %s', (m, text, v) => expect(fromInput(m, text)).toBe(v));
  it('shows a stored rate as the percent typed', () => {
    expect(toInput('clickToPayRate', 0.125)).toBe('12.5');
    expect(toInput('gmv', undefined)).toBe('');
  });
});

describe('Shanghai days', () => {
  it('a date input is a Shanghai day, inclusive at the end', () => {
    expect(dayBound('2025-07-28')).toBe(Date.parse('2025-07-28T00:00:00+08:00'));
    expect(dayBound('2025-07-28', true)).toBe(Date.parse('2025-07-29T00:00:00+08:00') - 1);
    expect(dayBound('28/07/2025')).toBeNull();
    expect(shanghaiDate(Date.parse('2025-07-28T23:30:00+08:00'))).toBe('2025-07-28');
    expect(shortTime(Date.parse('2025-07-28T22:15:00+08:00'))).toBe('07-28 22:15');
  });
});

describe('tablist keys', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 5, 0],
    ['ArrowLeft', 0, 5],
    ['Home', 3, 0],
    ['End', 1, 5],
    ['a', 1, null],
  ] as const)('%s from %i → %s', (key, from, to) => expect(tabKeyTarget(key, from, VIEWS.length)).toBe(to));
});

describe('formula text', () => {
  it('names both sides from the catalogue, and the scale', () => {
    expect(formulaText('gpm', 'zh-CN')).toBe('用户支付金额 ÷ 直播间观看人数 × 1,000');
    expect(formulaText('uvValue', 'en')).toBe('GMV (paid) ÷ Viewers');
    expect(formulaText('gmv', 'zh-CN')).toBeNull();
  });
});

it('bytesText', () => {
  expect(bytesText(512)).toBe('512 B');
  expect(bytesText(1.25 * 1048576)).toBe('1.25 MB');
  expect(bytesText(null)).toBe('--');
});

describe('shop history from store rows', () => {
  const row: SessionRow = {
    id: 'compass:x|1',
    shopId: 'compass:x',
    platform: 'compass',
    key: '1',
    title: null,
    start: null,
    end: null,
    timeText: null,
    live: false,
    t: Date.parse('2025-07-28T20:00:00+08:00'),
    firstSeen: 0,
    lastSeen: 0,
    latest: {
      gmv: { value: null, unit: 'cny', source: 'observed', text: '--', at: 0 },
      viewers: { value: 10, unit: 'count', source: 'observed', text: '10万+', qualifier: 'atLeast', at: 0 },
    },
  };
  it('keeps missing as null and qualifiers as they are', () => {
    const s = toSummary(row);
    expect(s.metrics.gmv).toEqual({ value: null, source: 'observed' });
    expect(s.metrics.viewers).toEqual({ value: 10, source: 'observed', qualifier: 'atLeast' });
    expect(s.start).toBe('2025-07-28T12:00:00.000Z');
  });
  it('leaves out the excluded session; takes a known category only', () => {
    expect(shopHistory([row], { exclude: row.id }).sessions).toHaveLength(0);
    expect(shopHistory([row], { category: 'food' }).category).toBe('food');
    expect(shopHistory([row], { category: 'cars' }).category).toBeUndefined();
    expect(shopHistory([row], { experienceScore: 4.8 }).experienceScore).toBe(4.8);
  });
});

describe('inspector model', () => {
  it('counts read, derived, missed, unreadable and unknown across scopes', () => {
    const base = {
      shopId: 's',
      platform: 'compass',
      page: 'p',
      pageKey: 'k',
      urlKey: 'u',
      url: 'https://x',
      period: null,
      stream: 's',
      capturedAt: 0,
      hash: 'h',
    };
    const rows = [
      {
        ...base,
        id: 1,
        sessionId: null,
        scope: 'page',
        readings: [
          { metric: 'gmv', label: 'a', text: '1', value: 1, unit: 'cny', source: 'observed' },
          { metric: 'uvValue', label: 'b', text: '', value: 1, unit: 'cny', source: 'derived' },
        ],
        missed: [
          { metric: 'buyers', reason: 'notFound' },
          { metric: 'orders', reason: 'unreadable', text: '***' },
        ],
        unknown: [{ label: 'x', text: '1' }],
      },
    ] as CaptureRow[];
    expect(inspect(rows).totals).toEqual({ read: 1, derived: 1, missed: 1, unreadable: 1, unknown: 1 });
  });
});

describe('channels', () => {
  it('Kuaishou reads by STEPS, the rest by FACT; a missing channel is not 0', () => {
    expect(frameworkFor('kwaixiaodian')).toBe('steps');
    expect(frameworkFor('compass')).toBe('fact');
    const input = channelInput([
      { metric: 'channelGmvOwnLive', label: '', text: '', value: 100, unit: 'cny', source: 'observed' },
      { metric: 'gmv', label: '', text: '', value: 5, unit: 'cny', source: 'observed' },
    ]);
    expect(Object.keys(input)).toEqual(['channelGmvOwnLive']);
    expect(hasChannels(input)).toBe(true);
    expect(hasChannels({ channelGmvVideo: { value: null } })).toBe(false);
  });
});
