/**
 * Why is a module in a bundle: the import chain from an entry to the first input whose path
 * contains the given text (esbuild's metafile of the same sources; the import graph is the
 * one Vite bundles, lazy imports shown as such).
 *
 *   npx tsx bench/lib/why.ts entrypoints/sidepanel/main.tsx node_modules/zod/
 */
import { build } from 'esbuild';

export async function why(entry: string, target: string): Promise<string[] | null> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: '/tmp/stagelens-why',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    logLevel: 'silent',
  });
  const ins = r.metafile.inputs;
  // breadth first over static imports only, then dynamic ones: the chain shows the eager path if there is one
  const parent = new Map<string, [string, string] | null>([[entry, null]]);
  for (const kinds of [['import-statement'], ['import-statement', 'dynamic-import']]) {
    const q = [...parent.keys()];
    while (q.length) {
      const f = q.shift()!;
      for (const i of ins[f]?.imports ?? [])
        if (kinds.includes(i.kind) && !parent.has(i.path)) {
          parent.set(i.path, [f, i.kind]);
          q.push(i.path);
        }
    }
  }
  const hit = Object.keys(ins).find((f) => f.includes(target) && parent.has(f));
  if (!hit) return null;
  const chain: string[] = [];
  for (let x: string | undefined = hit; x; ) {
    const p = parent.get(x);
    chain.push(p && p[1] === 'dynamic-import' ? `${x}  (lazy)` : x);
    x = p?.[0];
  }
  return chain.reverse();
}

if (process.argv[1]?.endsWith('why.ts')) {
  const [entry, ...targets] = process.argv.slice(2);
  for (const t of targets) console.log(`${t}:\n  ${(await why(entry!, t))?.join('\n  → ') ?? 'not in the bundle'}\n`);
}
