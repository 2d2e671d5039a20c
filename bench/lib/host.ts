/**
 * A plain https origin for benchmark pages that no content script matches: requests to it are
 * answered from memory by the browser context (no server, no network).
 */
import type { BrowserContext } from 'playwright-core';

export const BENCH_ORIGIN = 'https://bench.stagelens.test';

export async function benchHost(context: BrowserContext): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  await context.route(`${BENCH_ORIGIN}/**`, (route) => {
    const u = new URL(route.request().url());
    const body = pages.get(u.pathname + u.search) ?? pages.get(u.pathname);
    if (body === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no bench page' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return pages;
}
