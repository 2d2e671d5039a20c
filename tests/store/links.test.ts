import { describe, expect, it } from 'vitest';
import type { PageCapture } from '../../lib/capture/types';
import { ingestCapture } from '../../lib/store/ingest';
import {
  accountsOf,
  assignAccount,
  keepApart,
  linkLog,
  mergeShops,
  shopGroups,
  shopOf,
  shopQuestions,
  splitAccount,
  undoLinkChange,
} from '../../lib/store/links';
import { counts } from '../../lib/store/queries';
import { T0, freshDb, liveCapture, reading, tableCapture } from './fixtures';

const ROOM = '7391234567890123456';
/** one Douyin shop, 星河优选旗舰店, as four backends show it */
const compassHome = (): PageCapture => ({ ...tableCapture(), shop: { id: '1234567', name: '星河优选旗舰店' }, capturedAt: T0 });
const doudianHome = (): PageCapture => ({
  platform: 'doudian',
  page: 'home',
  url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index',
  period: '今日',
  capturedAt: T0 + 1000,
  shop: { id: '1234567' },
  sessions: [],
  captures: [reading('gmv', 1000, '¥1,000')],
  missed: [],
  unknown: [],
});
const qianchuan = (): PageCapture => ({
  ...liveCapture(),
  platform: 'qianchuan',
  page: 'board',
  url: `https://qianchuan.jinritemai.com/board-next?aavid=1712345678901234&live_room_id=${ROOM}`,
  shop: { id: '1712345678901234', name: '星河优选旗舰店' },
  session: { key: ROOM, live: true },
  capturedAt: T0 + 2000,
});
const buyin = (): PageCapture => ({
  ...liveCapture(),
  platform: 'buyin',
  page: 'live-control',
  url: `https://buyin.jinritemai.com/dashboard/live/control?live_room_id=${ROOM}`,
  shop: undefined,
  session: { key: ROOM, live: true },
  capturedAt: T0 + 3000,
});

describe('one shop across backends, in the store', () => {
  it('a 罗盘 page, an 抖店 page and a 千川 page of one shop end as one shop, each page under its account', async () => {
    const db = freshDb();
    for (const c of [compassHome(), doudianHome(), qianchuan()]) await ingestCapture(db, c);
    const groups = await shopGroups(db);
    expect(groups.map((g) => [g.id, g.name, g.platforms, g.accounts.map((a) => [a.id, a.how])])).toEqual([
      [
        'compass:1234567',
        '星河优选旗舰店',
        ['compass', 'doudian', 'qianchuan'],
        [
          ['compass:1234567', 'self'],
          ['doudian:1234567', 'id'],
          ['qianchuan:1712345678901234', 'name'],
        ],
      ],
    ]);
    expect(await accountsOf(db, 'compass:1234567')).toEqual(['compass:1234567', 'doudian:1234567', 'qianchuan:1712345678901234']);
    expect(await shopOf(db, 'doudian:1234567')).toBe('compass:1234567');
  });

  it('a 百应 page without a shop name waits, is asked about with the live room it shares, and joins after one answer', async () => {
    const db = freshDb();
    for (const c of [compassHome(), qianchuan(), buyin()]) await ingestCapture(db, c);
    expect((await shopGroups(db)).map((g) => [g.id, g.pending])).toEqual([
      ['buyin:_default', true],
      ['compass:1234567', false],
    ]);
    expect(await shopQuestions(db)).toEqual([{ kind: 'pick', account: 'buyin:_default', options: [{ shop: 'compass:1234567', rooms: [ROOM] }] }]);
    await assignAccount(db, 'buyin:_default', 'compass:1234567');
    expect((await shopGroups(db)).map((g) => [g.id, g.platforms])).toEqual([['compass:1234567', ['compass', 'qianchuan', 'buyin']]]);
    expect(await shopQuestions(db)).toEqual([]);
    // later pages of the account stay where the user put it
    await ingestCapture(db, { ...buyin(), capturedAt: T0 + 60_000 });
    expect(await shopOf(db, 'buyin:_default')).toBe('compass:1234567');
  });

  it('a merge and its undo keep every reading; the undo is refused once the accounts moved again', async () => {
    const db = freshDb();
    await ingestCapture(db, compassHome());
    await ingestCapture(db, { ...liveCapture(), shop: { id: 'S9', name: '另一家店' }, capturedAt: T0 + 5000 });
    const before = await counts(db);
    const log = await mergeShops(db, 'compass:1234567', 'compass:S9');
    expect(log).not.toBeNull();
    expect((await shopGroups(db)).map((g) => g.accounts.length)).toEqual([2]);
    expect(await counts(db)).toEqual(before);
    expect(await undoLinkChange(db, log!)).toBe('undone');
    expect((await shopGroups(db)).map((g) => g.id).sort()).toEqual(['compass:1234567', 'compass:S9']);
    expect(await counts(db)).toEqual(before);
    expect(await undoLinkChange(db, log!)).toBe('gone');

    const again = await mergeShops(db, 'compass:1234567', 'compass:S9');
    await splitAccount(db, 'compass:S9');
    expect(await undoLinkChange(db, again!)).toBe('moved');
    expect((await linkLog(db)).map((e) => [e.kind, e.undone === null])).toEqual([
      ['split', true],
      ['merge', true],
      ['merge', false],
    ]);
  });

  it("two shops with the same name on different companies' backends stay apart until the user merges them", async () => {
    const db = freshDb();
    await ingestCapture(db, compassHome());
    await ingestCapture(db, {
      platform: 'taobaolive',
      page: 'overview',
      url: 'https://liveplatform.taobao.com/restful/index/data/overview',
      period: '近7日',
      capturedAt: T0 + 1000,
      shop: { name: '星河优选旗舰店' },
      sessions: [],
      captures: [reading('gmv', 500, '¥500')],
      missed: [],
      unknown: [],
    });
    expect(await shopGroups(db)).toHaveLength(2);
    expect(await shopQuestions(db)).toEqual([]);
    await mergeShops(db, 'compass:1234567', 'taobaolive:星河优选旗舰店');
    expect(await shopGroups(db)).toHaveLength(1);
  });

  it('two shops that showed the same live room are asked about once; said apart, never again', async () => {
    const db = freshDb();
    await ingestCapture(db, { ...liveCapture(), shop: { id: 'A1', name: '甲店' }, session: { key: ROOM, live: true } });
    await ingestCapture(db, { ...qianchuan(), shop: { id: '1712', name: '乙店' } });
    expect(await shopQuestions(db)).toEqual([{ kind: 'same-room', shops: ['qianchuan:1712', 'compass:A1'], rooms: [ROOM] }]);
    await keepApart(db, 'qianchuan:1712', 'compass:A1');
    expect(await shopQuestions(db)).toEqual([]);
  });
});

