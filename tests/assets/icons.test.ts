/** The committed icons are real PNGs at the sizes lib/icons.ts names (rendered by scripts/icons.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ICON_SIZES, iconPaths } from '../../lib/icons';
import { pngSize } from '../helpers/png';

describe('icons', () => {
  it.each(ICON_SIZES)('public/icon/%i.png is a PNG of that size', (size) => {
    expect(pngSize(readFileSync(`public/icon/${size}.png`))).toEqual({ width: size, height: size });
  });

  it('names the manifest paths by size', () => {
    expect(iconPaths([16, 32])).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png' });
    expect(Object.keys(iconPaths())).toEqual(ICON_SIZES.map(String));
  });
});
