/**
 * `npm run extract -- <saved-page.html> --url <page-url>`: read a saved backend page offline with
 * the same reader the content script runs, and print what it read as one JSON object on stdout
 * (lib/extract/summary.ts). Errors go to stderr with exit code 2.
 *
 * The page is parsed into happy-dom (no scripts run, nothing is fetched); `<template
 * shadowrootmode>` becomes a shadow root as in Chromium. Without --url, the `<!-- saved from
 * url=(NNNN)https://… -->` comment Chrome writes into a saved page is used, if present.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { attachDeclarativeShadowRoots } from '../lib/extract/dsd';
import { extractPage } from '../lib/extract/page';
import { summarise } from '../lib/extract/summary';
import { adapterForUrl } from '../lib/platforms/registry';
import { HOSTS } from '../lib/platforms/hosts';

class UsageError extends Error {}

const USAGE = 'usage: npm run extract -- <saved-page.html> --url <page-url>';

function parseArgs(argv: string[]): { file: string; url?: string } {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') {
      url = argv[++i];
      if (!url) throw new UsageError(`--url needs a value\n${USAGE}`);
    } else if (a.startsWith('--url=')) url = a.slice('--url='.length);
    else if (a === '-h' || a === '--help') throw new UsageError(USAGE);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else if (file) throw new UsageError(`one page at a time (got ${file} and ${a})\n${USAGE}`);
    else file = a;
  }
  if (!file) throw new UsageError(USAGE);
  return url === undefined ? { file } : { file, url };
}

/** Chrome's "Save page as" marks the page with `<!-- saved from url=(0061)https://… -->`. */
const savedFrom = (html: string): string | undefined => /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${args.file}: ${(e as Error).message}`);
  }
  const href = args.url ?? savedFrom(html);
  if (!href) throw new UsageError(`no --url given and the page does not say where it was saved from\n${USAGE}`);
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new UsageError(`not a URL: ${href}`);
  }
  const adapter = adapterForUrl(url.href);
  if (!adapter) throw new UsageError(`no adapter reads ${url.hostname} (StageLens reads: ${HOSTS.join(', ')})`);

  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    attachDeclarativeShadowRoots(doc);
    const capture = extractPage(doc, href, adapter, { now: 0 });
    process.stdout.write(`${JSON.stringify(summarise(capture), null, 2)}\n`);
  } finally {
    await window.happyDOM.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`extract: ${e instanceof UsageError ? e.message : ((e as Error)?.stack ?? String(e))}\n`);
  process.exitCode = 2;
});
