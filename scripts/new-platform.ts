/**
 * npm run new:platform -- <id> <host> [中文名] [English name]
 *
 * Writes what a new backend needs, so what CONTRIBUTING.md lists is what is done:
 *   lib/platforms/<id>.ts            the adapter (data only: hosts, page kinds, aliases, periods)
 *   lib/platforms/<id>.examples.ts   its example URLs (tests and docs only)
 *   lib/platforms/types.ts           <id> in the PlatformId union
 *   lib/platforms/registry.ts        its import and entry in PLATFORMS
 *   lib/platforms/examples.ts        its examples in URL_EXAMPLES
 *   lib/platforms/accounts.ts        what its account is to a shop (its own company, a shop
 *                                    backend, its own kind of id: change them if it shares a
 *                                    company or 店铺ID with a backend StageLens reads)
 *   entrypoints/<id>.content.ts      its content script (its own adapter only)
 *   tests/fixtures/<id>/README.md    the fixture folder, to be filled with `npm run fixture:add`
 *   README.md                        a row in "What each backend page yields", to be filled in
 * then regenerates docs/PAGES.md. It fills in nothing it cannot know: the page kinds, labels and
 * fixture pages are yours to write, and tests/platforms/meta.test.ts, urls.test.ts and
 * tests/extract/fixtures.test.ts fail until they are there. Refuses an id or a host already
 * taken, and writes nothing then.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface NewPlatform {
  /** a lowercase identifier: the adapter's export, file names and the stored platform id */
  id: string;
  host: string;
  zh?: string;
  en?: string;
}

const ID = /^[a-z][a-z0-9]{1,23}$/;
const HOST = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/;

export class NewPlatformError extends Error {}

const adapterFile = (p: Required<NewPlatform>) => `/**
 * ${p.zh} ${p.host} — which pages StageLens reads here, and where their markup was seen (a
 * fixture, DASHBOARDS.md, a saved page). Fixtures: tests/fixtures/${p.id}/.
 */
import type { PlatformAdapter } from './types';

export const ${p.id}: PlatformAdapter = {
  id: '${p.id}',
  zh: '${p.zh}',
  en: '${p.en}',
  hosts: ['${p.host}'],
  pages: [
    // one per page kind, e.g.
    // { id: 'home', zh: '首页', en: 'Home', path: /^\\/home(?=[/?#]|$)/, expect: ['gmv', 'orders'] },
  ],
  aliases: {
    // label as shown → metric id (lib/metrics/catalog.ts), e.g. 成交金额: 'gmv',
  },
  periods: [],
  framework: 'fact',
};
`;

const examplesFile = (
  p: Required<NewPlatform>,
) => `/** URLs of the ${p.id} backend and the page kind ./${p.id}.ts must resolve each to (null: none). Tests and docs only: no content script imports this. */
import type { UrlExample } from './examples';

export const examples: UrlExample[] = [
  // a real URL of every page kind, e.g. { url: 'https://${p.host}/home', page: 'home' },
  { url: 'https://${p.host}/', page: null },
];
`;

const contentScript = (p: Required<NewPlatform>) => `/** The content script of one backend: its adapter only (components/content-script/run.ts). */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ${p.id} } from '../lib/platforms/${p.id}';
import { matchesOf, runContentScript } from '../components/content-script/run';

export default defineContentScript({
  matches: matchesOf(${p.id}),
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, ${p.id}),
});
`;

const fixturesReadme = (p: Required<NewPlatform>) => `# ${p.zh} fixtures

Pages of ${p.host} and their expected numbers: \`<page>.html\` + \`<page>.expected.json\`, added
with \`npm run fixture:add -- <file>\` from a snapshot the side panel saved (CONTRIBUTING.md).
`;

/** Insert `text` after the last line matching `re`. */
function insertAfterLast(src: string, re: RegExp, text: string, what: string): string {
  const lines = src.split('\n');
  let at = -1;
  lines.forEach((l, i) => {
    if (re.test(l)) at = i;
  });
  if (at < 0) throw new NewPlatformError(`cannot find where to add ${what}`);
  lines.splice(at + 1, 0, text);
  return lines.join('\n');
}

