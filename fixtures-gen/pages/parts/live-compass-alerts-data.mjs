/**
 * The alerting big screen's timeline (live/compass-screen-alerts.jsx and its truth file): a
 * healthy start, a reconnect that shows 0s under a spinner, the viewers falling by half and
 * staying there, a one-off dip, then sales stopping while the room keeps moving. Every step is
 * shown at LOAD_MS + STEP_MS·i; GMV rolls (odometer) when it changes. Fixed numbers, no clock.
 *
 * Minutes are compressed: the test sets the alert windows in fractions of a minute (15 s for the
 * viewers' window, 18 s for "GMV flat"), so ~80 s of page stand for about half an hour of live.
 */
export const LOAD_MS = 800;
export const STEP_MS = 6000;
export const ROLL_MS = 2000;
/** the reconnect: the indicators show 0 under an antd spin, this long, from step RECONNECT's time */
export const RECONNECT = 2;
export const RECONNECT_MS = 6000;
/** the one-off dip: online shows DIP_VALUE for DIP_MS, half-way through step DIP_STEP */
export const DIP_STEP = 9;
export const DIP_VALUE = 240;
export const DIP_MS = 1500;

// gmv: cents never end in 0 (odometer.js drops a trailing zero)
export const STEPS = [
  { gmv: 120641.35, currentOnline: 3012, viewers: 40215, buyers: 1904 },
  { gmv: 123768.46, currentOnline: 3047, viewers: 40803, buyers: 1931 },
  // RECONNECT: shown after the spinner (the 0s under it are never numbers)
  { gmv: 127026.59, currentOnline: 3021, viewers: 41390, buyers: 1962 },
  { gmv: 129258.97, currentOnline: 3068, viewers: 41902, buyers: 1990 },
  // the viewers halve here and stay
  { gmv: 130841.31, currentOnline: 1496, viewers: 42207, buyers: 2004 },
  { gmv: 131377.23, currentOnline: 1471, viewers: 42391, buyers: 2011 },
  // the last sale: GMV is flat from here on
  { gmv: 131902.87, currentOnline: 1518, viewers: 42566, buyers: 2017 },
  { gmv: 131902.87, currentOnline: 1509, viewers: 42671, buyers: 2017 },
  { gmv: 131902.87, currentOnline: 1533, viewers: 42760, buyers: 2017 },
  { gmv: 131902.87, currentOnline: 1492, viewers: 42858, buyers: 2017 },
  { gmv: 131902.87, currentOnline: 1514, viewers: 42950, buyers: 2017 },
  { gmv: 131902.87, currentOnline: 1501, viewers: 43049, buyers: 2017 },
  { gmv: 131902.87, currentOnline: 1527, viewers: 43133, buyers: 2017 },
];
export const DROP_STEP = 4;
export const LAST_SALE_STEP = 6;
export const END_MS = LOAD_MS + STEP_MS * STEPS.length;
export const stepAt = (i) => LOAD_MS + STEP_MS * i;

export const money = (v) => v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const count = (v) => v.toLocaleString('en-US');
