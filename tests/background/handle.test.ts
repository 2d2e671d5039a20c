import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { handleMessage, isTrustedSender, type Sender } from '../../lib/background/handle';
import { quotaFromWrite } from '../store/faults';
import { extractPage, withoutHeld } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import { loadFixtureDocument } from '../helpers/fixtures';

const EXT = 'abcdefghijklmnop';
const URL_ = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456&tab=diagnosis';
const fromPage = { id: EXT, url: URL_, tab: { id: 1, url: URL_ } };
let db: StageLensDB;
let n = 0;
afterEach(async () => db?.delete());

const CAPTURE = withoutHeld(
  extractPage(loadFixtureDocument(readFileSync('tests/fixtures/compass/live-detail.html', 'utf8')), URL_, adapterForUrl(URL_)!, { now: Date.UTC(2025, 6, 29) }),
);
const capture = () => structuredClone(CAPTURE);

describe('background message handling', () => {
  it('stores a valid capture from a content script on a host we read', async () => {
    db = openDb(`handle-${n++}`);
    const reply = await handleMessage(db, { type: 'capture', capture: capture() }, fromPage, EXT);
    expect(reply).toMatchObject({ ok: true });
    const rows = await db.captures.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.readings.find((r) => r.metric === 'gmv')?.value).toBe(236552);
  });

  it.each([
    ['wrong shape', { type: 'capture', capture: { platform: 'compass', captures: 'nope' } }],
    [
      'impossible value',
      { type: 'capture', capture: { ...capture(), captures: [{ ...capture().captures[0]!, metric: 'viewers', unit: 'count', value: -5 }] } },
    ],
    ['unknown metric', { type: 'capture', capture: { ...capture(), captures: [{ ...capture().captures[0]!, metric: 'nonsense' }] } }],
    ['too large', { type: 'capture', capture: { ...capture(), captures: Array.from({ length: 5000 }, () => CAPTURE.captures[0]!) } }],
    ['no type', { capture: capture() }],
  ])('rejects a malformed message (%s) and stores nothing', async (_n, msg) => {
    db = openDb(`handle-${n++}`);
    const reply = await handleMessage(db, msg, fromPage, EXT);
    if (reply !== undefined) expect(reply).toMatchObject({ ok: false });
    expect(await db.captures.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
  });

  it('does not listen to other extensions, other sites, or a page claiming another host', async () => {
    db = openDb(`handle-${n++}`);
    expect(isTrustedSender({ id: 'other', url: URL_, tab: { id: 1 } }, EXT)).toBe(false);
    expect(isTrustedSender({ id: EXT, url: 'https://evil.example/', tab: { id: 1 } }, EXT)).toBe(false);
    const c = capture();
    const reply = await handleMessage(
      db,
      { type: 'capture', capture: c },
      { id: EXT, url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index', tab: { id: 2 } },
      EXT,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(await db.captures.count()).toBe(0);
  });
});

describe('background message handling: page changed', () => {
  /** The same page with its labels renamed: every expected label is gone (notFound). */
  const renamed = () => {
    const c = capture();
    return {
      ...c,
      captures: [],
      missed: c.captures.filter((r) => r.source === 'observed').map((r) => ({ metric: r.metric, scope: r.scope, reason: 'notFound' as const })),
    };
  };

  it('replies pageChanged once a page kind that read well misses most of its labels, and stores the state', async () => {
    db = openDb(`handle-${n++}`);
    const replies = [];
    for (let i = 0; i < 3; i++)
      replies.push(await handleMessage(db, { type: 'capture', capture: { ...capture(), capturedAt: CAPTURE.capturedAt + i } }, fromPage, EXT));
    expect(replies.map((r) => (r as { pageChanged: boolean }).pageChanged)).toEqual([false, false, false]);
    const reply = await handleMessage(db, { type: 'capture', capture: { ...renamed(), capturedAt: CAPTURE.capturedAt + 10 } }, fromPage, EXT);
    expect(reply).toMatchObject({ ok: true, pageChanged: true });
    const { getHealth } = await import('../../lib/store/page-health');
    expect((await getHealth(db))['compass/live-detail']).toMatchObject({ changed: true, found: 0 });
    // the internal row is no user setting: a backup leaves it out
    const { exportBackup } = await import('../../lib/store/backup');
    expect((await exportBackup(db)).settings.map((s) => s.key)).not.toContain('state.pageHealth');
  });

  it('an invalid capture counts for nothing', async () => {
    db = openDb(`handle-${n++}`);
    await handleMessage(db, { type: 'capture', capture: { platform: 'compass', captures: 'nope' } }, fromPage, EXT);
    expect(await db.settings.toArray()).toEqual([]);
  });
});

describe('background message handling: hostile and broken messages', () => {
  const reading0 = () => capture().captures.find((r) => r.source === 'observed' && r.scope === 'page')!;
  const withReading = (over: Record<string, unknown>) => ({ type: 'capture', capture: { ...capture(), captures: [{ ...reading0(), ...over }] } });

  it.each<[string, unknown]>([
    // Firefox delivers messages by structured clone, so NaN and Infinity do arrive there
    ['NaN value', withReading({ metric: 'viewers', unit: 'count', value: NaN })],
    ['Infinity value', withReading({ metric: 'gmv', unit: 'cny', value: Infinity })],
    ['-Infinity compare', withReading({ compare: { basis: '较上周期', text: '-∞', value: -Infinity } })],
    ['negative count', withReading({ metric: 'orders', unit: 'count', value: -1 })],
    ['fractional count', withReading({ metric: 'viewers', unit: 'count', value: 35.06 })],
    ['negative duration', withReading({ metric: 'avgWatchSeconds', unit: 'seconds', value: -65 })],
    ['negative rate', withReading({ metric: 'clickToPayRate', unit: 'ratio', value: -0.032 })],
    ['a share above 100 %', withReading({ metric: 'fanBuyerShare', unit: 'ratio', value: 1.2 })],
    ['a rate above 10,000 %', withReading({ metric: 'clickToPayRate', unit: 'ratio', value: 101 })],
    ['a peer share above 1', withReading({ benchmarks: [{ kind: 'peerBeatShare', text: '超过120%', value: 1.2 }] })],
    ['money beyond 10^13', withReading({ metric: 'gmv', unit: 'cny', value: 1e14 })],
    ["a unit that is not the metric's", withReading({ metric: 'viewers', unit: 'cny', value: 5 })],
    ['a huge label (1 MB)', withReading({ label: '标'.repeat(1_000_000) })],
    ['501 session rows', { type: 'capture', capture: { ...capture(), sessions: Array.from({ length: 501 }, (_, i) => ({ key: `k${i}` })) } }],
    ['a prototype key', { type: 'capture', capture: JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(capture()).slice(1)}`) }],
    ['an extra field', { type: 'capture', capture: capture(), extra: '<script>' }],
    ['capture not an object', { type: 'capture', capture: 'compass' }],
    ['a capture from the future', { type: 'capture', capture: { ...capture(), capturedAt: Date.now() + 86_400_000 } }],
  ])('refuses %s, stores nothing, pollutes nothing', async (_n, msg) => {
    db = openDb(`handle-${n++}`);
    const reply = await handleMessage(db, msg, fromPage, EXT);
    expect(reply).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await db.captures.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'capture'],
    ['a number', 42],
    ['an array', [{ type: 'capture' }]],
    ['an unknown type', { type: 'deleteEverything' }],
    ['getOverrides without a platform', { type: 'getOverrides', platform: { toString: 1 } }],
  ])('ignores %s without throwing', async (_n, msg) => {
    db = openDb(`handle-${n++}`);
    await expect(handleMessage(db, msg, fromPage, EXT)).resolves.toBeUndefined();
    expect(await db.captures.count()).toBe(0);
  });

  it.each<[string, Sender]>([
    ['no sender id', { url: URL_, tab: { id: 1, url: URL_ } }],
    ['another extension', { id: 'x'.repeat(16), url: URL_, tab: { id: 1, url: URL_ } }],
    ['our host over http', { id: EXT, url: URL_.replace('https:', 'http:'), tab: { id: 1 } }],
    ['a look-alike host', { id: EXT, url: 'https://compass.jinritemai.com.evil.cn/shop/live-detail', tab: { id: 1 } }],
    ['a host with our name as a subdomain', { id: EXT, url: 'https://jinritemai.com.compass.evil.cn/', tab: { id: 1 } }],
    ['a foreign frame inside our page', { id: EXT, url: 'https://ads.example.com/frame', tab: { id: 1, url: URL_ } }],
    ['a page with no url', { id: EXT, tab: { id: 1 } }],
    ['a garbage url', { id: EXT, url: 'not a url', tab: { id: 1 } }],
  ])('does not hear an untrusted sender (%s)', async (_n, sender) => {
    db = openDb(`handle-${n++}`);
    expect(isTrustedSender(sender, EXT)).toBe(false);
    expect(await handleMessage(db, { type: 'capture', capture: capture() }, sender, EXT)).toEqual({ ok: false, error: 'untrusted sender' });
    expect(await handleMessage(db, { type: 'getOverrides', platform: 'compass' }, sender, EXT)).toEqual({ ok: false, error: 'untrusted sender' });
    expect(await db.captures.count()).toBe(0);
  });

  it('storage full: replies kind "quota", stores nothing; the same capture later goes in whole', async () => {
    db = openDb(`handle-${n++}`);
    const fault = quotaFromWrite(2);
    const reply = await handleMessage(db, { type: 'capture', capture: capture() }, fromPage, EXT);
    fault.restore();
    expect(reply).toMatchObject({ ok: false, kind: 'quota' });
    expect(await db.captures.count()).toBe(0);
    expect(await db.shops.count()).toBe(0);
    expect(await handleMessage(db, { type: 'capture', capture: capture() }, fromPage, EXT)).toMatchObject({ ok: true, stored: 1 });
  });
});
