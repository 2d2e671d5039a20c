/**
 * npm run fixture:add -- <platform>-<page>.zip
 * npm run fixture:add -- <platform>-<page>.html <platform>-<page>.expected.json
 *
 * Puts a snapshot saved from the side panel ("保存为测试页": one .zip holding both files) under
 * tests/fixtures/<platform>/<page>.html (or <page>-2.html, -3 … when taken) with its expected
 * file, then runs the fixture test on that one page and exits with the test's code. Either loose
 * file may be given alone: its sibling is found next to it. The platform and page come from the
 * expected file, never from the file names.
 *
 * `--dir <dir>` writes under another fixtures directory (tests use a temporary one); the page is
 * then checked by tests/snapshot/fixture-check.test.ts, which asserts what the fixture test does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipFiles } from '../lib/snapshot/zip';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export interface Planned {
  platform: string;
  page: string;
  name: string;
  htmlPath: string;
  expectedPath: string;
  html: string;
  expected: string;
}

/** A snapshot's two files, read: from a .zip, or from the .html / .expected.json given. */
export interface Pair {
  /** where they came from, for messages */
  html: string;
  expected: string;
  htmlText: string;
  expectedText: string;
}

export function readPair(files: string[]): Pair {
  const zip = files.find((f) => /\.zip$/i.test(f));
  if (zip) {
    if (!existsSync(zip)) throw new Error(`not found: ${zip}`);
    const entries = unzipFiles(new Uint8Array(readFileSync(zip)));
    const html = entries.filter((e) => /\.html?$/i.test(e.name) && !e.name.includes('__MACOSX'));
    const exp = entries.filter((e) => /\.expected\.json$/i.test(e.name));
    if (html.length !== 1 || exp.length !== 1)
      throw new Error(`${basename(zip)} should hold one .html and one .expected.json (found ${entries.map((e) => e.name).join(', ') || 'nothing'})`);
    return {
      html: `${basename(zip)}:${html[0]!.name}`,
      expected: `${basename(zip)}:${exp[0]!.name}`,
      htmlText: html[0]!.content,
      expectedText: exp[0]!.content,
    };
  }
  const p = pairOf(files);
  return { ...p, htmlText: readFileSync(p.html, 'utf8'), expectedText: readFileSync(p.expected, 'utf8') };
}

/** The two loose files of a snapshot, from what was given on the command line. */
export function pairOf(files: string[]): { html: string; expected: string } {
  const html = files.find((f) => /\.html?$/i.test(f));
  const expected = files.find((f) => /\.expected\.json$/i.test(f));
  const sibling = (f: string, from: RegExp, to: string) => f.replace(from, to);
  const h = html ?? (expected ? sibling(expected, /\.expected\.json$/i, '.html') : undefined);
  const e = expected ?? (html ? sibling(html, /\.html?$/i, '.expected.json') : undefined);
  if (!h || !e) throw new Error("give the snapshot's .html and .expected.json (or one of them, with the other beside it)");
  for (const f of [h, e]) if (!existsSync(f)) throw new Error(`not found: ${f}`);
  return { html: h, expected: e };
}

const ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** Where the pair goes: platform and page from the expected file, the first free name. */
export function plan(pair: Pair, dir = FIXTURES): Planned {
  const expected = pair.expectedText;
  let e: { platform?: unknown; page?: unknown; url?: unknown; captures?: unknown };
  try {
    e = JSON.parse(expected) as typeof e;
  } catch {
    throw new Error(`${basename(pair.expected)} is not JSON`);
  }
  if (typeof e.platform !== 'string' || !ID.test(e.platform)) throw new Error('the expected file has no valid "platform"');
  if (typeof e.page !== 'string' || !ID.test(e.page)) throw new Error('the expected file has no valid "page" (an unknown page kind cannot be a fixture)');
  if (typeof e.url !== 'string' || !Array.isArray(e.captures)) throw new Error('the expected file has no "url" or "captures"');
  if (e.page === 'unknown') throw new Error('the page kind is "unknown": StageLens does not read this page yet');
  const html = pair.htmlText;
  if (!/<html[\s>]/i.test(html)) throw new Error(`${basename(pair.html)} is not an HTML page`);
  // a snapshot holds nothing that runs or loads; anything else was not saved by StageLens (or was
  // edited since) and is refused rather than committed as a test page
  const live = /<script\b|<[a-z][^>]*\s(?:on[a-z]+|src|srcset|srcdoc)\s*=|<link\b|url\(\s*['"]?(?:https?:|\/\/|data:)/i.exec(html);
  if (live) throw new Error(`${basename(pair.html)} holds "${live[0].trim()}": not a StageLens snapshot (save it again from the side panel)`);
  const pdir = join(dir, e.platform);
  let name = e.page;
  for (let n = 2; existsSync(join(pdir, `${name}.html`)) || existsSync(join(pdir, `${name}.expected.json`)); n++) name = `${e.page}-${n}`;
  return {
    platform: e.platform,
    page: e.page,
    name: `${e.platform}/${name}.html`,
    htmlPath: join(pdir, `${name}.html`),
    expectedPath: join(pdir, `${name}.expected.json`),
    html,
    expected,
  };
}

export function write(p: Planned): void {
  mkdirSync(dirname(p.htmlPath), { recursive: true });
  writeFileSync(p.htmlPath, p.html);
  writeFileSync(p.expectedPath, p.expected.endsWith('\n') ? p.expected : `${p.expected}\n`);
}

/** The vitest name filter for one fixture (test names are `fixture pages <platform>/<file>`). */
export const testPattern = (name: string): string => `${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;

/** The command that checks one added page: the fixture test itself for tests/fixtures, the
 *  same assertions (tests/snapshot/fixture-check.test.ts) for another directory. */
export function checkCommand(p: Planned, dir: string): { args: string[]; env: Record<string, string> } {
  if (resolve(dir) === FIXTURES) return { args: ['vitest', 'run', 'tests/extract/fixtures.test.ts', '-t', testPattern(p.name)], env: {} };
  return { args: ['vitest', 'run', 'tests/snapshot/fixture-check.test.ts'], env: { STAGELENS_FIXTURE: p.htmlPath } };
}

export function main(argv: string[]): number {
  const args = [...argv];
  let dir = FIXTURES;
  const d = args.indexOf('--dir');
  if (d >= 0) {
    if (!args[d + 1]) {
      console.error('fixture:add: --dir needs a directory');
      return 2;
    }
    dir = resolve(args[d + 1]!);
    args.splice(d, 2);
  }
  if (!args.length || args.includes('--help')) {
    console.log('usage: npm run fixture:add -- <platform>-<page>.zip\n       npm run fixture:add -- <platform>-<page>.html <platform>-<page>.expected.json');
    return args.length ? 0 : 2;
  }
  let p: Planned;
  try {
    p = plan(readPair(args), dir);
  } catch (e) {
    console.error(`fixture:add: ${(e as Error).message}`);
    return 2;
  }
  write(p);
  console.log(`added ${p.htmlPath}\n      ${p.expectedPath}`);
  console.log('It is marked "review": "to review": check the page and every expected number, then remove that line.');
  const c = checkCommand(p, dir);
  const r = spawnSync('npx', c.args, { stdio: 'inherit', cwd: ROOT, env: { ...process.env, ...c.env } });
  return r.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exit(main(process.argv.slice(2)));
