/**
 * `npm run fixture:add`, run for real (tsx, a child vitest) on a temporary fixtures directory:
 * a snapshot's zip lands as <platform>/<page>.html + .expected.json, a second one as <page>-2,
 * the fixture test runs on it and its exit code is the command's; a pair whose expected values
 * do not match the page fails; malformed input is refused before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../lib/platforms/registry';
import { makeSnapshot, snapshotFiles, snapshotZip, unzipFiles, zipFiles } from '../../lib/snapshot';
import { checkCommand, FIXTURES, plan, readPair, testPattern } from '../../scripts/fixture-add';
import { loadFixtureDocument } from '../helpers/fixtures';
import { snapshotFixtures } from './fixtures';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'stagelens-fixture-add-'));
const out = join(work, 'fixtures');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/fixture-add.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: '', FORCE_COLOR: '0' },
    timeout: 120_000,
  });

const fixture = snapshotFixtures().find((f) => f.name === 'compass/live-detail.html') ?? snapshotFixtures()[0]!;
const snap = makeSnapshot(loadFixtureDocument(fixture.html), fixture.expected.url, adapterForUrl(fixture.expected.url)!, { seed: 3 });

describe('snapshot zip', () => {
  it('round-trips both files, UTF-8 names and text intact, checksums right', () => {
    const entries = [
      { name: '直播-页.html', content: '<html><body>成交金额 ¥1,234</body></html>' },
      { name: 'a.expected.json', content: '{"a":1}\n' },
    ];
    expect(unzipFiles(zipFiles(entries))).toEqual(entries);
    const z = snapshotZip(snap);
    expect(z.name).toBe(`${fixture.expected.platform}-${fixture.expected.page}.zip`);
    expect(unzipFiles(z.bytes).map((e) => [e.name, e.content])).toEqual(snapshotFiles(snap).map((f) => [f.name, f.content]));
    const broken = z.bytes.slice();
    broken[30 + new TextEncoder().encode(snapshotFiles(snap)[0]!.name).length + 5]! ^= 0xff; // inside the first entry's data
    expect(() => unzipFiles(broken)).toThrow(/checksum|broken/);
    expect(() => unzipFiles(new TextEncoder().encode('not a zip at all, just text that is long enough'))).toThrow(/not a zip/);
  });
});

describe('npm run fixture:add', () => {
  const zipPath = join(work, snapshotZip(snap).name);
  writeFileSync(zipPath, snapshotZip(snap).bytes);
  const { platform, page } = snap.expected;

  it('puts the zip under <dir>/<platform>/<page>.*, runs the fixture test on it, exits 0', () => {
    const r = run('--dir', out, zipPath);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 passed/);
    expect(r.stdout).toContain('to review');
    expect(readFileSync(join(out, platform, `${page}.html`), 'utf8')).toBe(snap.html);
    const exp = JSON.parse(readFileSync(join(out, platform, `${page}.expected.json`), 'utf8'));
    expect(exp.review).toBe('to review');
    expect(exp.url).toBe(snap.url);
  }, 120_000);

  it('a second snapshot of the same page becomes <page>-2; loose files work too', () => {
    const [html, expected] = snapshotFiles(snap);
    writeFileSync(join(work, html!.name), html!.content);
    writeFileSync(join(work, expected!.name), expected!.content);
    const r = run('--dir', out, join(work, html!.name)); // the sibling is found beside it
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readdirSync(join(out, platform)).sort()).toEqual([`${page}-2.expected.json`, `${page}-2.html`, `${page}.expected.json`, `${page}.html`].sort());
  }, 120_000);

  it('fails when the expected values do not match the page (the test it runs fails)', () => {
    const exp = JSON.parse(snapshotFiles(snap)[1]!.content);
    const c = exp.captures.find((x: { value: unknown }) => typeof x.value === 'number');
    c.value = c.value + 1;
    const bad = join(work, 'bad.zip');
    writeFileSync(
      bad,
      zipFiles([
        { name: 'x.html', content: snap.html },
        { name: 'x.expected.json', content: JSON.stringify(exp) },
      ]),
    );
    const r = run('--dir', join(work, 'bad-out'), bad);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/1 failed/);
  }, 120_000);

  it('refuses malformed input before writing anything', () => {
    const bad = (name: string, files: Array<{ name: string; content: string }>) => {
      const p = join(work, name);
      writeFileSync(p, zipFiles(files));
      return p;
    };
    const exp = JSON.parse(snapshotFiles(snap)[1]!.content);
    const cases = [
      bad('only-html.zip', [{ name: 'a.html', content: snap.html }]),
      bad('unknown.zip', [
        { name: 'a.html', content: snap.html },
        { name: 'a.expected.json', content: JSON.stringify({ ...exp, page: 'unknown' }) },
      ]),
      bad('climb.zip', [
        { name: 'a.html', content: snap.html },
        { name: 'a.expected.json', content: JSON.stringify({ ...exp, platform: '../../etc' }) },
      ]),
      bad('not-html.zip', [
        { name: 'a.html', content: 'hello' },
        { name: 'a.expected.json', content: JSON.stringify(exp) },
      ]),
      bad('script.zip', [
        { name: 'a.html', content: snap.html.replace('</body>', '<script>x()</script></body>') },
        { name: 'a.expected.json', content: JSON.stringify(exp) },
      ]),
      bad('handler.zip', [
        { name: 'a.html', content: snap.html.replace('<body>', '<body onload="x()">') },
        { name: 'a.expected.json', content: JSON.stringify(exp) },
      ]),
    ];
    for (const c of cases) expect(() => plan(readPair([c]), join(work, 'refused'))).toThrow();
    expect(existsSync(join(work, 'refused'))).toBe(false);
    const r = run('--dir', join(work, 'refused'), cases[1]!);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown/);
    expect(run().status).toBe(2);
  }, 120_000);

  it('for tests/fixtures itself, runs the fixture test filtered to exactly that page', () => {
    const p = plan(readPair([zipPath]));
    expect(p.htmlPath.startsWith(FIXTURES)).toBe(true);
    const c = checkCommand(p, FIXTURES);
    expect(c.args.slice(0, 3)).toEqual(['vitest', 'run', 'tests/extract/fixtures.test.ts']);
    // the filter picks one existing fixture's test and no other
    const existing = fixture.name;
    const r = spawnSync('npx', ['vitest', 'run', 'tests/extract/fixtures.test.ts', '-t', testPattern(existing)], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
      timeout: 120_000,
    });
    expect(plain(r.stdout)).toMatch(/Tests\s+1 passed \| \d+ skipped/);
  }, 120_000);
});
