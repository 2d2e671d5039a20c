/**
 * `npm run extract` (scripts/extract.ts) run as a child process: stdout is exactly one JSON
 * object, equal to what the same reader gives in-process on the same fixture; errors exit 2.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { extractPage } from '../../lib/extract/page';
import { summarise } from '../../lib/extract/summary';
import { adapterForUrl } from '../../lib/platforms/registry';
import { listFixtures, loadFixtureDocument, type Fixture } from '../helpers/fixtures';

const ROOT = join(__dirname, '..', '..');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'scripts/extract.ts', ...args], { cwd: ROOT, timeout: 90_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const fixtures = listFixtures();
// the first fixture, and the first one drawn in a shadow root (the declarative shadow DOM path)
const chosen = [fixtures[0], fixtures.find((f) => f.html.includes('shadowrootmode'))].filter((f, i, a): f is Fixture => !!f && a.indexOf(f) === i);

describe('npm run extract', () => {
  it.each(chosen.map((f) => [f.name, f] as const))(
    'prints one JSON object equal to the in-process read: %s',
    async (_n, f) => {
      const r = await run([f.htmlPath, '--url', f.expected.url]);
      expect(r.code, r.stderr).toBe(0);
      const printed: unknown = JSON.parse(r.stdout); // throws unless stdout is exactly one JSON value
      expect(typeof printed === 'object' && printed !== null && !Array.isArray(printed)).toBe(true);
      const adapter = adapterForUrl(f.expected.url)!;
      const inProcess = summarise(extractPage(loadFixtureDocument(f.html), f.expected.url, adapter, { now: 0 }));
      expect(printed).toEqual(JSON.parse(JSON.stringify(inProcess)));
      expect(Object.keys(printed as object)).toEqual(['platform', 'page', 'url', 'period', 'captures', 'missed', 'unknown']);
    },
    120_000,
  );

  it('exits 2 with a message on stderr and nothing on stdout when it cannot read', async () => {
    const missing = await run(['no-such-page.html', '--url', 'https://compass.jinritemai.com/shop']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/cannot read/);
    const foreign = await run([fixtures[0]!.htmlPath, '--url', 'https://example.com/']);
    expect(foreign.code).toBe(2);
    expect(foreign.stdout).toBe('');
    expect(foreign.stderr).toMatch(/no adapter/);
  }, 180_000);
});
