/**
 * The sliced reader (extractPageSliced, what the content script runs) against the one-call reader
 * (extractPage) on every fixture page: the same read, to the last field, when the page holds
 * still. The slice budget is 0 here, so the read pauses at every point it can (each
 * TEXTS_PER_STEP text nodes, each label, each table row, between stages): the most pauses a read
 * can take. Timing is not asserted anywhere (npm run bench measures the slices).
 */
import { describe, expect, it } from 'vitest';
import { extractPage, extractPageSliced } from '../../lib/extract/page';
import { runSliced, runToEnd, type Steps } from '../../lib/extract/slices';
import { adapterForUrl } from '../../lib/platforms/registry';
import { listFixtures, loadFixtureDocument } from '../helpers/fixtures';

const serialise = (doc: Document): string => doc.documentElement.outerHTML;

describe('sliced read = one-call read', () => {
  it.each(listFixtures().map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const adapter = adapterForUrl(f.expected.url)!;
    const doc = loadFixtureDocument(f.html);
    const before = serialise(doc);
    const sync = extractPage(doc, f.expected.url, adapter, { now: 0 });
    let pauses = 0;
    const sliced = await extractPageSliced(
      doc,
      f.expected.url,
      adapter,
      { now: 0 },
      {
        budgetMs: 0,
        yieldToPage: () => {
          pauses++;
          return Promise.resolve();
        },
      },
    );
    expect(sliced).toEqual(sync);
    expect(pauses).toBeGreaterThan(3); // it did pause: between stages at least
    expect(serialise(doc)).toBe(before); // and neither read changed the page
  });
});

describe('drivers', () => {
  function* count(n: number): Steps<number> {
    for (let i = 0; i < n; i++) yield;
    return n;
  }

  it('runToEnd runs every step, runSliced gives the page its thread back between slices', async () => {
    expect(runToEnd(count(5))).toBe(5);
    let t = 0;
    const slices: number[] = [];
    let pauses = 0;
    // a step costs 1 ms on this clock; a slice ends at the first pause point past 3 ms
    function* timed(): Steps<string> {
      for (let i = 0; i < 10; i++) {
        t += 1;
        yield;
      }
      return 'done';
    }
    const out = await runSliced(timed(), { budgetMs: 3, now: () => t, yieldToPage: async () => void pauses++, onSlice: (ms) => slices.push(ms) });
    expect(out).toBe('done');
    expect(slices).toEqual([3, 3, 3, 1]);
    expect(pauses).toBe(3);
  });

  it('a read that fits in one slice never yields', async () => {
    let pauses = 0;
    expect(await runSliced(count(100), { budgetMs: 1e9, yieldToPage: async () => void pauses++ })).toBe(100);
    expect(pauses).toBe(0);
  });
});
