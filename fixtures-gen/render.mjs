/**
 * Shared by every page of the generator: bundle a page's entry with esbuild, then either
 *  - render it in Debian's Chromium and keep the DOM the libraries produced (static fixture
 *    pages: no script left, read by vitest/happy-dom and served to Chromium in the e2e run), or
 *  - keep it as a living page (HTML with the bundle inline: count-ups, odometers, async data,
 *    period switches and SPA navigation run in the e2e run).
 *
 * Output is reproducible: the same sources give the same bytes (no time, no random unless
 * seeded by the page itself).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One page's entry (a .jsx that renders into document.body and sets window.__rendered = true
 *  when its DOM is final) bundled into one IIFE string. */
export async function bundle(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react', // not the extension's preact (its tsconfig.json sits above this folder)
    tsconfigRaw: '{}',
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.css': 'css', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    outdir: 'out', // not written (write: false); names the css output
    logLevel: 'warning',
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

const shell = (title, css, body) =>
  `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${css ? `<style>${css}</style>` : ''}</head><body>${body}</body></html>\n`;

let browserP = null;
function browser() {
  browserP ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  return browserP;
}
export async function closeBrowser() {
  if (browserP) await (await browserP).close();
  browserP = null;
}

/**
 * Render `entry` at `url` (answered locally, so location/pathname are the real ones) and return
 * the settled DOM as HTML: scripts removed, open shadow roots written as declarative shadow DOM
 * (`<template shadowrootmode="open">`), which Chromium's parser and tests/helpers/fixtures.ts
 * turn back into real shadow roots.
 */
export async function renderStatic(entry, url, { title = 'fixture', viewport = { width: 1440, height: 900 } } = {}) {
  const { js, css } = await bundle(entry);
  const b = await browser();
  const ctx = await b.newContext({ viewport, locale: 'zh-CN' });
  const page = await ctx.newPage();
  const html = shell(title, css, `<script>${js.replace(/<\/script/gi, '<\\/script')}</script>`);
  await page.route('**/*', (r) => (r.request().url().split('#')[0] === url.split('#')[0] ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : r.fulfill({ status: 404, body: '' })));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.__rendered === true, null, { timeout: 30_000 });
  const out = await page.evaluate(() => {
    for (const s of [...document.querySelectorAll('script')]) s.remove();
    const roots = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          roots.push(el.shadowRoot);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    return '<!doctype html>\n' + document.documentElement.getHTML({ shadowRoots: roots, serializableShadowRoots: true }).replace(/^/, '<html lang="zh-CN">') + '</html>\n';
  });
  await ctx.close();
  if (errors.length) throw new Error(`${entry}: ${errors.join('; ')}`);
  return out;
}

/** A living page: the bundle inline, run by the browser that loads it. */
export async function renderLiving(entry, { title = 'fixture' } = {}) {
  const { js, css } = await bundle(entry);
  return shell(title, css, `<div id="root"></div><script>${js.replace(/<\/script/gi, '<\\/script')}</script>`);
}

export function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
