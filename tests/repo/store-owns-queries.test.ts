/**
 * lib/store owns every Dexie query (issue 18 §4): outside it, no code reads or writes a table,
 * opens a transaction or imports Dexie. Everyone else calls a lib/store function, so a query, its
 * index and its id format have one home. The uses below are not queries of ours and are allowed
 * by name, line by line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/new-platform';
import { StageLensDB } from '../../lib/store/db';

/** folders whose code must not query the store itself */
const SCANNED = ['lib', 'components', 'entrypoints', 'scripts'];
/** why each allowed file may name Dexie: not a query */
const ALLOWED: Record<string, RegExp> = {
  // the panel's two ways to subscribe to a lib/store read (Dexie's liveQuery re-runs it on change)
  'components/state/live.ts': /^import \{ liveQuery \} from 'dexie';$/,
  'components/hooks/useLiveQuery.ts': /^import \{ liveQuery \} from 'dexie';$/,
  // the demo and test drivers look into the extension's IndexedDB from outside (page.evaluate in
  // Chromium), where lib/store cannot run: raw IndexedDB reads, to wait for and count stored rows
  'scripts/chromium.ts': /^const r = db\.transaction\(name\)\.objectStore\(name\)\.getAll\(\);$/,
  'scripts/demo.ts': /^const r = db\.transaction\('captures'\)\.objectStore\('captures'\)\.count\(\);$/,
};

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const TABLES = new StageLensDB('store-owns-queries-probe').tables.map((t) => t.name);
const QUERY = new RegExp(String.raw`\b(?:db|database)\s*(?:\.|\?\.)\s*(?:${TABLES.join('|')}|transaction|table)\b|from 'dexie'|Dexie\.(?:minKey|maxKey)`);

describe('lib/store owns every Dexie query', () => {
  it('knows the tables it looks for', () => {
    expect(TABLES).toEqual(expect.arrayContaining(['sessions', 'captures', 'settings', 'links']));
  });

  it('no table read, write or transaction outside lib/store', () => {
    const found: string[] = [];
    for (const f of SCANNED.flatMap(files)) {
      const rel = relative(ROOT, join(ROOT, f));
      if (rel.startsWith('lib/store/')) continue;
      readFileSync(join(ROOT, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (QUERY.test(line) && !ALLOWED[rel]?.test(line.trim())) found.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