/** The edits and files for a new platform, computed before anything is written. */
export function planNewPlatform(root: string, input: NewPlatform): Map<string, string> {
  const p: Required<NewPlatform> = { ...input, zh: input.zh || input.id, en: input.en || input.id };
  if (!ID.test(p.id)) throw new NewPlatformError(`id "${p.id}": lowercase letters and digits, starting with a letter (2–24)`);
  if (!HOST.test(p.host)) throw new NewPlatformError(`host "${p.host}": a host name such as live.example.com (no scheme, no path)`);
  if (/['`\\\n]/.test(p.zh + p.en)) throw new NewPlatformError('names: no quotes, backslashes or line breaks');
  const file = (rel: string) => join(root, rel);
  const read = (rel: string) => readFileSync(file(rel), 'utf8');

  const types = read('lib/platforms/types.ts');
  const union = /export type PlatformId =\n((?:\s*\|\s*'[a-z0-9]+'[^\n]*\n)+)/.exec(types);
  if (!union) throw new NewPlatformError('cannot find the PlatformId union in lib/platforms/types.ts');
  if (new RegExp(`'${p.id}'`).test(union[1]!)) throw new NewPlatformError(`platform "${p.id}" exists already`);
  for (const rel of [`lib/platforms/${p.id}.ts`, `lib/platforms/${p.id}.examples.ts`, `entrypoints/${p.id}.content.ts`, `tests/fixtures/${p.id}`]) {
    if (existsSync(file(rel))) throw new NewPlatformError(`${rel} exists already`);
  }
  for (const f of readdirSync(file('lib/platforms')).filter((n) => n.endsWith('.ts') && !n.endsWith('.examples.ts'))) {
    if (read(`lib/platforms/${f}`).includes(`hosts: ['${p.host}'`) || read(`lib/platforms/${f}`).includes(` '${p.host}'`)) {
      throw new NewPlatformError(`host ${p.host} is read by lib/platforms/${f} already`);
    }
  }
  // the last member loses its `;`, the new one ends the union
  const members = union[1]!.replace(/;(\s*\/\/[^\n]*)?\n$/, '$1\n');
  const newUnion = `export type PlatformId =\n${members}  | '${p.id}'; // ${p.zh}\n`;

  let registry = read('lib/platforms/registry.ts');
  registry = insertAfterLast(registry, /^import \{ \w+ \} from '\.\/\w+';$/, `import { ${p.id} } from './${p.id}';`, 'the registry import');
  registry = registry.replace(/(export const PLATFORMS[^=]*= \{\n(?:\s+\w+,\n)+)(\};)/, `$1  ${p.id},\n$2`);
  if (!registry.includes(`  ${p.id},\n};`)) throw new NewPlatformError('cannot find PLATFORMS in lib/platforms/registry.ts');

  let examples = read('lib/platforms/examples.ts');
  examples = insertAfterLast(
    examples,
    /^import \{ examples as \w+ \} from/,
    `import { examples as ${p.id} } from './${p.id}.examples';`,
    'the examples import',
  );
  const before = examples;
  examples = examples.replace(/(URL_EXAMPLES: Record<PlatformId, UrlExample\[\]> = \{ [\w, ]+?) \};/, `$1, ${p.id} };`);
  if (examples === before) throw new NewPlatformError('cannot find URL_EXAMPLES in lib/platforms/examples.ts');

  let accounts = read('lib/platforms/accounts.ts');
  const beforeAccounts = accounts;
  accounts = accounts.replace(
    /(export const ACCOUNT_OF[^=]*= \{\n(?:\s+\w+: \{[^\n]*\},\n)+)(\};)/,
    `$1  ${p.id}: { company: '${p.id}', kind: 'shop', ids: '${p.id}-shop' },\n$2`,
  );
  if (accounts === beforeAccounts) throw new NewPlatformError('cannot find ACCOUNT_OF in lib/platforms/accounts.ts');

  const readme = read('README.md');
  const heading = readme.indexOf('## What each backend page yields');
  if (heading < 0) throw new NewPlatformError('cannot find "What each backend page yields" in README.md');
  const lines = readme.slice(heading).split('\n');
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith('|')) last = i;
    else if (last >= 0) break;
  }
  if (last < 0) throw new NewPlatformError('cannot find the backend table in README.md');
  lines.splice(last + 1, 0, `| ${p.zh} | ${p.host} | (its pages) | (what each yields: fill in once its fixtures pass) |`);

  return new Map([
    [`lib/platforms/${p.id}.ts`, adapterFile(p)],
    [`lib/platforms/${p.id}.examples.ts`, examplesFile(p)],
    ['lib/platforms/types.ts', types.replace(union[0], newUnion)],
    ['lib/platforms/registry.ts', registry],
    ['lib/platforms/examples.ts', examples],
    ['lib/platforms/accounts.ts', accounts],
    [`entrypoints/${p.id}.content.ts`, contentScript(p)],
    [`tests/fixtures/${p.id}/README.md`, fixturesReadme(p)],
    ['README.md', readme.slice(0, heading) + lines.join('\n')],
  ]);
}

/** Write a new platform's files under `root`; returns the paths written, relative to it. */
export function newPlatform(root: string, input: NewPlatform): string[] {
  const plan = planNewPlatform(root, input);
  for (const [rel, text] of plan) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return [...plan.keys()];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [id, host, zh, en] = process.argv.slice(2).filter((a) => a !== '--');
  if (!id || !host) {
    console.error('usage: npm run new:platform -- <id> <host> [中文名] [English name]');
    process.exit(2);
  }
  try {
    const written = newPlatform(ROOT, { id, host, ...(zh ? { zh } : {}), ...(en ? { en } : {}) });
    console.log(`wrote:\n  ${written.join('\n  ')}`);
    const doc = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'pages-doc.ts')], { cwd: ROOT, stdio: 'inherit' });
    if (doc.status === 0) console.log('  docs/PAGES.md (regenerated)');
    console.log(`next (CONTRIBUTING.md, "Add a platform"): page kinds and aliases in lib/platforms/${id}.ts, a real URL per page in ${id}.examples.ts,
the host in the reviewed list of tests/platforms/meta.test.ts (a new host is a new permission), fixture pages with
npm run fixture:add, the README row; then npm test.`);
  } catch (e) {
    if (!(e instanceof NewPlatformError)) throw e;
    console.error(`new:platform: ${e.message} (nothing written)`);
    process.exit(1);
  }
}
