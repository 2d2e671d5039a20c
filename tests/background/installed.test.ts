import { describe, expect, it } from 'vitest';
import { opensWelcome } from '../../lib/background/installed';

describe('the welcome page opens on a first install only', () => {
  it.each([
    ['install', true],
    ['update', false],
    ['browser_update', false],
    ['chrome_update', false],
    ['shared_module_update', false],
    [undefined, false],
  ])('%s → %s', (reason, opens) => expect(opensWelcome(reason)).toBe(opens));
});
