/** The settle rules one by one, on hand-made reads (lib/capture/settle.ts). */
import { describe, expect, it } from 'vitest';
import { createSettler } from '../../lib/capture/settle';
import type { Held, PageCapture, Reading } from '../../lib/capture/types';

const L = { stillMs: 1000, missingStillMs: 3000, contextHoldMs: 5000, maxHoldMs: 20000 };
const reading = (metric: Reading['metric'], text: string, value: number | null, source: Reading['source'] = 'observed'): Reading => ({
  metric,
  label: metric,
  text,
  value,
  unit: 'cny',
  scope: 'page',
  source,
});
const read = (readings: Reading[], o: { period?: string | null; url?: string; held?: Held[] } = {}): PageCapture & { held?: Held[] } => ({
  platform: 'compass',
  page: 'home',
  url: o.url ?? 'https://compass.jinritemai.com/shop',
  period: o.period ?? null,
  capturedAt: 0,
  sessions: [],
  captures: readings,
  missed: [],
  unknown: [],
  ...(o.held ? { held: o.held } : {}),
});
const gmv = (n: number) => reading('gmv', n.toLocaleString('en-US'), n);

describe('settle', () => {
  it.each([
    ['a number seen once', [[0, 100]], null],
    [
      'the same number after stillMs',
      [
        [0, 100],
        [1000, 100],
      ],
      100,
    ],
    [
      'a number that changed in between',
      [
        [0, 90],
        [600, 100],
        [1000, 100],
      ],
      null,
    ],
    [
      '… and then held still',
      [
        [0, 90],
        [600, 100],
        [1600, 100],
      ],
      100,
    ],
  ] as const)('rule 2 (held still): %s', (_n, steps, want) => {
    const s = createSettler(L);
    let got: number | null = null;
    for (const [t, v] of steps) {
      const d = s.observe(read([gmv(v)]), t);
      got = d.send ? (d.send.captures[0]!.value as number) : null;
    }
    expect(got).toBe(want);
  });

  it('rule 3: a `--` needs missingStillMs, a number only stillMs', () => {
    const s = createSettler(L);
    const dash = reading('gmv', '--', null);
    expect(s.observe(read([dash]), 0).send).toBeNull();
    expect(s.observe(read([dash]), 1500).send).toBeNull();
    expect(s.observe(read([dash]), 3000).send?.captures).toEqual([dash]);
  });

  it('rule 1: a held reading keeps the read back; it tells when to look again', () => {
    const s = createSettler(L);
    const held: Held[] = [{ metric: 'orders', scope: 'page', label: '成交订单数', why: 'loading' }];
    expect(s.observe(read([gmv(5)], { held }), 0)).toEqual({ send: null, recheckIn: 1000 });
    expect(s.observe(read([gmv(5)], { held }), 1000).send).toBeNull();
    expect(s.observe(read([gmv(5)]), 1500).send?.captures).toEqual([gmv(5)]);
  });

  it('rule 4: after a period switch the old numbers wait for the page to refresh, or for the hold', () => {
    const s = createSettler(L);
    s.observe(read([gmv(5), reading('orders', '7', 7)], { period: '近1天' }), 0);
    expect(s.observe(read([gmv(5), reading('orders', '7', 7)], { period: '近1天' }), 1000).send).not.toBeNull();
    // switched: same numbers for 4 s, then one changes; both settle 1 s after the change
    expect(s.observe(read([gmv(5), reading('orders', '7', 7)], { period: '近7天' }), 2000).send).toBeNull();
    expect(s.observe(read([gmv(5), reading('orders', '7', 7)], { period: '近7天' }), 4000).send).toBeNull();
    expect(s.observe(read([gmv(9), reading('orders', '7', 7)], { period: '近7天' }), 6000).send).toBeNull();
    const d = s.observe(read([gmv(9), reading('orders', '7', 7)], { period: '近7天' }), 7000);
    expect(d.send?.period).toBe('近7天');
    expect(d.send?.captures.map((r) => r.value)).toEqual([9, 7]);
  });

  it('rule 4: the first read of a tab has nothing "before" it', () => {
    const s = createSettler(L);
    s.observe(read([gmv(5)], { period: '近7天' }), 0);
    expect(s.observe(read([gmv(5)], { period: '近7天' }), 1000).send).not.toBeNull();
  });

  it('rule 5: after maxHoldMs the settled part is sent, the rest listed as missed, derived readings of that scope dropped', () => {
    const s = createSettler(L);
    const steady = reading('orders', '7', 7);
    let d = s.observe(read([gmv(0), steady, reading('aov', '1', 1, 'derived')]), 0);
    for (let t = 500; t <= 20000; t += 500) d = s.observe(read([gmv(t), steady, reading('aov', '1', 1, 'derived')]), t);
    expect(d.send?.captures).toEqual([steady]);
    expect(d.send?.missed).toEqual([{ metric: 'gmv', scope: 'page', reason: 'unreadable', label: 'gmv', text: 'still changing' }]);
  });

  it('rule 3: a read with no number at all (a skeleton) waits as a `--` does', () => {
    const s = createSettler(L);
    const empty = { ...read([]), missed: [{ metric: 'gmv' as const, scope: 'page', reason: 'notFound' as const }] };
    expect(s.observe(empty, 0).send).toBeNull();
    expect(s.observe(empty, 2000).send).toBeNull();
    expect(s.observe(empty, 3000).send?.missed).toHaveLength(1);
  });
});
