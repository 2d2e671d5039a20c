/**
 * "The reader may miss, but never stores a wrong value": every fixture, mutated the ways a
 * platform release might change it. A reading of a mutated page must equal the original
 * reading of the same metric and scope — or, where two labels were swapped, the value that now
 * stands under that label. A value the original page did not show is a failure.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import type { PageCapture, Reading } from '../../lib/capture/types';
import { listFixtures, loadFixtureDocument } from '../helpers/fixtures';
import { MUTATIONS, rng } from './mutate';

const SEEDS = Number(process.env.MUTATION_SEEDS ?? 3);
const key = (r: Reading) => `${r.scope}|${r.metric}`;
const fixtures = listFixtures();
let tried = 0;
let missedTotal = 0;

describe('mutated fixture pages: may miss, never wrong', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_n, f) => {
    const adapter = adapterForUrl(f.expected.url)!;
    const original = extractPage(loadFixtureDocument(f.html), f.expected.url, adapter, { now: 0 });
    const orig = new Map(original.captures.filter((r) => r.source === 'observed').map((r) => [key(r), r]));
    const labelOf = new Map([...orig.values()].map((r) => [r.label, r]));
    const labels = [...labelOf.keys()];
    const wrong: string[] = [];

    for (const m of MUTATIONS) {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const doc = loadFixtureDocument(f.html);
        const info = m.apply(doc, rng(seed * 7919 + m.name.length), labels) ?? {};
        let cap: PageCapture;
        try {
          cap = extractPage(doc, f.expected.url, adapter, { now: 0 });
        } catch (e) {
          wrong.push(`${m.name}#${seed}: threw ${String(e)}`);
          continue;
        }
        tried++;
        for (const r of cap.captures.filter((x) => x.source === 'observed')) {
          const o = orig.get(key(r));
          const allowed = new Set<number | null | undefined>([o?.value]);
          if (info.swapped && info.swapped.includes(r.label)) {
            const other = info.swapped[0] === r.label ? info.swapped[1] : info.swapped[0];
            allowed.add(labelOf.get(other)?.value);
          }
          if (!o && !info.swapped) wrong.push(`${m.name}#${seed}: new reading ${key(r)}=${r.value} (${r.text})`);
          else if (!allowed.has(r.value)) wrong.push(`${m.name}#${seed}: ${key(r)} ${r.value} (${r.text}), page showed ${[...allowed].join(' or ')}`);
        }
        missedTotal += orig.size - cap.captures.filter((x) => x.source === 'observed' && orig.has(key(x))).length;
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reports how many variants it tried', () => {
    console.log(`mutation test: ${tried} variants of ${fixtures.length} fixtures (${MUTATIONS.length} mutations × ${SEEDS} seeds); ${missedTotal} readings missed, 0 wrong`);
    expect(tried).toBeGreaterThanOrEqual(fixtures.length * MUTATIONS.length * SEEDS);
  });
});
