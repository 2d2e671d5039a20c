import { describe, expect, it } from 'vitest';
import { ADVICE_RULES, CHECKLIST, STAGE_IDS, checklistItem, nextActions, tick, type AdviceContext, type ChecklistState, type StageId } from '../../lib/growth';
import { shop, type Row } from './fixtures';

// A healthy 'general' shop: every number inside (or on the good side of) every stage's band,
// GMV steady, ROI over break-even, score high, every checklist item ticked.
const HEALTHY_ROW: Row = {
  impressionToViewRate: 0.2,
  avgWatchSeconds: 65,
  avgOnline: 60,
  productImpressionToClickRate: 0.2,
  productClickRate: 0.26,
  clickToPayRate: 0.1,
  uvValue: 9,
  gpm: 9000,
  gmv: 90000,
  viewers: 10000,
  followRate: 0.03,
  interactionRate: 0.1,
  refundRate: 0.1,
  negativeFeedbackRate: 0.01,
  adSpend: 30000,
  roi: 3,
};
const ALL_TICKED: ChecklistState = CHECKLIST.reduce<ChecklistState>((s, i) => tick(s, i.id, 1), {});

function ctx(opts: { stage?: StageId; last3?: Row; every?: Row; untick?: string[] } & Partial<AdviceContext> = {}): AdviceContext {
  const { last3 = {}, every = {}, untick = [], stage = 'growth', ...rest } = opts;
  const history = shop(12, (i) => ({ ...HEALTHY_ROW, ...every, ...(i >= 9 ? last3 : {}) }), { experienceScore: 95, fans: 50000, category: 'general' });
  const checklist = { ...ALL_TICKED };
  for (const id of untick) delete checklist[id];
  return {
    history,
    stage,
    checklist,
    breakEvenRoi: 2,
    peer: { gpm: [{ kind: 'peerMedian', text: '¥8,000', value: 8000 }] },
    targets: { gmv: 80000 },
    ...rest,
  };
}

const fired = (c: AdviceContext) => nextActions(c).map((a) => a.id);

// One case per rule: the smallest change to the healthy shop that should make it fire.
const CASES: Array<[string, AdviceContext]> = [
  ['traffic-entry-weak', ctx({ last3: { impressionToViewRate: 0.05 } })],
  ['traffic-watch-short', ctx({ last3: { avgWatchSeconds: 20 } })],
  ['traffic-online-low', ctx({ last3: { avgOnline: 5 } })],
  ['conversion-clicks-low', ctx({ last3: { productImpressionToClickRate: 0.03 } })],
  ['conversion-pay-low', ctx({ last3: { clickToPayRate: 0.01 } })],
  ['conversion-interaction-low', ctx({ last3: { interactionRate: 0.02 } })],
  ['conversion-gpm-below-peer', ctx({ peer: { gpm: [{ kind: 'peerMedian', text: '¥20,000', value: 20000 }] } })],
  ['conversion-uv-value-low', ctx({ last3: { uvValue: 2 } })],
  ['retention-refunds-high', ctx({ last3: { refundRate: 0.5 } })],
  ['retention-follow-low', ctx({ last3: { followRate: 0.001 } })],
  ['conversion-negative-feedback-up', ctx({ last3: { negativeFeedbackRate: 0.05 } })],
  ['traffic-roi-below-break-even', ctx({ last3: { roi: 1.5 } })],
  ['traffic-break-even-unset', ctx({ untick: ['traffic.paid.break-even'] })],
  ['retention-gmv-below-usual', ctx({ last3: { gmv: 40000 }, targets: {} })],
  ['conversion-gmv-below-target', ctx({ targets: { gmv: 200000 } })],
  ['base-experience-low', { ...ctx(), history: { ...ctx().history, experienceScore: 70 } }],
  ['base-onboarding-open', ctx({ stage: 'onboarding', untick: ['base.account.profile'] })],
  ['traffic-novice-open', ctx({ stage: 'novice', untick: ['traffic.live.cover-title'] })],
  ['conversion-growth-open', ctx({ stage: 'growth', untick: ['conversion.goods.pricing'] })],
  ['retention-mature-open', ctx({ stage: 'mature', untick: ['retention.brand.ip'] })],
];

