/**
 * The fixture test for one page outside tests/fixtures: `STAGELENS_FIXTURE=<dir>/<platform>/
 * <page>.html`, as `npm run fixture:add -- --dir <dir>` runs it (check.ts holds the fixture
 * test's assertions). Skipped when the variable is not set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expected } from '../helpers/fixtures';
import { expectFixturePasses } from '../helpers/expect-fixture';

const file = process.env.STAGELENS_FIXTURE;

describe.runIf(Boolean(file))('added fixture page', () => {
  it(file ? `${basename(dirname(file))}/${basename(file)}` : 'none', () => {
    const expPath = file!.replace(/\.html$/, '.expected.json');
    expect(existsSync(expPath), `${expPath} exists`).toBe(true);
    const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
    expect(basename(dirname(file!))).toBe(exp.platform);
    expectFixturePasses(readFileSync(file!, 'utf8'), exp);
  });
});
