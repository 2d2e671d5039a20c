import { describe, expect, it } from 'vitest';
import {
  CHANGED_SHARE,
  HISTORY_READS,
  MIN_NORMAL_READS,
  MIN_USUAL_FOUND,
  kindKey,
  labelCounts,
  nextHealth,
  usualFound,
  type KindHealth,
} from '../../lib/health/page-changed';
import type { Missed, Reading } from '../../lib/capture/types';

/** The state after reads of (found, missed), in order. */
const after = (reads: Array<[number, number]>): KindHealth | undefined =>
  reads.reduce<KindHealth | undefined>((h, [found, missed], i) => nextHealth(h, { found, missed }, i), undefined);

const normal = (n: number, found = 10): Array<[number, number]> => Array.from({ length: n }, () => [found, 2]);

describe('page changed: the rule', () => {
  it.each<[string, Array<[number, number]>, boolean]>([
    ['a first read that finds nothing is not a change (nothing to compare with)', [[0, 12]], false],
    [`${MIN_NORMAL_READS - 1} normal reads are not yet "used to read well"`, [...normal(MIN_NORMAL_READS - 1), [1, 11]], false],
    [`${MIN_NORMAL_READS} normal reads, then most labels gone: changed`, [...normal(MIN_NORMAL_READS), [1, 11]], true],
    ['exactly half the usual found is not "most gone"', [...normal(4), [10 * CHANGED_SHARE, 7]], false],
    ['just under half, and more missed than found: changed', [...normal(4), [4, 8]], true],
    ['fewer found but not missed either (a smaller view of the page): not a change', [...normal(4), [2, 1]], false],
    [`a page kind that usually finds fewer than ${MIN_USUAL_FOUND} labels is never flagged`, [...normal(5, MIN_USUAL_FOUND - 1), [0, 5]], false],
    ['changed stays changed while the page keeps missing', [...normal(4), [1, 11], [1, 11], [0, 12], [1, 11], [1, 11], [1, 11]], true],
    ['a read that finds the usual labels again clears it', [...normal(4), [1, 11], [1, 11], [9, 3]], false],
  ])('%s', (_why, reads, changed) => expect(after(reads)?.changed).toBe(changed));

  it('the usual count is the median of the latest normal reads; flagged reads never lower it', () => {
    const h = after([...normal(3, 8), ...normal(HISTORY_READS, 12), [1, 11], [1, 11]])!;
    expect(h.recent).toHaveLength(HISTORY_READS);
    expect(usualFound(h)).toBe(12);
    expect(usualFound(after(normal(MIN_NORMAL_READS - 1)))).toBeNull();
    expect(
      usualFound(
        after([
          [6, 0],
          [10, 0],
          [8, 0],
        ]),
      ),
    ).toBe(8);
  });

  it('keeps the latest counts and time for the message', () => {
    expect(after([...normal(3), [1, 11]])).toMatchObject({ found: 1, missed: 11, at: 3 });
    expect(kindKey('compass', 'live-detail')).toBe('compass/live-detail');
  });
});

describe('page changed: counting a read', () => {
  const r = (metric: string, source: Reading['source'] = 'observed', scope = 'page') => ({ metric, source, scope }) as Reading;
  const m = (metric: string, reason: Missed['reason'], scope = 'page') => ({ metric, reason, scope }) as Missed;
  it.each<[string, Reading[], Missed[], { found: number; missed: number }]>([
    ['read and missed', [r('gmv'), r('viewers')], [m('gpm', 'notFound')], { found: 2, missed: 1 }],
    ['derived numbers are not labels on the page', [r('gmv'), r('gpm', 'derived')], [], { found: 1, missed: 0 }],
    ['a label there but unreadable counts as found', [r('gmv')], [m('viewers', 'unreadable')], { found: 2, missed: 0 }],
    [
      'a metric per table row counts once',
      [r('gmv', 'observed', 'a'), r('gmv', 'observed', 'b')],
      [m('gpm', 'notFound', 'a'), m('gpm', 'notFound', 'b')],
      { found: 1, missed: 1 },
    ],
    ['found in one scope, missed in another: found', [r('gmv', 'observed', 'a')], [m('gmv', 'notFound', 'b')], { found: 1, missed: 0 }],
  ])('%s', (_why, captures, missed, want) => expect(labelCounts({ captures, missed })).toEqual(want));
});
