/**
 * "The reader may miss, but never stores a wrong value": every fixture, mutated the ways a
 * platform release might change it. A reading of a mutated page must equal the original
 * reading of the same metric and scope — or, where two labels were swapped, the value that now
 * stands under that label. A value the original page did not show is a failure.
 */
import { readValue } from '../../lib/extract/value';
import { parseText } from '../../lib/parse/text';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import type { PageCapture, Reading } from '../../lib/capture/types';
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots, listFixtures, loadFixtureDocument } from '../helpers/fixtures';
import { MUTATIONS, labelTexts, rng, type Mutation } from './mutate';

// A quick run by default (3 seeds: a few seconds); STAGELENS_FUZZ=full for a long one, or
// MUTATION_SEEDS=n for any other size.
const SEEDS = Math.max(1, Number(process.env.MUTATION_SEEDS) || (process.env.STAGELENS_FUZZ === 'full' ? 60 : 3));
const key = (r: Reading) => `${r.scope}|${r.metric}`;
const fixtures = listFixtures();
let tried = 0;
let missedTotal = 0;
let wrongTotal = 0;
const started = Date.now();

const INDISTINGUISHABLE: Record<string, string> = { 'remove a value': 'decoy number next to a label', 'decoy number next to a label': 'remove a value' };

interface Variant {
  name: string;
  seed: number;
  steps: Mutation[];
}

/** Deterministic mutations once; seeded ones once per seed; and per seed one page hit by two
 *  or three mutations in a row (a renamed, reordered page with a decoy …), at most one swap. */
function variants(seeds: number): Variant[] {
  const out: Variant[] = MUTATIONS.filter((m) => !m.seeded).map((m) => ({ name: m.name, seed: 1, steps: [m] }));
  for (let seed = 1; seed <= seeds; seed++) {
    for (const m of MUTATIONS.filter((x) => x.seeded)) out.push({ name: `${m.name}#${seed}`, seed, steps: [m] });
    const rnd = rng(seed * 31337);
    let pool = [...MUTATIONS];
    const steps: Mutation[] = [];
    for (let n = 2 + Math.floor(rnd() * 2); n > 0 && pool.length; n--) {
      const m = pool.splice(Math.floor(rnd() * pool.length), 1)[0]!;
      steps.push(m);
      // Not a removed value and a decoy together: the page then shows one plain number beside
      // the label, which is what a real card looks like; no reader could tell it is not the value.
      const partner = INDISTINGUISHABLE[m.name];
      if (partner) pool = pool.filter((x) => x.name !== partner);
    }
    out.push({ name: `${steps.map((m) => m.name).join(' + ')}#${seed}`, seed, steps });
  }
  return out;
}
const VARIANTS_PER_FIXTURE = variants(SEEDS).length;

/** A page in a window of its own, closed after use: documents from the test environment's
 *  DOMParser are never freed (~1.4 MB each), so a long run ran out of heap. */
async function withPage<T>(html: string, use: (doc: Document) => T): Promise<T> {
  const w = new Window();
  try {
    const doc = new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    attachDeclarativeShadowRoots(doc);
    return use(doc);
  } finally {
    await w.happyDOM.close();
  }
}

