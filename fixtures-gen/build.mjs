/**
 * Build every fixture page (or those whose path contains an argument):
 *   pages/static/<platform>/<name>.jsx → ../tests/fixtures/<platform>/<name>.html  (rendered, no script)
 *   pages/live/<name>.jsx              → ../tests/fixtures-live/<name>.html       (bundle inline)
 * A page's first line names the URL it is rendered at: `// url: https://compass.jinritemai.com/shop`.
 * Shared page parts live in pages/parts/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderStatic, renderLiving, write, closeBrowser } from './render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tests = join(here, '..', 'tests');
const filters = process.argv.slice(2);
const want = (p) => filters.length === 0 || filters.some((f) => p.includes(f));
const urlOf = (file) => /^\/\/\s*url:\s*(\S+)/.exec(readFileSync(file, 'utf8'))?.[1];

const jobs = [];
const staticDir = join(here, 'pages', 'static');
for (const platform of readdirSync(staticDir).sort().filter((d) => !d.startsWith('.'))) {
  for (const f of readdirSync(join(staticDir, platform)).sort()) {
    if (!f.endsWith('.jsx')) continue;
    const src = join(staticDir, platform, f);
    const url = urlOf(src);
    if (!url) throw new Error(`${src}: first line must be // url: https://…`);
    jobs.push({ src, out: join(tests, 'fixtures', platform, f.replace(/\.jsx$/, '.html')), url });
  }
}
const liveDir = join(here, 'pages', 'live');
for (const f of readdirSync(liveDir).sort()) {
  if (f.endsWith('.jsx')) jobs.push({ src: join(liveDir, f), out: join(tests, 'fixtures-live', f.replace(/\.jsx$/, '.html')), living: true });
}

try {
  for (const j of jobs.filter((j) => want(j.src))) {
    const html = j.living ? await renderLiving(j.src) : await renderStatic(j.src, j.url);
    write(j.out, html);
    console.log(`${j.out.slice(tests.length + 1)}  ${(html.length / 1024).toFixed(0)} KB`);
  }
} finally {
  await closeBrowser();
}