describe("a shop's views read across its accounts", () => {
  it("a session seen on 罗盘 and on 千川 is one session, its numbers from both with their sources; its history is one point; its curve one backend's", async () => {
    const db = freshDb();
    const compassLive = (at: number, viewers: number): PageCapture => ({
      ...liveCapture(),
      shop: { id: '1234567', name: '星河优选旗舰店' },
      session: { key: ROOM, title: '夏季上新', live: true },
      capturedAt: at,
      captures: [reading('viewers', viewers, String(viewers)), reading('gmv', 100, '¥100')],
      missed: [],
      unknown: [],
    });
    for (let i = 0; i < 3; i++) await ingestCapture(db, compassLive(T0 + i * 60_000, 1000 + i));
    await ingestCapture(db, {
      ...qianchuan(),
      capturedAt: T0 + 200_000,
      captures: [reading('gmv', 180, '¥180'), reading('viewers', 5, '5')],
      missed: [],
      unknown: [],
    });
    const { sessionsForShop, metricHistory, sessionPoints } = await import('../../lib/store/queries');
    const sessions = await sessionsForShop(db, 'compass:1234567');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({
      id: `compass:1234567|${ROOM}`,
      title: '夏季上新',
      platforms: ['compass', 'qianchuan'],
      members: [`compass:1234567|${ROOM}`, `qianchuan:1712345678901234|${ROOM}`],
      latest: { gmv: { value: 180 } },
      sources: { gmv: 'qianchuan', viewers: 'qianchuan' },
    });
    expect(await sessionsForShop(db, 'compass:1234567', { platform: 'qianchuan' })).toHaveLength(1);
    expect((await metricHistory(db, 'compass:1234567', 'gmv')).map((p) => [p.sessionId, p.value])).toEqual([[`compass:1234567|${ROOM}`, 180]]);
    // 罗盘 read viewers three times, 千川 once: the curve is 罗盘's, not both interleaved
    expect((await sessionPoints(db, sessions[0]!.members, 'viewers')).map((p) => p.value)).toEqual([1000, 1001, 1002]);
    // split 千川 off: two shops, each with its own session again; nothing lost
    await splitAccount(db, 'qianchuan:1712345678901234');
    expect((await sessionsForShop(db, 'compass:1234567')).map((s) => s.members.length)).toEqual([1]);
    expect((await sessionsForShop(db, 'qianchuan:1712345678901234')).map((s) => s.latest.gmv?.value)).toEqual([180]);
  });
});
