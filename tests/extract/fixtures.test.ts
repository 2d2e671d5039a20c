/**
 * The one table-driven test over every fixture page of every registered backend: every number a
 * fixture shows is asserted, and anything read that the expected file does not list (a date, an
 * id, a pagination count, a benchmark taken for a value) fails the test. The assertions live in
 * tests/helpers/expect-fixture.ts, shared with the snapshot tests and `npm run fixture:add`.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/platforms/registry';
import { listFixtures } from '../helpers/fixtures';
import { expectFixturePasses } from '../helpers/expect-fixture';

const fixtures = listFixtures();

describe('fixture pages', () => {
  it('every registered backend has at least two fixture pages', () => {
    const count = (id: string) => fixtures.filter((f) => f.expected.platform === id).length;
    expect(ADAPTERS.map((a) => [a.id, Math.min(count(a.id), 2)])).toEqual(ADAPTERS.map((a) => [a.id, 2]));
    expect(fixtures.length).toBeGreaterThanOrEqual(16);
  });

  it('every fixture has its own URL (the real-browser run serves each page under its URL)', () => {
    const urls = fixtures.map((f) => f.expected.url.split('#')[0]);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    expectFixturePasses(f.html, f.expected);
  });
});
