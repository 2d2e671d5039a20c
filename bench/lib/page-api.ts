/** A bench entry (bench/browser/<name>-entry.ts, which sets its API on globalThis) in its own page. */
import type { BrowserContext, Page } from 'playwright-core';
import { bundle } from './bundle';
import { BENCH_ORIGIN } from './host';

type Api = Record<string, Record<string, (...x: unknown[]) => Promise<unknown>>>;

/** `call(fn, ...args)` runs `globalThis[name][fn](...args)` in `page` and returns its result. */
const pageApi =
  (page: Page, name: string) =>
  <T>(fn: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(([g, f, a]) => (globalThis as unknown as Api)[g]![f]!(...a), [name, fn, args] as const) as Promise<T>;

/** A blank page at BENCH_ORIGIN/<name> (answered from `pages`, ./host.ts) with the entry loaded; the
 *  caller closes the page. */
export async function entryPage(context: BrowserContext, pages: Map<string, string>, name: string, global: string) {
  const code = await bundle(`bench/browser/${name}-entry.ts`);
  pages.set(`/${name}`, `<!doctype html><html><head><meta charset="utf-8"><title>${name} bench</title></head><body></body></html>`);
  const page = await context.newPage();
  try {
    await page.goto(`${BENCH_ORIGIN}/${name}`);
    await page.addScriptTag({ content: code });
  } catch (e) {
    await page.close();
    throw e;
  }
  return { page, call: pageApi(page, global) };
}
