/** The store's checklist states map onto the growth engine's, and the user's untick is kept. */
import { describe, expect, it } from 'vitest';
import { itemStatus } from '../../../lib/growth';
import { isPreLiveId, storeStateFor, toEngineState } from '../../../components/data/checklistState';

describe('checklist state adapter', () => {
  const state = toEngineState([
    { itemId: 'a', state: 'done', updatedAt: 5 },
    { itemId: 'b', state: 'skipped', updatedAt: 6 },
    { itemId: 'c', state: 'todo', updatedAt: 7 },
  ]);
  const evidence = {
    b: { evidenced: true, why: { zh: '', en: '' }, numbers: { values: [], need: 1, have: 1 } },
    c: { evidenced: true, why: { zh: '', en: '' }, numbers: { values: [], need: 1, have: 1 } },
  };

  it('done = ticked by the user; skipped = unticked by the user (wins over data); todo = data may tick', () => {
    expect(state.a).toEqual({ checked: true, by: 'user', at: 5 });
    expect(itemStatus('b', state, evidence)).toEqual({ done: false, by: null });
    expect(itemStatus('c', state, evidence)).toEqual({ done: true, by: 'data' });
  });

  it('unticking an evidenced item is remembered; unticking a user tick returns it to todo', () => {
    expect(storeStateFor(false, true)).toBe('skipped');
    expect(storeStateFor(false, false)).toBe('todo');
    expect(storeStateFor(true, true)).toBe('done');
  });

  it('pre-live items have their own ids', () => {
    expect(isPreLiveId('pre.goods.lineup')).toBe(true);
    expect(isPreLiveId('base.rules.settled')).toBe(false);
  });
});
