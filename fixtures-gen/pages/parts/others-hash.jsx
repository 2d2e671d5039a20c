/**
 * Hash-only class names like the ones 快手小店 / 抖店 builds emit (`crd_f4GtCj5DDlHD_Skc`,
 * `JYmB5tXIR_uNCGUkMjen`, REAL-DOM.md §5 idx:17591635631): 20 characters, no readable stem.
 * Deterministic (FNV-1a of the name), so a page renders to the same bytes every time.
 */
const ABC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';

export function hashOnly(name, len = 20) {
  let h = 0x811c9dc5;
  let out = '';
  for (let i = 0; out.length < len; i++) {
    const c = name.charCodeAt(i % name.length) + i;
    h ^= c;
    h = Math.imul(h, 0x01000193) >>> 0;
    out += ABC[h % ABC.length];
  }
  // a class must not start with a digit
  return /^[0-9]/.test(out) ? 'x' + out.slice(1) : out;
}

/** `name--Ab3dE` / `name-Ab3dEf` style (CSS modules of the 2021–26 builds). */
export function moduleClass(name, sep = '-', len = 6) {
  return `${name}${sep}${hashOnly(name, len)}`;
}

/** Install a stylesheet once (the page's own app CSS, kept by the renderer with the DOM). */
export function useSheet(css, root = document.head) {
  const s = document.createElement('style');
  s.textContent = css;
  root.appendChild(s);
}

/** Seeded Math.random (mulberry32) so library-made ids (rc-menu's uuid) are the same on every
 *  render: the renderer promises the same bytes from the same sources. */
let seed = 0x5eed1e55;
Math.random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
