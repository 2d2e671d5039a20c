/**
 * Figure 6: gzip sizes (zlib.gzipSync, default level) of the built files.
 *
 * The side panel is counted as what its first paint loads (the script, modulepreloads and
 * stylesheets sidepanel.html names) and, separately, in total (every chunk: the lazy views too).
 * What fills each bundle comes from a second build with source maps (`composition`): raw bytes
 * by package or repo folder, so a note says where the size is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { composition, groupOf } from '../lib/composition';
import { fig, notMeasured, type Results } from '../lib/stats';

const gz = (file: string): number => gzipSync(readFileSync(file)).length;
const kib = (n: number): number => n / 1024;
const k1 = (n: number): string => (n / 1024).toFixed(1);

/** "lib/extract 21.6, lib/platforms 14.3, …" (KiB raw, largest first) for the given built files. */
function whatFills(files: string[], top = 8): string {
  const groups = new Map<string, number>();
  for (const f of files) {
    if (!existsSync(`${f}.map`)) continue;
    for (const [src, b] of composition(f).bySource) groups.set(groupOf(src), (groups.get(groupOf(src)) ?? 0) + b);
  }
  if (!groups.size) return '';
  return [...groups]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([g, b]) => `${g} ${k1(b)}`)
    .join(', ');
}

/** Build again with source maps into a temporary directory; null when that fails. */
function mapBuild(log: (s: string) => void): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'stagelens-sizes-'));
  try {
    execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, STAGELENS_OUT: dir, STAGELENS_SOURCEMAP: '1' }, stdio: 'ignore' });
    return join(dir, 'chrome-mv3');
  } catch (e) {
    log(`  size: source-map build failed (${String(e).slice(0, 200)}); no composition notes`);
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const panelRefs = (dir: string): string[] => {
  const html = join(dir, 'sidepanel.html');
  if (!existsSync(html)) return [];
  const refs = new Set<string>();
  for (const m of readFileSync(html, 'utf8').matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.add(m[1]!.replace(/^\.?\//, ''));
  return [...refs];
};

/** The panel's files: chunks/ and assets/ hold only the panel's (background and content script are single files). */
const panelAll = (dir: string): string[] =>
  ['chunks', 'assets'].flatMap((d) =>
    existsSync(join(dir, d))
      ? readdirSync(join(dir, d))
          .filter((f) => /\.(js|css)$/.test(f))
          .map((f) => `${d}/${f}`)
      : [],
  );

export function sizesFigure(extDir: string, log: (s: string) => void = () => undefined, withComposition = true): Results {
  const out: Results = {};
  const maps = withComposition ? mapBuild(log) : null;
  const fills = (rel: string[]): string => {
    if (!maps) return '';
    const w = whatFills(rel.map((r) => join(maps, r)));
    return w ? `; what fills it (KiB raw, from a source-map build): ${w}` : '';
  };
  try {
    // one content script per backend: the figure is the largest, the one a page pays most for
    const csDir = join(extDir, 'content-scripts');
    const scripts = existsSync(csDir) ? readdirSync(csDir).filter((f) => f.endsWith('.js')) : [];
    const biggest = scripts.sort((a, b) => gz(join(csDir, b)) - gz(join(csDir, a)))[0];
    out['size.contentScript'] = biggest
      ? fig(
          kib(gz(join(csDir, biggest))),
          21,
          'KiB gz',
          `the largest of ${scripts.length} per-backend scripts, content-scripts/${biggest}: ${k1(readFileSync(join(csDir, biggest)).length)} KiB raw (smallest ${kib(Math.min(...scripts.map((f) => gz(join(csDir, f)))))} KiB gz)${fills([`content-scripts/${biggest}`])}`,
        )
      : notMeasured('KiB gz', 21, `${csDir} has no script`);
    const bg = join(extDir, 'background.js');
    out['size.background'] = existsSync(bg)
      ? fig(kib(gz(bg)), null, 'KiB gz', `background.js: ${k1(readFileSync(bg).length)} KiB raw${fills(['background.js'])}`)
      : notMeasured('KiB gz', null, 'background.js missing');

    const first = panelRefs(extDir).filter((r) => existsSync(join(extDir, r)));
    if (!first.length) {
      out['size.sidePanel'] = notMeasured('KiB gz', 80, 'sidepanel.html missing or names no script');
      return out;
    }
    const sum = (files: string[]) => files.reduce((a, f) => a + gz(join(extDir, f)), 0);
    const raw = (files: string[]) => files.reduce((a, f) => a + readFileSync(join(extDir, f)).length, 0);
    const all = panelAll(extDir);
    const lazy = all.filter((f) => !first.includes(f));
    // the same files in the source-map build have other hashes: match them by name before the hash
    const stem = (f: string) => f.replace(/-[\w-]{8}\.(js|css)$/, '');
    const mapFiles = (files: string[]) => (maps ? panelAll(maps).filter((m) => files.some((f) => stem(f) === stem(m))) : []);
    const list = (files: string[]) => files.map((f) => `${f} ${k1(gz(join(extDir, f)))}`).join(', ');
    out['size.sidePanel'] = fig(
      kib(sum(first)),
      80,
      'KiB gz',
      `first load (what sidepanel.html names): ${list(first)} (${k1(raw(first))} KiB raw)${fills(mapFiles(first))}`,
      {
        files: first.length,
        rawKiB: Math.round(kib(raw(first))),
      },
    );
    out['size.sidePanelTotal'] = fig(
      kib(sum(all)),
      null,
      'KiB gz',
      `every panel chunk, the lazy ones too (loaded on first use of Trends, Growth, Data, export/import, snapshot): lazy ${list(lazy) || 'none'}`,
      {
        files: all.length,
        lazyKiBgz: Math.round(kib(sum(lazy)) * 10) / 10,
      },
    );
    return out;
  } finally {
    if (maps) rmSync(join(maps, '..'), { recursive: true, force: true });
  }
}
