import { describe, expect, it } from 'vitest';
import { STAGES, STAGE_IDS, PILLAR_IDS, effectiveStage, inferStage, type StageId, type ShopHistory } from '../../lib/growth';
import { T0, shop } from './fixtures';

// Typical shops, one per stage, plus a mild wobble so medians are not trivially constant.
const wobble = (i: number) => 1 + ((i % 3) - 1) * 0.05;

const CASES: Array<[StageId, ShopHistory]> = [
  ['onboarding', shop(1, () => ({ viewers: 40, gmv: 300 }), { fans: 200, experienceScore: 75 })],
  ['novice', shop(10, (i) => ({ viewers: Math.round(500 * wobble(i)), gmv: 5000 * wobble(i) }), { fans: 3000, experienceScore: 92 })],
  ['growth', shop(40, (i) => ({ viewers: Math.round(3000 * wobble(i)), gmv: 50000 * wobble(i) }), { fans: 30000, experienceScore: 93 })],
  ['mature', shop(120, (i) => ({ viewers: Math.round(20000 * wobble(i)), gmv: 400000 * wobble(i) }), { fans: 300000, experienceScore: 4.9 })],
];

describe('stage data', () => {
  it.each(STAGE_IDS)('%s has names, text and pillar weights that sum to 1', (id) => {
    const s = STAGES[id];
    for (const t of [s.name, s.meaning, s.trouble]) expect(t.zh && t.en).toBeTruthy();
    const sum = PILLAR_IDS.reduce((a, p) => a + s.weights[p], 0);
    expect(sum).toBeCloseTo(1, 6);
    // the key pillar is the heaviest one
    expect(Math.max(...PILLAR_IDS.map((p) => s.weights[p]))).toBe(s.weights[s.key]);
  });
  it('key pillars follow the capability guide', () => {
    expect(STAGE_IDS.map((s) => STAGES[s].key)).toEqual(['base', 'traffic', 'conversion', 'retention']);
    expect(STAGES.growth.weights.traffic).toBeGreaterThan(STAGES.growth.weights.base);
  });
});

describe('inferStage', () => {
  it.each(CASES)('a typical %s shop', (stage, history) => {
    const r = inferStage(history);
    expect(r.stage).toBe(stage);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.reasons.some((x) => x.metric === 'gmv')).toBe(true);
    expect(r.reasons.every((x) => x.zh && x.en)).toBe(true);
    // the last reason always says the thresholds are unverified
    expect(r.reasons.at(-1)?.en).toMatch(/unverified/);
  });

  it('is independent of session order', () => {
    const h = CASES[2]![1];
    const shuffled = { ...h, sessions: [...h.sessions].reverse() };
    expect(inferStage(shuffled)).toEqual(inferStage(h));
  });

  it('a novice-sized shop growing fast reads as growth, and says why', () => {
    const h = shop(20, (i) => ({ viewers: 900, gmv: i < 15 ? 5000 : 15000 }), { fans: 8000 });
    const r = inferStage(h);
    expect(r.stage).toBe('growth');
    expect(r.reasons.some((x) => /above the earlier/.test(x.en))).toBe(true);
  });

  it('no sessions: onboarding, with low confidence', () => {
    const r = inferStage({ sessions: [] });
    expect(r.stage).toBe('onboarding');
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('stale history lowers confidence', () => {
    const h = CASES[1]![1];
    const fresh = inferStage(h, T0 + 12 * 86_400_000);
    const stale = inferStage(h, T0 + 200 * 86_400_000);
    expect(stale.stage).toBe(fresh.stage);
    expect(stale.confidence).toBeLessThan(fresh.confidence);
    expect(stale.reasons.some((x) => /days ago/.test(x.en))).toBe(true);
  });

  it('missing values are skipped, not read as 0', () => {
    const h = shop(40, (i) => ({ viewers: i % 2 ? null : 3000, gmv: 50000 }), { fans: 30000 });
    expect(inferStage(h).stage).toBe('growth');
  });
});

describe('effectiveStage', () => {
  const inferred = inferStage(CASES[1]![1]);
  it('the user override wins', () => {
    expect(effectiveStage(inferred, 'growth')).toEqual({ stage: 'growth', by: 'user', inferred: 'novice', confidence: inferred.confidence });
  });
  it('without override, the inference', () => {
    expect(effectiveStage(inferred)).toMatchObject({ stage: 'novice', by: 'data' });
    expect(effectiveStage(inferred, null)).toMatchObject({ stage: 'novice', by: 'data' });
  });
  it('a stale, unknown override is ignored', () => {
    expect(effectiveStage(inferred, 'scale-up' as StageId)).toMatchObject({ stage: 'novice', by: 'data' });
  });
});