describe('nextActions', () => {
  it.each(STAGE_IDS)('a healthy shop gets no advice (%s)', (stage) => {
    expect(fired(ctx({ stage }))).toEqual([]);
  });

  it('every rule has a case below', () => {
    expect(CASES.map(([id]) => id).sort()).toEqual(ADVICE_RULES.map((r) => r.id).sort());
  });

  it.each(CASES)('%s fires on its case, alone', (id, c) => {
    const actions = nextActions(c);
    expect(actions.map((a) => a.id)).toEqual([id]);
    const a = actions[0]!;
    expect(a.score).toBeGreaterThan(0);
    expect(a.numbers.length).toBeGreaterThan(0);
    expect(a.numbers.every((n) => n.text.zh && n.text.en)).toBe(true);
    if (a.advances) expect(checklistItem(a.advances), a.advances).toBeDefined();
  });

  it('product clicks also fire on the viewers-based click rate alone', () => {
    expect(fired(ctx({ last3: { productClickRate: 0.05 } }))).toEqual(['conversion-clicks-low']);
  });

  it('ROI uses 1 as break-even when the user has not set one', () => {
    expect(fired(ctx({ last3: { roi: 1.5 }, breakEvenRoi: undefined }))).toEqual([]);
    expect(fired(ctx({ last3: { roi: 0.8 }, breakEvenRoi: undefined }))).toEqual(['traffic-roi-below-break-even']);
  });

  it('carries the numbers that triggered it', () => {
    const [a] = nextActions(ctx({ last3: { impressionToViewRate: 0.05 } }));
    expect(a?.numbers[0]).toMatchObject({ metric: 'impressionToViewRate', value: 0.05, against: 'band', sessions: 3 });
    expect(a?.numbers[0]?.gap).toBeLessThan(0);
    expect(a?.numbers[0]?.text.zh).toMatch(/5%/);
  });

  it('one bad session does not fire (median of the last 3)', () => {
    const c = ctx();
    const last = c.history.sessions.at(-1)!;
    last.metrics.impressionToViewRate = { value: 0.01 };
    expect(fired(c)).toEqual([]);
  });

  it('missing values never fire a rule', () => {
    expect(fired(ctx({ every: { impressionToViewRate: null, refundRate: null, roi: null } }))).toEqual([]);
  });

  it('itemsOpen rules name the first open item as what they advance', () => {
    const [a] = nextActions(ctx({ stage: 'onboarding', untick: ['base.account.profile'] }));
    expect(a?.advances).toBe('base.account.profile');
    expect(a?.numbers[0]).toMatchObject({ open: 1, items: ['base.account.profile'] });
  });

  it('ranks by gap × the stage’s pillar weight: the same two problems, ordered by stage', () => {
    // general-category bands: entry 14.3–23.8 % (gap −30 %), click → pay 6.8–11.3 % (gap −33 %)
    const problems = { last3: { impressionToViewRate: 0.1, clickToPayRate: 0.045 } };
    expect(fired(ctx({ ...problems, stage: 'novice' }))).toEqual(['traffic-entry-weak', 'conversion-pay-low']);
    expect(fired(ctx({ ...problems, stage: 'growth' }))).toEqual(['conversion-pay-low', 'traffic-entry-weak']);
  });

  it('scores are sorted, and severity is capped at 1', () => {
    const all = nextActions(ctx({ last3: { refundRate: 0.9, impressionToViewRate: 0.01, avgOnline: 1 }, untick: ['conversion.goods.pricing'] }));
    const scores = all.map((a) => a.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(all.every((a) => a.severity <= 1)).toBe(true);
  });

  it('a rule for another stage stays quiet', () => {
    expect(fired(ctx({ stage: 'mature', untick: ['base.account.profile'] }))).toEqual([]);
  });
});
