import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  CHECKLIST,
  PILLAR_IDS,
  PRE_LIVE,
  PRE_LIVE_GROUPS,
  REVIEW,
  REVIEW_GROUPS,
  STAGE_IDS,
  bandsFor,
  checklistItem,
  evaluateEvidence,
  progress,
  recordEvidence,
  tick,
  untick,
  type ChecklistItem,
  type ChecklistState,
} from '../../lib/growth';
import { T0, shop, type Row } from './fixtures';

const NOVICE = bandsFor('novice'); // impressionToViewRate 10–20 %, refundRate 5–25 %
const entry = checklistItem('traffic.live.entry-in-band')!;
const rowsOf = (vals: Array<number | null | undefined>) =>
  shop(vals.length, (i) => {
    const v = vals[i];
    const r: Row = {};
    if (v !== undefined) r.impressionToViewRate = v;
    return r;
  });
const evidenced = (it: ChecklistItem, history = rowsOf([]), bands = NOVICE, opts = {}) => evaluateEvidence([it], history, bands, opts)[it.id]!;

describe('the capability checklist', () => {
  it('has at least 40 items with unique ids', () => {
    expect(CHECKLIST.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CHECKLIST.map((i) => i.id)).size).toBe(CHECKLIST.length);
  });
  it.each(CHECKLIST.map((i) => [i.id, i] as const))('%s is well formed', (_, i) => {
    expect(i.stages.length).toBeGreaterThan(0);
    for (const s of i.stages) expect(STAGE_IDS).toContain(s);
    expect(new Set(i.stages).size).toBe(i.stages.length);
    expect(CAPABILITIES[i.capability].pillar).toBe(i.pillar);
    expect(i.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(i.en).toMatch(/^[A-Z0-9]/);
  });
  it('every pillar and every stage has items', () => {
    for (const p of PILLAR_IDS) expect(CHECKLIST.filter((i) => i.pillar === p).length).toBeGreaterThanOrEqual(8);
    for (const s of STAGE_IDS) expect(CHECKLIST.filter((i) => i.stages.includes(s)).length).toBeGreaterThanOrEqual(8);
  });
});

describe('evidence: "in the band for three sessions running"', () => {
  it.each<[string, Array<number | null | undefined>, boolean]>([
    ['3 sessions in band', [0.12, 0.15, 0.18], true],
    ['only 2 sessions', [0.15, 0.18], false],
    ['3 sessions, the oldest out of band', [0.05, 0.15, 0.18], false],
    ['an older miss before 3 good ones does not matter', [0.05, 0.12, 0.15, 0.18], true],
    ['above the band is better than in it', [0.3, 0.15, 0.25], true],
    ['the latest session out of band', [0.12, 0.15, 0.05], false],
    ['a session without the metric is skipped, not a miss', [0.12, undefined, 0.15, 0.18], true],
    ['"--" (null) is skipped too, never counted as 0', [0.12, 0.15, null, 0.18], true],
    ['2 known values and a missing one', [0.15, null, 0.18], false],
  ])('%s → %s', (_, vals, expected) => {
    const r = evidenced(entry, rowsOf(vals));
    expect(r.evidenced).toBe(expected);
    expect(r.why.zh && r.why.en).toBeTruthy();
  });

  it('reports the numbers it looked at', () => {
    const r = evidenced(entry, rowsOf([0.12, 0.15, 0.05]));
    expect(r.numbers).toMatchObject({ metric: 'impressionToViewRate', values: [0.12, 0.15, 0.05], need: 3, have: 2, low: 0.1, high: 0.2 });
    expect(r.why.en).toMatch(/missed the mark in 1 of the last 3/);
  });

  it('no band at this stage: not evidenced, and says why', () => {
    const r = evidenced(entry, rowsOf([0.12, 0.15, 0.18]), {});
    expect(r.evidenced).toBe(false);
    expect(r.why.en).toMatch(/No reference band/);
  });

  it('lower-is-better: refunds at or under the band, and "better" means under it', () => {
    const refunds = checklistItem('retention.service.refunds-in-band')!;
    const h = (xs: number[]) => shop(xs.length, (i) => ({ refundRate: xs[i] ?? null }));
    expect(evidenced(refunds, h([0.1, 0.2, 0.25])).evidenced).toBe(true);
    expect(evidenced(refunds, h([0.1, 0.3, 0.2])).evidenced).toBe(false);
    const under: ChecklistItem = { ...refunds, id: 'test.refunds-under', evidence: { kind: 'bandStreak', metric: 'refundRate', sessions: 3, need: 'better' } };
    expect(evidenced(under, h([0.1, 0.2, 0.25])).evidenced).toBe(false);
    expect(evidenced(under, h([0.03, 0.02, 0.04])).evidenced).toBe(true);
  });

  it('ROI at or above the user break-even (1 when unset)', () => {
    const roi = checklistItem('traffic.paid.roi-above')!;
    const h = shop(3, (i) => ({ roi: [2.5, 1.5, 3][i] ?? null }));
    expect(evidenced(roi, h).evidenced).toBe(true);
    expect(evidenced(roi, h, NOVICE, { breakEvenRoi: 2 }).evidenced).toBe(false);
  });

  it('recorded in each of the last 3 sessions', () => {
    const club = checklistItem('retention.fans.club')!;
    expect(
      evidenced(
        club,
        shop(4, () => ({ fanClubJoins: 12 })),
      ).evidenced,
    ).toBe(true);
    expect(
      evidenced(
        club,
        shop(4, (i) => ({ fanClubJoins: i === 2 ? 0 : 12 })),
      ).evidenced,
    ).toBe(false);
    expect(
      evidenced(
        club,
        shop(4, (i) => (i === 3 ? {} : { fanClubJoins: 12 })),
      ).evidenced,
    ).toBe(false);
  });

  it('experience score on either scale', () => {
    const score = checklistItem('base.shop.experience-score')!;
    expect(evidenced(score, { sessions: [], experienceScore: 4.6 }).evidenced).toBe(true); // 92 of 100
    expect(evidenced(score, { sessions: [], experienceScore: 85 }).evidenced).toBe(false);
    expect(evidenced(score, { sessions: [] }).why.en).toMatch(/No shop experience score/);
  });

  it('cadence: 8 sessions within 30 days', () => {
    const sched = checklistItem('traffic.live.schedule')!;
    const h = shop(8, () => ({}));
    expect(evidenced(sched, h).evidenced).toBe(true);
    expect(evidenced(sched, h, NOVICE, { now: T0 + 60 * 86_400_000 }).evidenced).toBe(false);
    expect(
      evidenced(
        sched,
        shop(7, () => ({})),
      ).evidenced,
    ).toBe(false);
  });

  it('only items with an evidence rule get an entry', () => {
    const map = evaluateEvidence(CHECKLIST, rowsOf([]), NOVICE);
    expect(Object.keys(map).sort()).toEqual(
      CHECKLIST.filter((i) => i.evidence)
        .map((i) => i.id)
        .sort(),
    );
  });
});

