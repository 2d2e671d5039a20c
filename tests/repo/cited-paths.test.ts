/**
 * Every file path the code and the docs cite exists: a comment or a README pointing one hop
 * wrong costs the next person the search. A cited path is a token starting with one of the
 * project's folders (lib/, components/, tests/ …), relative to the repository root or to the
 * citing file; a path without an extension may name a file with any extension (a fixture's
 * `tests/fixtures/compass/live-detail` stands for its .html and .expected.json). Paths with
 * placeholders (<platform>, *, [id]) are patterns, not citations.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'screenshots', 'fixtures', 'fixtures-live', 'results']);
const CITING = /\.(ts|tsx|md|mjs|jsx)$/;
const CITED = /(?<![\w/.-])((?:\.\.\/)*(?:lib|components|entrypoints|tests|scripts|docs|fixtures-gen|bench|public|\.ci)\/[\w./-]+)/g;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (CITING.test(name)) yield p;
  }
}

const exists = (p: string): boolean => {
  if (existsSync(p)) return true;
  const dir = dirname(p),
    base = p.slice(dir.length + 1);
  return existsSync(dir) && readdirSync(dir).some((f) => f.startsWith(`${base}.`));
};

describe('cited paths', () => {
  it('every path cited in a comment or a .md exists', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files(ROOT)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(CITED)) {
        const raw = m[1]!.replace(/[.,:;)`'"]+$/, '');
        if (/[<>*[\]{}$]/.test(text.slice(m.index!, m.index! + m[0].length + 1))) continue;
        checked++;
        const candidates = [join(ROOT, raw), normalize(join(dirname(file), raw))];
        if (!candidates.some(exists)) broken.push(`${relative(ROOT, file)}: ${raw}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
