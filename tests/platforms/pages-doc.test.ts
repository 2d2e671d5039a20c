/**
 * docs/PAGES.md is generated from the adapters and the fixtures' expected files
 * (scripts/pages-doc.ts): it must be what the generator writes today, so a new page kind, alias
 * or fixture cannot land without the document saying so. Fix: `npx tsx scripts/pages-doc.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES_MD, pagesDoc } from '../../scripts/pages-doc';
import { ADAPTERS } from '../../lib/platforms/registry';
import { listFixtures } from '../helpers/fixtures';

describe('docs/PAGES.md', () => {
  const doc = readFileSync(PAGES_MD, 'utf8');

  it('is up to date (run `npx tsx scripts/pages-doc.ts`)', () => {
    expect(doc === pagesDoc(), 'docs/PAGES.md is stale: run npx tsx scripts/pages-doc.ts').toBe(true);
  });

  it('names every backend, every page kind and every fixture', () => {
    for (const a of ADAPTERS) {
      expect(doc).toContain(`(\`${a.id}\`)`);
      for (const p of a.pages) expect(doc).toContain(`### ${p.zh} · ${p.en} (\`${p.id}\`)`);
    }
    for (const f of listFixtures()) expect(doc).toContain(`tests/fixtures/${f.name}`);
  });

  it('changes when a fixture reads a new metric (the check is not vacuous)', () => {
    const fixtures = listFixtures();
    const f = fixtures.find((x) => x.name === 'wxstore/home-7d.html')!;
    const changed = fixtures.map((x) =>
      x === f ? { ...x, expected: { ...x.expected, captures: [...x.expected.captures, { metric: 'liveDays', label: '开播天数', scope: 'page' }] } } : x,
    );
    expect(pagesDoc(changed)).not.toBe(pagesDoc(fixtures));
  });
});