describe('progress and who ticked what', () => {
  const items = [entry, checklistItem('traffic.live.cover-title')!, checklistItem('base.account.profile')!];
  const ev = evaluateEvidence(items, rowsOf([0.12, 0.15, 0.18]), NOVICE);

  it('an evidenced item counts as ticked by data', () => {
    const p = progress(items, {}, ev);
    expect(p.items[entry.id]).toEqual({ done: true, by: 'data' });
    expect(p.pillars.traffic).toEqual({ done: 1, total: 2 });
    expect(p.pillars.base).toEqual({ done: 0, total: 1 });
    expect([p.done, p.total]).toEqual([1, 3]);
  });

  it('the user untick wins over evidence and is remembered; re-ticking clears it', () => {
    let state: ChecklistState = untick({}, entry.id, 1);
    expect(state[entry.id]).toEqual({ checked: false, by: 'user', at: 1, untickedByUser: true });
    expect(progress(items, state, ev).items[entry.id]).toEqual({ done: false, by: null });
    state = recordEvidence(state, ev, 2); // a later session's evidence does not overwrite the untick
    expect(state[entry.id]?.untickedByUser).toBe(true);
    expect(progress(items, state, ev).items[entry.id]?.done).toBe(false);
    state = tick(state, entry.id, 3);
    expect(progress(items, state, ev).items[entry.id]).toEqual({ done: true, by: 'user' });
  });

  it('user ticks count without evidence; recordEvidence keeps the first data tick', () => {
    const state = recordEvidence(tick({}, 'base.account.profile', 5), ev, 7);
    expect(state[entry.id]).toEqual({ checked: true, by: 'data', at: 7 });
    expect(recordEvidence(state, ev, 9)[entry.id]?.at).toBe(7);
    expect(progress(items, state, {}).done).toBe(2);
  });

  it('can count only the items that matter at a stage', () => {
    const p = progress(CHECKLIST, {}, {}, { stage: 'onboarding' });
    expect(p.total).toBe(CHECKLIST.filter((i) => i.stages.includes('onboarding')).length);
    expect(p.items['retention.brand.ip']).toBeUndefined();
  });
});

describe('per-session checklists', () => {
  it.each([
    ['pre-live', PRE_LIVE, PRE_LIVE_GROUPS],
    ['review', REVIEW, REVIEW_GROUPS],
  ] as const)('%s: every group has items, ids are unique, both languages', (_, list, groups) => {
    for (const g of groups) expect(list.filter((i) => i.group === g).length).toBeGreaterThanOrEqual(1);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    for (const i of list) expect(i.zh && i.en).toBeTruthy();
  });
});
