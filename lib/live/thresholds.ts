/**
 * The live alerts' thresholds, as data (editable in settings: `liveAlerts`). Times are in
 * minutes of the session's clock; fractions are allowed (a test drives a page whose minutes are
 * compressed into seconds by setting fractions, rather than by faking the clock).
 *
 * Why these defaults:
 * - viewers: a 30 % fall from the window's peak within 5 minutes is what an operator reacts to
 *   (the official big screens colour a falling 实时在线 at about that size), and at least 20
 *   people so a 12 → 8 room is not "a collapse";
 * - conversion: a cumulative rate moves slowly; losing a fifth of it within 10 minutes means the
 *   recent minutes converted far worse than the session so far;
 * - refunds: refunds in a window worth 30 % of the window's new GMV (and at least ¥200), or 5 new
 *   refunded orders in it, is a spike rather than the usual trickle;
 * - GMV flat: nothing sold for 10 minutes while the page kept moving;
 * - own history: below the lower quartile of the shop's own past sessions at the same minute,
 *   once there are 3 such sessions (fewer give no quartile worth the name) and after 10 minutes
 *   (the first minutes of any session are noise);
 * - band: a conversion rate under its stage band's low edge, after 15 minutes (a rate over a
 *   handful of viewers means nothing).
 * - persistReads: a condition must hold on 2 settled reads in a row before it fires, and fail on
 *   2 in a row before its episode ends: one odd read neither fires nor ends an alert.
 */
export interface AlertThresholds {
  viewersDrop: { windowMin: number; dropPct: number; minDrop: number };
  conversionFall: { windowMin: number; fallPct: number };
  refundSpike: { windowMin: number; shareOfGmv: number; minAmount: number; minOrders: number };
  gmvFlat: { flatMin: number };
  ownHistory: { minSessions: number; afterMin: number };
  band: { afterMin: number };
  persistReads: number;
}

export const DEFAULT_THRESHOLDS: Readonly<AlertThresholds> = Object.freeze({
  viewersDrop: { windowMin: 5, dropPct: 0.3, minDrop: 20 },
  conversionFall: { windowMin: 10, fallPct: 0.2 },
  refundSpike: { windowMin: 5, shareOfGmv: 0.3, minAmount: 200, minOrders: 5 },
  gmvFlat: { flatMin: 10 },
  ownHistory: { minSessions: 3, afterMin: 10 },
  band: { afterMin: 15 },
  persistReads: 2,
});

/** What a stored value may be: each field a positive finite number within its bound. */
const BOUNDS: { [G in Exclude<keyof AlertThresholds, 'persistReads'>]: Record<keyof AlertThresholds[G], number> } = {
  viewersDrop: { windowMin: 600, dropPct: 1, minDrop: 1e7 },
  conversionFall: { windowMin: 600, fallPct: 1 },
  refundSpike: { windowMin: 600, shareOfGmv: 10, minAmount: 1e9, minOrders: 1e7 },
  gmvFlat: { flatMin: 600 },
  ownHistory: { minSessions: 1000, afterMin: 600 },
  band: { afterMin: 600 },
};
export const MAX_PERSIST_READS = 10;

const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null);

/** True when `v` is a complete, valid AlertThresholds (the settings read path checks with it). */
export function validThresholds(v: unknown): v is AlertThresholds {
  if (!plain(v)) return false;
  const groups = Object.keys(BOUNDS) as Array<keyof typeof BOUNDS>;
  if (Object.keys(v).length !== groups.length + 1) return false;
  const p = v.persistReads;
  if (!Number.isSafeInteger(p) || (p as number) < 1 || (p as number) > MAX_PERSIST_READS) return false;
  return groups.every((g) => {
    const got = v[g];
    const bounds = BOUNDS[g] as Record<string, number>;
    if (!plain(got) || Object.keys(got).length !== Object.keys(bounds).length) return false;
    return Object.entries(bounds).every(([k, max]) => {
      const n = got[k];
      return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= max;
    });
  });
}

export const thresholdBounds = BOUNDS;
