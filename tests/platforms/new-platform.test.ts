/**
 * scripts/new-platform.ts (`npm run new:platform`) on a copy of the files it edits: it writes the
 * adapter, its examples, the content script, the fixture folder and the README row, and edits the
 * PlatformId union, the registry and the examples list so each names the new backend once; it
 * refuses a taken id or host and a malformed one, writing nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newPlatform, NewPlatformError, ROOT } from '../../scripts/new-platform';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-platform-'));
  cpSync(join(ROOT, 'lib', 'platforms'), join(root, 'lib', 'platforms'), { recursive: true });
  cpSync(join(ROOT, 'README.md'), join(root, 'README.md'));
  mkdirSync(join(root, 'entrypoints'));
  mkdirSync(join(root, 'tests', 'fixtures'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** the new backend's id (a variable, so the paths below are not read as citations of files) */
const ID = 'douyinmall';
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
const count = (s: string, sub: string) => s.split(sub).length - 1;

describe('npm run new:platform', () => {
  it('writes every file and line a backend needs', () => {
    const written = newPlatform(root, { id: ID, host: 'mall.example.com', zh: '抖音商城', en: 'Douyin Mall' });
    expect(written.sort()).toEqual([
      'README.md',
      `entrypoints/${ID}.content.ts`,
      'lib/platforms/accounts.ts',
      `lib/platforms/${ID}.examples.ts`,
      `lib/platforms/${ID}.ts`,
      'lib/platforms/examples.ts',
      'lib/platforms/registry.ts',
      'lib/platforms/types.ts',
      `tests/fixtures/${ID}/README.md`,
    ]);
    // its own company, a shop backend, its own kind of id: joins no other backend's shop by itself
    expect(read('lib/platforms/accounts.ts')).toContain(
      `  wxstore: { company: 'weixin', kind: 'shop', ids: 'weixin-shop' },\n  ${ID}: { company: '${ID}', kind: 'shop', ids: '${ID}-shop' },\n};`,
    );
    const adapter = read(`lib/platforms/${ID}.ts`);
    expect(adapter).toContain(`export const ${ID}: PlatformAdapter = {`);
    expect(adapter).toContain("hosts: ['mall.example.com'],");
    expect(adapter).toContain("zh: '抖音商城',");
    expect(read(`lib/platforms/${ID}.examples.ts`)).toContain("{ url: 'https://mall.example.com/', page: null }");
    expect(read(`entrypoints/${ID}.content.ts`)).toContain(`import { ${ID} } from '../lib/platforms/${ID}';`);
    // the union keeps one `;`, at its new end
    const types = read('lib/platforms/types.ts');
    expect(types).toContain(`  | 'wxstore' // 微信小店\n  | '${ID}'; // 抖音商城\n`);
    const registry = read('lib/platforms/registry.ts');
    expect(count(registry, `import { ${ID} } from './${ID}';`)).toBe(1);
    expect(registry).toContain(`  wxstore,\n  ${ID},\n};`);
    const examples = read('lib/platforms/examples.ts');
    expect(examples).toContain(`import { examples as ${ID} } from './${ID}.examples';`);
    expect(examples).toContain(`, wxstore, ${ID} };`);
    expect(read('README.md')).toContain('| 抖音商城 | mall.example.com | (its pages) |');
    expect(existsSync(join(root, `tests/fixtures/${ID}/README.md`))).toBe(true);
  });

  it('a second backend after the first lands after it', () => {
    newPlatform(root, { id: 'first', host: 'first.example.com' });
    newPlatform(root, { id: 'second', host: 'second.example.com' });
    expect(read('lib/platforms/types.ts')).toMatch(/\| 'first' \/\/ first\n {2}\| 'second'; \/\/ second\n/);
    expect(read('lib/platforms/registry.ts')).toMatch(/ {2}first,\n {2}second,\n\};/);
    expect(read('lib/platforms/examples.ts')).toContain(', first, second };');
  });

  it.each([
    [{ id: 'compass', host: 'new.example.com' }, 'exists already'],
    [{ id: 'newone', host: 'syt.kwaixiaodian.com' }, 'is read by lib/platforms/kwaixiaodian.ts'],
    [{ id: 'New-One', host: 'new.example.com' }, 'lowercase letters and digits'],
    [{ id: 'newone', host: 'https://new.example.com/x' }, 'a host name'],
    [{ id: 'newone', host: 'new.example.com', zh: "it's" }, 'no quotes'],
  ])('refuses %j, writing nothing', (input, message) => {
    const before = read('lib/platforms/registry.ts') + read('lib/platforms/types.ts') + read('README.md');
    expect(() => newPlatform(root, input)).toThrow(NewPlatformError);
    expect(() => newPlatform(root, input)).toThrow(message);
    expect(read('lib/platforms/registry.ts') + read('lib/platforms/types.ts') + read('README.md')).toBe(before);
    expect(readdirSync(join(root, 'lib', 'platforms')).filter((f) => f.startsWith('newone'))).toEqual([]);
  });
});
