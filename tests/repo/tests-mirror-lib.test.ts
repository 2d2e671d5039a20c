/**
 * Tests mirror lib/ (HOUSE-STYLE): each lib/ folder has its tests/ folder of the same name, and a
 * tests/ folder is either such a mirror or one of the named folders below with its reason. A
 * module under lib/<folder>/ is tested from tests/<folder>/ (directly or through its folder's
 * entry, such as lib/growth/index.ts); tests/repo checks the repository itself.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/new-platform';

/** tests/ folders that mirror no lib/ folder, and why */
const OWN_FOLDERS: Record<string, string> = {
  components: 'the panel (components/), in happy-dom',
  e2e: 'the built extension in Chromium and Firefox',
  hardening: 'the reader against mutated fixture pages (lib/extract as a whole)',
  fixtures: 'fixture pages and their truth files',
  'fixtures-live': 'living fixture pages (fixtures-gen)',
  helpers: 'shared test helpers (Chromium, Apache)',
  webdav: "the WebDAV server's config for the team-folder tests",
  assets: 'the icons (public/)',
  repo: 'checks over the repository: docs, paths, conventions',
};

const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe('tests mirror lib/', () => {
  it('every lib/ folder has its tests/ folder', () => {
    const tests = new Set(folders('tests'));
    expect(folders('lib').filter((f) => !tests.has(f))).toEqual([]);
  });

  it('every other tests/ folder is named here with its reason', () => {
    const lib = new Set(folders('lib'));
    expect(folders('tests').filter((f) => !lib.has(f) && !(f in OWN_FOLDERS))).toEqual([]);
  });
});
