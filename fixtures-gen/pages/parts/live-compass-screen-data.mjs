/**
 * The big screen's sequence (live/compass-screen-odometer.jsx and its truth file): 5 steps drawn
 * from a fixed seed. GMV cents never end in 0, since odometer.js writes value.toString() and
 * would drop a trailing zero.
 */
import { seeded } from './live-seeded.mjs';

const rnd = seeded(7391234);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

export const STEPS = [];
let gmv = 1206418.35;
let viewers = 48215;
let buyers = 2904;
let watch = 138;
for (let i = 0; i < 5; i++) {
  if (i > 0) {
    gmv += int(6000, 28000) + int(1, 99) / 100;
    viewers += int(300, 1400);
    buyers += int(20, 90);
    watch += int(-3, 6);
  }
  let cents = Math.round(gmv * 100);
  if (cents % 10 === 0) cents += 3;
  gmv = cents / 100;
  STEPS.push({
    gmv,
    currentOnline: int(2900, 4200),
    viewers,
    buyers,
    gpm: Math.round((gmv / viewers) * 1000 * 100) / 100,
    avgWatchSeconds: watch,
  });
}

export const money = (v) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const count = (v) => v.toLocaleString('en-US');
export const duration = (s) => [Math.floor(s / 60), s % 60];
