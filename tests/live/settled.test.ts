/** Live numbers kept apart from the later ones: the drift, whether the settled numbers were seen, and the reminder. */
import { describe, expect, it } from 'vitest';
import { drift, SETTLED_AFTER_MS, REMIND_WITHIN_MS } from '../../lib/live/settled';

const END = Date.UTC(2026, 11, 1, 14);
const H = 3_600_000;
const read = (h: number, gmv: number | null, refunds?: number) => ({
  capturedAt: END + h * H,
  readings: [{ metric: 'gmv' as const, value: gmv }, ...(refunds === undefined ? [] : [{ metric: 'refundAmount' as const, value: refunds }])],
});

describe('settled versus live', () => {
  it('shows the drift from what was seen live to the latest later read', () => {
    const d = drift(END, { gmv: 10000, refundAmount: 100 }, [read(-1, 9000), read(2, 9800, 300), read(30, 9500, 600)], END + 31 * H);
    expect(d.rows).toEqual([
      { metric: 'gmv', live: 10000, later: 9500, diff: -500, share: -0.05 },
      { metric: 'refundAmount', live: 100, later: 600, diff: 500, share: 5 },
    ]);
    expect([d.settledSeen, d.due, d.laterAt]).toEqual([true, false, END + 30 * H]);
  });

  it.each<[string, number | null, ReturnType<typeof read>[], number, boolean]>([
    ['a day later, only reads from the same evening: due', END, [read(2, 9800)], END + SETTLED_AFTER_MS + H, true],
    ['less than a day: not yet', END, [], END + SETTLED_AFTER_MS - H, false],
    ['settled read seen: not due', END, [read(25, 9800)], END + 30 * H, false],
    ['too long ago: no more reminders', END, [], END + REMIND_WITHIN_MS + H, false],
    ['never read live: nothing to compare, no reminder', null, [read(25, 9800)], END + 30 * H, false],
  ])('%s', (_n, liveEnd, later, now, due) => {
    expect(drift(liveEnd, { gmv: 10000 }, later, now).due).toBe(due);
  });

  it('a placeholder read later is no number', () => {
    expect(drift(END, { gmv: 10000 }, [read(25, 9900), read(26, null)], END + 27 * H).rows[0]?.later).toBe(9900);
  });
});
