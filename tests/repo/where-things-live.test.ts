/**
 * INTERNALS.md's "Where things live" table and CONTRIBUTING.md's "Where is …?" questions: every
 * path the table names exists (`<id>` for every platform id), and every question has its row and
 * every row its question, so a newcomer's question leads to a file that is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/new-platform';
import { PLATFORMS } from '../../lib/platforms/registry';

const section = (file: string, heading: string): string => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const at = text.indexOf(`\n${heading}\n`);
  expect(at, `${file} has no "${heading}"`).toBeGreaterThanOrEqual(0);
  return text.slice(at + heading.length + 2).split(/\n## /)[0]!;
};

/** rows of the table: thing → the paths in its Where cell */
function tableRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of section('INTERNALS.md', '## Where things live').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || cells[1] === 'Thing' || /^-+$/.test(cells[1]!)) continue;
    rows.set(
      cells[1]!,
      [...cells[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
    );
  }
  return rows;
}

function questions(): string[] {
  return [...section('CONTRIBUTING.md', '## Where is …?').matchAll(/^- \*\*([^*]+)\*\*: .+\?$/gm)].map((m) => m[1]!);
}

describe('where things live', () => {
  const rows = tableRows();

  it('the table has its rows, each naming at least one path', () => {
    expect(rows.size).toBeGreaterThanOrEqual(13);
    for (const [thing, paths] of rows) expect(paths.length, thing).toBeGreaterThan(0);
  });

  it('every path in the table exists', () => {
    const missing: string[] = [];
    for (const [thing, paths] of rows) {
      for (const p of paths) {
        const concrete = p.includes('<id>') ? Object.keys(PLATFORMS).map((id) => p.replaceAll('<id>', id)) : [p];
        for (const c of concrete) if (!existsSync(join(ROOT, c))) missing.push(`${thing}: ${c}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every CONTRIBUTING question has its row, and every row its question', () => {
    const asked = questions();
    expect(asked.length).toBeGreaterThanOrEqual(13);
    expect(asked.filter((q) => !rows.has(q))).toEqual([]);
    expect([...rows.keys()].filter((r) => !asked.includes(r))).toEqual([]);
  });

  it('the rows the issue asks for are there', () => {
    for (const thing of [
      'metric',
      'alias',
      'band',
      'stage cut points',
      'advice rule',
      'checklist item',
      'capture path',
      'message types',
      'store tables',
      'settings',
      'i18n words',
      'platform adapter',
      'fixtures',
    ]) {
      expect(rows.has(thing), thing).toBe(true);
    }
  });
});