describe('mutated fixture pages: may miss, never wrong', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s',
    async (_n, f) => {
      const adapter = adapterForUrl(f.expected.url)!;
      const original = extractPage(loadFixtureDocument(f.html), f.expected.url, adapter, { now: 0 });
      const orig = new Map(original.captures.filter((r) => r.source === 'observed').map((r) => [key(r), r]));
      // One label text may name a card and a table column (整体消耗 on 千川): the value that
      // moves with a swapped label is the one it had in the same scope, never another scope's.
      const labelOf = new Map([...orig.values()].map((r) => [`${r.scope}|${r.label}`, r]));
      const origItems = new Map((original.items ?? []).map((it) => [it.key, new Map(it.readings.map((r) => [r.metric, r]))]));
      const labels = [...new Set([...orig.values()].map((r) => r.label))];
      const wrong: string[] = [];
      // How often each label text stands on the page outside table headers: a label shown once
      // that was swapped must read the value now under it, not its old one from elsewhere.
      const seen = new Map<string, number>();
      for (const t of labelTexts(loadFixtureDocument(f.html), labels)) seen.set(t, (seen.get(t) ?? 0) + 1);

      for (const v of variants(SEEDS)) {
        await withPage(f.html, (doc) => {
          let swapped: [string, string] | undefined;
          v.steps.forEach((m, i) => {
            const info = m.apply(doc, rng(v.seed * 7919 + m.name.length + i * 104729), labels);
            if (info && info.swapped) swapped = info.swapped;
          });
          let cap: PageCapture;
          try {
            cap = extractPage(doc, f.expected.url, adapter, { now: 0 });
          } catch (e) {
            wrong.push(`${v.name}: threw ${String(e)}`);
            return;
          }
          tried++;
          // the period is the page's, or not told: never another one
          if (cap.period !== null && cap.period !== original.period) wrong.push(`${v.name}: period ${cap.period}, page showed ${original.period}`);
          for (const r of cap.captures.filter((x) => x.source === 'observed')) {
            const o = orig.get(key(r));
            const allowed = new Set<number | null | undefined>();
            if (swapped && swapped.includes(r.label) && r.scope === 'page') {
              const other = swapped[0] === r.label ? swapped[1] : swapped[0];
              const moved = labelOf.get(`${r.scope}|${other}`);
              allowed.add(moved?.value);
              // the moved text read in this label's own unit (92.35分 under a duration is 92.35 minutes)
              if (moved) {
                const again = readValue(moved.text, parseText(moved.text), r.unit, {}, r.metric);
                if (again.ok) allowed.add(again.value);
              }
              if ((seen.get(r.label) ?? 0) > 1) allowed.add(o?.value);
            } else allowed.add(o?.value);
            if (!o && !swapped) wrong.push(`${v.name}: new reading ${key(r)}=${r.value} (${r.text})`);
            else if (!allowed.has(r.value)) wrong.push(`${v.name}: ${key(r)} ${r.value} (${r.text}), page showed ${[...allowed].join(' or ')}`);
          }
          // item numbers: each one the page showed for that very item (a swapped label carries
          // its number to the other label's metric); a new item is one the page did not show
          for (const it of cap.items ?? []) {
            const before = origItems.get(it.key);
            if (!before) {
              wrong.push(`${v.name}: new item ${it.key}`);
              continue;
            }
            for (const r of it.readings) {
              const allowed = new Set<number | null | undefined>([before.get(r.metric)?.value]);
              if (swapped && swapped.includes(r.label)) {
                const other = swapped[0] === r.label ? swapped[1] : swapped[0];
                for (const b of before.values()) if (b.label === other) allowed.add(b.value);
              }
              if (!allowed.has(r.value)) wrong.push(`${v.name}: item ${it.key} ${r.metric} ${r.value} (${r.text}), page showed ${[...allowed].join(' or ')}`);
            }
          }
          missedTotal += orig.size - cap.captures.filter((x) => x.source === 'observed' && orig.has(key(x))).length;
        });
      }
      wrongTotal += wrong.length;
      expect(wrong).toEqual([]);
    },
    2_000 * VARIANTS_PER_FIXTURE,
  ); // the big real-library pages take ~1 s a variant under STAGELENS_FUZZ=full

  it('reports how many variants it tried', () => {
    console.log(
      `mutation test: ${tried} variants of ${fixtures.length} fixtures (${MUTATIONS.length} mutations, ${SEEDS} seeds, ${VARIANTS_PER_FIXTURE} variants each) in ${Date.now() - started} ms, heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB; ${missedTotal} readings missed, ${wrongTotal} wrong`,
    );
    expect(tried).toBe(fixtures.length * VARIANTS_PER_FIXTURE);
  });
});
