import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb, type StageLensDB } from '../../lib/store/db';
import { handleMessage, isTrustedSender } from '../../lib/background/handle';
import { extractPage } from '../../lib/extract/page';
import { adapterForUrl } from '../../lib/platforms/registry';
import { loadFixtureDocument } from '../helpers/fixtures';

const EXT = 'abcdefghijklmnop';
const URL_ = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=7391234567890123456&tab=diagnosis';
const fromPage = { id: EXT, url: URL_, tab: { id: 1, url: URL_ } };
let db: StageLensDB;
let n = 0;
afterEach(async () => db?.delete());

const CAPTURE = extractPage(
  loadFixtureDocument(readFileSync('tests/fixtures/compass/live-detail.html', 'utf8')),
  URL_, adapterForUrl(URL_)!, { now: Date.UTC(2025, 6, 29) },
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
    ['impossible value', { type: 'capture', capture: { ...capture(), captures: [{ ...capture().captures[0]!, metric: 'viewers', unit: 'count', value: -5 }] } }],
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
    const reply = await handleMessage(db, { type: 'capture', capture: c }, { id: EXT, url: 'https://fxg.jinritemai.com/ffa/mshop/homepage/index', tab: { id: 2 } }, EXT);
    expect(reply).toMatchObject({ ok: false });
    expect(await db.captures.count()).toBe(0);
  });
});
