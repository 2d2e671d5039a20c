import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { ingestCapture } from '../../lib/store/ingest';
import { mergeShops, shopGroups } from '../../lib/store/links';
import { T0, freshDb, liveCapture, tableCapture } from '../store/fixtures';

async function twoShops() {
  const db = freshDb();
  await ingestCapture(db, tableCapture());
  await ingestCapture(db, { ...liveCapture(), shop: { id: 'S9', name: '另一家店' }, capturedAt: T0 + 5000 });
  return db;
}
const shape = async (db: Awaited<ReturnType<typeof twoShops>>) => (await shopGroups(db)).map((g) => [g.id, g.accounts.map((a) => `${a.id}:${a.how}`)]);

describe('shop links in the JSON backup', () => {
  it("a user's merge travels in the file and holds in the store it is imported into", async () => {
    const src = await twoShops();
    await mergeShops(src, 'compass:S1', 'compass:S9', T0 + 10_000);
    const file = await exportBackup(src, T0);
    expect(file.links).toHaveLength(2);
    const dst = await twoShops(); // the same pages seen in another browser, not merged there
    expect(await shape(dst)).toHaveLength(2);
    expect(await importBackup(dst, JSON.stringify(file))).toMatchObject({ ok: true, merged: { links: 1 }, skipped: { links: 1 } });
    expect(await shape(dst)).toEqual(await shape(src));
  });

  it("an automatic link in the file never undoes the user's decision in the store", async () => {
    const src = await twoShops();
    const dst = await twoShops();
    await mergeShops(dst, 'compass:S1', 'compass:S9', T0 + 10_000);
    const merged = await shape(dst);
    expect(await importBackup(dst, JSON.stringify(await exportBackup(src, T0)))).toMatchObject({ ok: true, merged: { links: 0 } });
    expect(await shape(dst)).toEqual(merged);
  });

  it('a file written before links imports, and its accounts are linked as ingest would', async () => {
    const file = (await exportBackup(await twoShops(), T0)) as unknown as Record<string, unknown>;
    delete file.links;
    const dst = freshDb();
    expect(await importBackup(dst, JSON.stringify(file))).toMatchObject({ ok: true, added: { shops: 2, links: 0 } });
    expect(await shape(dst)).toEqual([
      ['compass:S9', ['compass:S9:self']],
      ['compass:S1', ['compass:S1:self']],
    ]);
  });

  it('a link with an unknown kind is refused and changes nothing', async () => {
    const file = await exportBackup(await twoShops(), T0);
    const bad = { ...file, links: [{ ...file.links[0]!, how: 'guess' }] };
    const dst = freshDb();
    expect(await importBackup(dst, JSON.stringify(bad))).toMatchObject({ ok: false });
    expect(await dst.shops.count()).toBe(0);
  });
});
