/** Each alert rule reads as a sentence naming the numbers stored with it, in both languages. */
import { describe, expect, it } from 'vitest';
import { alertRuleName, alertText } from '../../lib/live/words';
import { ALERT_RULE_IDS } from '../../lib/live/rules';

describe('alert words', () => {
  it.each([
    [
      { rule: 'viewersDrop', metric: 'currentOnline', numbers: { peak: 1000, now: 600, dropPct: 0.4, windowMin: 5 } },
      ['1,000', '600', '40%'],
      ['从 1,000 跌到 600'],
    ],
    [
      { rule: 'conversionFall', metric: 'viewToPayRate', numbers: { peak: 0.05, now: 0.035, dropPct: 0.3, windowMin: 10 } },
      ['5%', '3.5%', '-30%'],
      ['观看-成交'],
    ],
    [{ rule: 'refundSpike', metric: 'refundAmount', numbers: { refund: 600, gmv: 1000, windowMin: 5 } }, ['¥600', '¥1,000'], ['退款 ¥600']],
    [{ rule: 'refundSpike', metric: 'refundOrders', numbers: { refundOrders: 6, windowMin: 5 } }, ['6 new refunded'], ['6 单']],
    [{ rule: 'gmvFlat', metric: 'gmv', numbers: { gmv: 2000, since: 0, flatMin: 10.5 } }, ['10.5 min', '¥2,000'], ['10.5 分钟']],
    [
      { rule: 'ownHistory', metric: 'gmv', numbers: { now: 3000, q1: 5000, median: 6000, q3: 7000, sessions: 4, minute: 12 } },
      ['minute 12', '¥5,000', '¥6,000', 'last 4'],
      ['第 12 分钟'],
    ],
    [{ rule: 'band', metric: 'viewToPayRate', numbers: { now: 0.05, low: 0.06, high: 0.12 } }, ['5%', '6%–12%'], ['下限 6%']],
  ] as const)('%o', (a, en, zh) => {
    const e = alertText({ ...a, numbers: { ...a.numbers } }, 'en');
    const z = alertText({ ...a, numbers: { ...a.numbers } }, 'zh-CN');
    for (const s of en) expect(e).toContain(s);
    for (const s of zh) expect(z).toContain(s);
  });

  it('every rule has a name in both languages', () => {
    for (const r of ALERT_RULE_IDS) {
      expect(alertRuleName(r, 'en')).toMatch(/^[A-Z]/);
      expect(alertRuleName(r, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
