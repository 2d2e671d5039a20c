/** Bundle a browser entry (and what it imports from lib/) into one IIFE script, in memory. */
import { build } from 'esbuild';
import { resolve } from 'node:path';

export async function bundle(entry: string, minify = true): Promise<string> {
  const out = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}
