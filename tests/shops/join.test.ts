import { describe, expect, it } from 'vitest';
import { decide, groupShops, ownIdOf, planAssign, planMerge, planSplit, relink, suggestions, undoMoves, type Account, type Link } from '../../lib/shops/join';

let t = 0;
const acc = (platform: string, shopKey: string, name: string | null = null): Account & { lastSeen: number } => ({
  id: `${platform}:${shopKey}`,
  platform,
  shopKey,
  name,
  firstSeen: ++t * 1000,
  lastSeen: t * 1000,
});
/** the links relink makes for these accounts from nothing */
const linked = (accounts: Account[]): Map<string, Link> => new Map(relink(accounts, []).map((l) => [l.id, l]));

describe('which shop an account joins', () => {
  it('an account keyed by its shop id has an own id; one keyed by name or unnamed has none', () => {
    expect(ownIdOf(acc('compass', '1234567', '星河优选旗舰店'))).toBe('1234567');
    expect(ownIdOf(acc('compass', '星河优选旗舰店', '星河优选旗舰店'))).toBeNull();
    expect(ownIdOf(acc('doudian', '_default'))).toBeNull();
  });

  it('a 罗盘 page, an 抖店 page and a 千川 page of one shop (same id or same name) end as one shop', () => {
    const compass = acc('compass', '1234567', '星河优选旗舰店');
    const doudian = acc('doudian', '1234567', null); // the same shop id, no name shown
    const qianchuan = acc('qianchuan', '1712345678901234', '星河优选旗舰店'); // an ad account showing the shop's name
    const links = linked([compass, doudian, qianchuan]);
    expect(links.get(compass.id)).toMatchObject({ shop: compass.id, how: 'self' });
    expect(links.get(doudian.id)).toMatchObject({ shop: compass.id, how: 'id' });
    expect(links.get(qianchuan.id)).toMatchObject({ shop: compass.id, how: 'name' });
    expect(groupShops([compass, doudian, qianchuan], [...links.values()]).map((g) => [g.id, g.name, g.platforms])).toEqual([
      [compass.id, '星河优选旗舰店', ['compass', 'doudian', 'qianchuan']],
    ]);
  });

  it('names match as the user reads them: full-width forms and spaces do not make another shop', () => {
    const a = acc('compass', 'A1', '星河 优选ＳＨＯＰ');
    const b = acc('doudian', '星河优选shop', '星河优选shop');
    expect(linked([a, b]).get(b.id)).toMatchObject({ shop: a.id, how: 'name' });
  });

  it("the same name on two companies' backends stays two shops", () => {
    const douyin = acc('compass', '1234567', '山野茶舍');
    const taobao = acc('taobaolive', '山野茶舍', '山野茶舍');
    const links = linked([douyin, taobao]);
    expect(links.get(taobao.id)).toMatchObject({ shop: taobao.id, how: 'self' });
    expect(groupShops([douyin, taobao], [...links.values()])).toHaveLength(2);
  });

  it('a name is not enough when the same backend shows another shop id for it: two shops', () => {
    const a = acc('compass', '111', '同名小店');
    const b = acc('compass', '222', '同名小店');
    expect(linked([a, b]).get(b.id)).toMatchObject({ shop: b.id, how: 'self' });
  });

  it('罗盘 and 抖店 share the 店铺ID: another id there is another shop; a 千川 aavid equal to a 店铺ID means nothing', () => {
    const shop = acc('compass', '1234567', '星河优选旗舰店');
    const other = acc('doudian', '7654321');
    const aavid = acc('qianchuan', '1234567');
    const links = linked([shop, other, aavid]);
    expect(links.get(other.id)).toMatchObject({ shop: other.id, how: 'self' });
    expect(links.get(aavid.id)).toMatchObject({ shop: aavid.id, how: 'pending' });
  });

  it('an unnamed page of a shop backend whose id no known shop can have is a shop of its own', () => {
    const a = acc('compass', '1234567', '星河优选旗舰店');
    const b = acc('compass', '28731946');
    expect(linked([a, b]).get(b.id)).toMatchObject({ shop: b.id, how: 'self' });
  });

  it('a name matching two shops waits for the user', () => {
    const a = acc('compass', '111', '同名小店');
    const b = acc('compass', '222', '同名小店');
    const c = acc('doudian', '同名小店', '同名小店');
    expect(linked([a, b, c]).get(c.id)).toMatchObject({ shop: c.id, how: 'pending' });
  });

  it("an unnamed page of a shop backend joins the company's only shop", () => {
    const named = acc('compass', '1234567', '星河优选旗舰店');
    const unnamed = acc('doudian', '_default');
    expect(linked([named, unnamed]).get(unnamed.id)).toMatchObject({ shop: named.id, how: 'only' });
  });

  it('an unnamed page of a shop backend seen first waits, and joins once the shop is known', () => {
    const unnamed = acc('compass', '_default');
    expect(linked([unnamed]).get(unnamed.id)).toMatchObject({ how: 'pending' });
    const named = acc('doudian', '87654321', '山野茶舍');
    const first = relink([unnamed], []);
    const later = relink([unnamed, named], first);
    expect(later).toEqual([
      { id: named.id, shop: named.id, how: 'self', at: 0 },
      { id: unnamed.id, shop: named.id, how: 'only', at: 0 },
    ]);
  });

  it('with two shops known, an unnamed page waits for the user', () => {
    const a = acc('compass', '111', '甲店');
    const b = acc('compass', '222', '乙店');
    const unnamed = acc('doudian', '_default');
    expect(linked([a, b, unnamed]).get(unnamed.id)).toMatchObject({ how: 'pending' });
  });

  it('a 百应 account that shows no shop name waits, even when only one shop is known', () => {
    const shop = acc('compass', '1234567', '星河优选旗舰店');
    const buyin = acc('buyin', '_default');
    const aavid = acc('qianchuan', '1712345678901234'); // an ad account id, no name
    const links = linked([shop, buyin, aavid]);
    expect(links.get(buyin.id)).toMatchObject({ shop: buyin.id, how: 'pending' });
    expect(links.get(aavid.id)).toMatchObject({ shop: aavid.id, how: 'pending' });
  });

  it('a settled link is never changed by relinking, whatever arrives later', () => {
    const a = acc('compass', '_default');
    const b = acc('doudian', '87654321', '山野茶舍');
    const first = relink([b, a], []);
    const c = acc('compass', '999', '另一家店');
    expect(relink([b, a, c], first)).toEqual([{ id: c.id, shop: c.id, how: 'self', at: 0 }]);
  });

  it('decide ignores pending accounts as shops to join', () => {
    const pending = acc('buyin', '_default');
    const other = acc('compass', '_default');
    expect(decide(other, [{ account: pending, link: { id: pending.id, shop: pending.id, how: 'pending', at: 1 } }])).toEqual({
      shop: other.id,
      how: 'pending',
    });
  });
});

