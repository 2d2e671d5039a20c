/** Figure 6: gzip sizes (zlib.gzipSync, default level) of the built files. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fig, notMeasured, type Results } from '../lib/stats';

const gz = (file: string): number => gzipSync(readFileSync(file)).length;
const kib = (n: number): number => n / 1024;

export function sizesFigure(extDir: string): Results {
  const out: Results = {};
  const content = join(extDir, 'content-scripts/content.js');
  out['size.contentScript'] = existsSync(content)
    ? fig(kib(gz(content)), 15, 'KiB gz', `content-scripts/content.js: ${readFileSync(content).length} B raw`)
    : notMeasured('KiB gz', 15, `${content} missing`);
  const bg = join(extDir, 'background.js');
  out['size.background'] = existsSync(bg) ? fig(kib(gz(bg)), null, 'KiB gz', `background.js: ${readFileSync(bg).length} B raw`) : notMeasured('KiB gz', null, 'background.js missing');

  const html = join(extDir, 'sidepanel.html');
  if (!existsSync(html)) {
    out['size.sidePanel'] = notMeasured('KiB gz', 80, 'sidepanel.html missing');
    return out;
  }
  // the panel's JS and CSS: every script/modulepreload/stylesheet the html names (chunks shared
  // with nothing else here: the background and content script are single files)
  const text = readFileSync(html, 'utf8');
  const refs = new Set<string>();
  for (const m of text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.add(m[1]!);
  let total = 0, raw = 0;
  const parts: string[] = [];
  for (const ref of refs) {
    const file = join(extDir, ref.replace(/^\//, '').replace(/^\.\//, ''));
    if (!existsSync(file)) continue;
    const g = gz(file);
    total += g;
    raw += readFileSync(file).length;
    parts.push(`${ref} ${(g / 1024).toFixed(1)}`);
  }
  // dynamic imports of the panel (lazy chunks) load later; listed, not counted
  const lazy = existsSync(join(extDir, 'chunks')) ? readdirSync(join(extDir, 'chunks')).filter((f) => ![...refs].some((r) => r.endsWith(f))) : [];
  out['size.sidePanel'] = fig(kib(total), 80, 'KiB gz', `sidepanel.html's JS + CSS: ${parts.join(', ')} (${raw} B raw)${lazy.length ? `; not counted (lazy chunks): ${lazy.join(', ')}` : ''}`);
  return out;
}
