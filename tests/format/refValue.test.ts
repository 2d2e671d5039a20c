import { describe, expect, it } from 'vitest';
import { refValue } from '../../lib/format/refValue';

describe('refValue: references to three significant digits, 万 from 1万 in zh', () => {
  it.each([
    [82_437.9, 'cny', 'zh', '¥8.24万'],
    [114_500, 'cny', 'zh', '¥11.5万'],
    [6_308.9, 'cny', 'zh', '¥6,310'],
    [7.14, 'cny', 'zh', '¥7.14'],
    [265.64, 'cny', 'zh', '¥266'],
    [2.5e8, 'cny', 'zh', '¥2.5亿'],
    [13_188, 'count', 'zh', '1.32万'],
    [366, 'count', 'zh', '366'],
    [82_437.9, 'cny', 'en', '¥82,400'],
    [0.15283, 'ratio', 'zh', '15.28%'],
    [72, 'seconds', 'zh', '1分12秒'],
    [0, 'count', 'zh', '0'],
    [null, 'cny', 'zh', '--'],
  ] as const)('%s %s %s → %s', (v, unit, lang, out) => expect(refValue(v, unit, lang)).toBe(out));
});
