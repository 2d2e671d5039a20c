import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attachDeclarativeShadowRoots } from '../../lib/extract/dsd';

export { attachDeclarativeShadowRoots };

export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

import type { FixtureExpected } from '../../lib/snapshot/expected';

/** The expected-values file format (one definition, in lib/snapshot/expected.ts). */
export type Expected = FixtureExpected;

export interface Fixture {
  name: string;
  platform: string;
  html: string;
  htmlPath: string;
  expected: Expected;
}

/** Every `<platform>/<page>.html` with its `<page>.expected.json`. */
export function listFixtures(dir = FIXTURES_DIR): Fixture[] {
  const out: Fixture[] = [];
  for (const platform of readdirSync(dir).sort()) {
    const pdir = join(dir, platform);
    for (const file of readdirSync(pdir).sort()) {
      if (!file.endsWith('.html')) continue;
      const expPath = join(pdir, file.replace(/\.html$/, '.expected.json'));
      if (!existsSync(expPath)) throw new Error(`fixture ${platform}/${file} has no expected file`);
      out.push({
        name: `${platform}/${file}`,
        platform,
        htmlPath: join(pdir, file),
        html: readFileSync(join(pdir, file), 'utf8'),
        expected: JSON.parse(readFileSync(expPath, 'utf8')) as Expected,
      });
    }
  }
  return out;
}

/** Parse a fixture into a fresh document; `<template shadowrootmode>` becomes a real shadow root,
 *  as Chromium's parser does, so shadow-DOM fixtures read the same here and in the browser. */
export function loadFixtureDocument(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachDeclarativeShadowRoots(doc);
  return doc;
}
