import { describe, expect, it } from 'vitest';
import { parseText } from '../../lib/parse/text';
import { readAs } from '../../lib/parse/normalise';

describe('parseText', () => {
  it.each([
    ['¥1,234.50', 1234.5, 'cny'],
    ['612.38万', 6123800, 'plain'],
    ['3.2亿', 320000000, 'plain'],
    ['20.1w', 201000, 'plain'],
    ['12.5%', 0.125, 'percent'],
    ['1分5秒', 65, 'seconds'],
    ['4小时12分', 15120, 'seconds'],
    ['04:00:12', 14412, 'seconds'],
    ['48秒', 48, 'seconds'],
    ['¥26,439.25', 26439.25, 'cny'],
    ['-3.2%', -0.032, 'percent'],
  ] as const)('%s → %s', (text, value, as) => {
    const p = parseText(text);
    expect(p).toMatchObject({ kind: 'number', value, as });
  });
  it('qualifiers', () => {
    expect(parseText('10万+')).toMatchObject({ value: 100000, qualifier: 'atLeast' });
    expect(parseText('<0.01%')).toMatchObject({ value: 0.0001, qualifier: 'below' });
  });
  it('missing and unreadable', () => {
    expect(parseText('--')).toEqual({ kind: 'missing' });
    expect(parseText('暂无数据')).toEqual({ kind: 'missing' });
    expect(parseText('2025/07/28').kind).toBe('unreadable');
    expect(parseText('abc').kind).toBe('unreadable');
  });
  it('normalise refuses a unit mismatch', () => {
    expect(readAs('12.5%', 'count')).toMatchObject({ ok: false });
    expect(readAs('612.38万', 'count')).toEqual({ ok: true, value: 6123800 });
    expect(readAs('--', 'cny')).toEqual({ ok: true, value: null });
  });
});
