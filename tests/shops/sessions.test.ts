import { describe, expect, it } from 'vitest';
import { JOINABLE_KEY, joinSessions, membersOf } from '../../lib/shops/sessions';
import type { SessionRow } from '../../lib/store/rows';

const v = (value: number, at: number) => ({ value, unit: 'count' as const, source: 'observed' as const, text: String(value), at });
const row = (account: string, key: string, over: Partial<SessionRow> = {}): SessionRow => ({
  id: `${account}|${key}`,
  shopId: account,
  platform: account.split(':')[0]!,
  key,
  title: null,
  start: null,
  end: null,
  timeText: null,
  live: false,
  t: 1000,
  firstSeen: 1000,
  lastSeen: 1000,
  latest: {},
  ...over,
});

describe('one session, however many backends showed it', () => {
  it('rows of one live room join: the first account names it, each number is the newest with its backend', () => {
    const compass = row('compass:1', '7391234567890123456', {
      title: '夏季上新',
      start: 5000,
      t: 5000,
      firstSeen: 6000,
      lastSeen: 9000,
      latest: { viewers: v(1000, 9000), gmv: v(50, 8000) },
    });
    const qianchuan = row('qianchuan:9', '7391234567890123456', { firstSeen: 5500, lastSeen: 9500, live: true, latest: { gmv: v(80, 9500), roi: v(3, 9500) } });
    const [s, ...rest] = joinSessions([qianchuan, compass], ['compass:1', 'qianchuan:9']);
    expect(rest).toEqual([]);
    expect(s).toMatchObject({
      id: compass.id,
      title: '夏季上新',
      start: 5000,
      t: 5000,
      firstSeen: 5500,
      lastSeen: 9500,
      live: true,
      members: [compass.id, qianchuan.id],
      platforms: ['compass', 'qianchuan'],
      latest: { viewers: v(1000, 9000), gmv: v(80, 9500), roi: v(3, 9500) },
      sources: { viewers: 'compass', gmv: 'qianchuan', roi: 'qianchuan' },
    });
  });

  it('a key that is no platform id (a row number, a short title) never joins by chance', () => {
    expect(JOINABLE_KEY.test('A')).toBe(false);
    expect(JOINABLE_KEY.test('第一场')).toBe(false);
    expect(JOINABLE_KEY.test('4q7Nf2kLw8E')).toBe(true);
    const out = joinSessions([row('compass:1', 'A'), row('doudian:1', 'A')], ['compass:1', 'doudian:1']);
    expect(out.map((s) => s.members)).toEqual([['compass:1|A'], ['doudian:1|A']]);
  });

  it('every stored row is in exactly one joined session; a lone row is its own member', () => {
    const rows = [row('a:1', '111111'), row('b:1', '111111'), row('a:1', '222222'), row('c:1', 'x')];
    const out = joinSessions(rows, ['a:1', 'b:1']);
    expect(out.flatMap((s) => s.members).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(membersOf(out.find((s) => s.key === '222222')!)).toEqual(['a:1|222222']);
    expect(membersOf(rows[0]!)).toEqual(['a:1|111111']);
  });
});
