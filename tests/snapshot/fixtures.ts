/**
 * Every fixture page there is, through tests/helpers/fixtures.ts listFixtures(). Fixtures are
 * added while these tests run elsewhere: a page whose expected file is not written yet is skipped
 * here (with a warning) rather than failing the snapshot tests; the fixture test reports it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, listFixtures, type Expected, type Fixture } from '../helpers/fixtures';
import { adapterForUrl } from '../../lib/platforms/registry';

export function snapshotFixtures(): Fixture[] {
  let all: Fixture[];
  try {
    all = listFixtures();
  } catch (e) {
    console.warn(`[snapshot tests] ${(e as Error).message}: skipping incomplete fixtures`);
    all = [];
    for (const platform of readdirSync(FIXTURES_DIR).sort()) {
      for (const file of readdirSync(join(FIXTURES_DIR, platform)).sort()) {
        const exp = join(FIXTURES_DIR, platform, file.replace(/\.html$/, '.expected.json'));
        if (!file.endsWith('.html') || !existsSync(exp)) continue;
        const htmlPath = join(FIXTURES_DIR, platform, file);
        all.push({
          name: `${platform}/${file}`,
          platform,
          htmlPath,
          html: readFileSync(htmlPath, 'utf8'),
          expected: JSON.parse(readFileSync(exp, 'utf8')) as Expected,
        });
      }
    }
  }
  return all.filter((f) => adapterForUrl(f.expected.url));
}
