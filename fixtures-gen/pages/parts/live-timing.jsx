/**
 * Shared by the living pages: every delay comes from the URL so tests run fast and the same way
 * each time. `?speed=N` (or `#speed=N`, which keeps the served URL unchanged) divides every
 * delay; the default 1 is the real timing. No Math.random, no Date.now: a seeded generator.
 */
import { createRoot } from 'react-dom/client';

function readSpeed() {
  const q = new URLSearchParams(location.search).get('speed');
  const h = new URLSearchParams(location.hash.replace(/^#/, '')).get('speed');
  const n = Number(q ?? h ?? window.__FIXTURE_SPEED__ ?? 1);
  return Number.isFinite(n) && n > 0 ? n : 1;
}
export const SPEED = readSpeed();
/** a real-time delay in ms, scaled by ?speed */
export const ms = (t) => t / SPEED;
export const after = (t, fn) => setTimeout(fn, ms(t));

export { seeded } from './live-seeded.mjs';

/** window.__fixture: what a test reads to know the page's phase (never read by the extension's
 *  reader as a number source: it is a JS global, not DOM). */
export function fixture(patch) {
  window.__fixture = Object.assign(window.__fixture ?? { speed: SPEED, log: [] }, patch);
  if (patch.phase) window.__fixture.log.push(patch.phase);
  window.dispatchEvent(new Event('__fixture'));
  return window.__fixture;
}

export function mount(el) {
  createRoot(document.getElementById('root')).render(el);
}

/** 1234567.8 → "1,234,567.80" (decimals fixed) */
export const fmt = (v, decimals = 0) =>
  v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
