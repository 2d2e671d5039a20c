import { describe, expect, it } from 'vitest';
import { isDemoQuery } from '../../lib/store/demo';

describe('the panel reads the demo store only when asked', () => {
  it.each([
    ['?demo', true],
    ['?demo=1', true],
    ['?x=1&demo', true],
    ['', false],
    ['?demonstration', false],
  ])('%s → %s', (search, demo) => expect(isDemoQuery(search)).toBe(demo));
});
