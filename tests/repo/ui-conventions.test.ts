/** The panel's own conventions, checked over its source files. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|html)$/.test(f) ? [p] : [];
  });
}
const SOURCES = [...files('components'), ...files('entrypoints'), ...files('lib/view-model'), ...files('lib/i18n')];

describe('side panel conventions', () => {
  it('never sets markup from strings (no dangerouslySetInnerHTML / innerHTML / insertAdjacentHTML)', () => {
    const bad = SOURCES.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('components hold no metric, stage, checklist or rule data (that lives in lib/)', () => {
    // a table of thresholds or catalogue entries in a component shows up as these shapes
    const bad = SOURCES.filter(
      (f) => f.startsWith('components') && /\b(better|higherIsBetter)\s*:\s*['"]|\bpillar\s*:\s*['"]|\bthreshold\s*:\s*\d/.test(readFileSync(f, 'utf8')),
    );
    expect(bad).toEqual([]);
  });
  it('the panel style keeps absolutely placed text inside its scrollers (a 320 px overflow once)', () => {
    const css = readFileSync('entrypoints/sidepanel/style.css', 'utf8');
    for (const sel of ['.scroll-x', '.scroll-y']) {
      const rule = new RegExp(`^\\${sel} \\{[^}]*position: relative`, 'm');
      expect(css, sel).toMatch(rule);
    }
    expect(css).toMatch(/@media \(max-width: 360px\)/);
  });
});
