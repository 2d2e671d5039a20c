/**
 * Every backend has every part CONTRIBUTING.md lists ("Add a platform"; `npm run new:platform`
 * writes them): its adapter file, its registry entry, its example URLs beside it, its content
 * script, fixture pages with expected numbers, a row in README's "What each backend page yields"
 * and a section in docs/PAGES.md. Platform knowledge stays in the adapters: no code outside
 * lib/platforms asks which backend it is on by name. And the hosts granted are the reviewed ones.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/new-platform';
import { URL_EXAMPLES } from '../../lib/platforms/examples';
import { HOSTS } from '../../lib/platforms/hosts';
import { ADAPTERS, PLATFORMS } from '../../lib/platforms/registry';
import type { PlatformId } from '../../lib/platforms/types';

const IDS = Object.keys(PLATFORMS) as PlatformId[];
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

/** The hosts StageLens is granted, as reviewed: a new one is a new permission, added on purpose. */
const REVIEWED_HOSTS = [
  'compass.jinritemai.com',
  'fxg.jinritemai.com',
  'buyin.jinritemai.com',
  'qianchuan.jinritemai.com',
  's.kwaixiaodian.com',
  'syt.kwaixiaodian.com',
  'zs.kwaixiaodian.com',
  'liveplatform.taobao.com',
  'store.weixin.qq.com',
];

describe.each(IDS)('platform %s', (id) => {
  const adapter = PLATFORMS[id];

  it('has its adapter file, exporting the registry entry under its id', async () => {
    const mod = (await import(`../../lib/platforms/${id}.ts`)) as Record<string, unknown>;
    expect(mod[id]).toBe(adapter);
    expect(adapter.id).toBe(id);
  });

  it('has its example URLs beside the adapter, one per page kind at least', async () => {
    const mod = (await import(`../../lib/platforms/${id}.examples.ts`)) as { examples: unknown };
    expect(mod.examples).toBe(URL_EXAMPLES[id]);
    const pages = new Set(URL_EXAMPLES[id].map((e) => e.page));
    for (const p of adapter.pages) expect(pages.has(p.id), `${id}/${p.id} has no example URL`).toBe(true);
  });

  it('has its content script, on its own adapter', () => {
    const file = `entrypoints/${id}.content.ts`;
    expect(existsSync(join(ROOT, file)), file).toBe(true);
    expect(read(file)).toContain(`from '../lib/platforms/${id}'`);
  });

  it('has fixture pages with their expected numbers', () => {
    const dir = join(ROOT, 'tests', 'fixtures', id);
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
    expect(pages.length, `tests/fixtures/${id}/ has no page`).toBeGreaterThanOrEqual(1);
    for (const p of pages) expect(existsSync(join(dir, p.replace(/\.html$/, '.expected.json'))), p).toBe(true);
  });

  it('has its row in README "What each backend page yields" and its section in docs/PAGES.md', () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('## What each backend page yields')).split('\n## ')[0]!;
    const hostCells = table
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .map((l) => l.split('|')[2]?.trim() ?? '');
    for (const h of adapter.hosts)
      expect(
        hostCells.some((c) => c.split(/,\s*/).includes(h)),
        `README has no row for ${h}`,
      ).toBe(true);
    expect(read('docs/PAGES.md')).toContain(`## ${adapter.zh} · ${adapter.en} (\`${id}\`)`);
  });
});

describe('platform knowledge', () => {
  it('the hosts granted are the reviewed ones (a new host is a new permission: add it here on purpose)', () => {
    expect([...HOSTS].sort()).toEqual([...REVIEWED_HOSTS].sort());
    expect(new Set(HOSTS).size).toBe(HOSTS.length);
  });

  it('no code outside lib/platforms compares a platform id by name', () => {
    const ids = ADAPTERS.map((a) => a.id).join('|');
    const named = new RegExp(`[!=]==?\\s*['"\`](?:${ids})['"\`]|['"\`](?:${ids})['"\`]\\s*[!=]==?`);
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name)) {
          read(relative(ROOT, p))
            .split('\n')
            .forEach((line, i) => {
              if (named.test(line)) found.push(`${relative(ROOT, p)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    for (const top of ['lib', 'components', 'entrypoints']) walk(join(ROOT, top));
    expect(found.filter((f) => !f.startsWith('lib/platforms/'))).toEqual([]);
  });
});