describe('questions for the user', () => {
  it('a pending account is asked which shop it is, the shop sharing its live rooms first', () => {
    const a = acc('compass', '111', '甲店');
    const b = acc('compass', '222', '乙店');
    const buyin = acc('buyin', '_default');
    const groups = groupShops([a, b, buyin], relink([a, b, buyin], []));
    const rooms = new Map([
      [a.id, new Set(['r1'])],
      [b.id, new Set(['r2', 'r3'])],
      [buyin.id, new Set(['r3'])],
    ]);
    expect(suggestions(groups, rooms)).toEqual([
      {
        kind: 'pick',
        account: buyin.id,
        options: [
          { shop: b.id, rooms: ['r3'] },
          { shop: a.id, rooms: [] },
        ],
      },
    ]);
  });

  it('two shops of one company that showed the same live room are asked about, unless said apart', () => {
    const a = acc('compass', '111', '甲店');
    const b = acc('qianchuan', '1712', '甲店旗舰');
    const links = relink([a, b], []);
    const groups = groupShops([a, b], links);
    const rooms = new Map([
      [a.id, new Set(['7391'])],
      [b.id, new Set(['7391', '8000'])],
    ]);
    // most recently seen shop first
    expect(suggestions(groups, rooms)).toEqual([{ kind: 'same-room', shops: [b.id, a.id], rooms: ['7391'] }]);
    expect(suggestions(groups, rooms, [[b.id, a.id]])).toEqual([]);
  });

  it('shops of different companies are never asked about, whatever rooms they share', () => {
    const a = acc('compass', '111', '甲店');
    const b = acc('taobaolive', '甲店', '甲店');
    const groups = groupShops([a, b], relink([a, b], []));
    expect(
      suggestions(
        groups,
        new Map([
          [a.id, new Set(['1'])],
          [b.id, new Set(['1'])],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("the user's merges, splits and picks", () => {
  const a = acc('compass', '111', '甲店');
  const b = acc('doudian', '111', null);
  const c = acc('taobaolive', '甲店', '甲店');
  const links = relink([a, b, c], []);
  const apply = (ls: readonly Link[], moves: ReturnType<typeof planMerge>): Link[] =>
    ls.map((l) => {
      const m = moves.find((x) => x.id === l.id);
      return m ? { ...l, shop: m.to.shop, how: m.to.how } : l;
    });

  it('a merge moves every account of one shop into the other; its undo puts them back', () => {
    const moves = planMerge(links, a.id, c.id);
    expect(moves).toEqual([{ id: c.id, from: { shop: c.id, how: 'self' }, to: { shop: a.id, how: 'user' } }]);
    const merged = apply(links, moves);
    expect(groupShops([a, b, c], merged)).toHaveLength(1);
    expect(apply(merged, undoMoves(moves))).toEqual(links);
  });

  it('splitting the founding account leaves the others under the next account', () => {
    const moves = planSplit(links, a.id);
    expect(moves).toEqual([
      { id: a.id, from: { shop: a.id, how: 'self' }, to: { shop: a.id, how: 'user' } },
      { id: b.id, from: { shop: a.id, how: 'id' }, to: { shop: b.id, how: 'id' } },
    ]);
    const split = apply(links, moves);
    expect(groupShops([a, b, c], split).map((g) => g.accounts.map((x) => x.id).join())).toHaveLength(3);
    expect(apply(split, undoMoves(moves))).toEqual(links);
  });

  it("a pick puts a pending account in the chosen shop, as the user's", () => {
    const p = acc('buyin', '_default');
    const ls = relink([a, b, c, p], []);
    expect(planAssign(ls, p.id, a.id)).toEqual([{ id: p.id, from: { shop: p.id, how: 'pending' }, to: { shop: a.id, how: 'user' } }]);
    expect(planAssign(apply(ls, planAssign(ls, p.id, a.id)), p.id, a.id)).toEqual([]);
  });

  it('merging a shop into itself or splitting a lone account changes nothing', () => {
    expect(planMerge(links, a.id, a.id)).toEqual([]);
    expect(planSplit(links, c.id)).toEqual([]);
  });
});
