import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseBackup, type BackupV1 } from '../../lib/export/backup';
import { exportBackup, importBackup } from '../../lib/store/backup';
import { addLabelMap } from '../../lib/store/labelmaps';
import { setChecklistItem } from '../../lib/store/checklist';
import { ingestCapture } from '../../lib/store/ingest';
import { counts, metricHistory } from '../../lib/store/queries';
import { setSetting } from '../../lib/store/settings';
import { StoreError } from '../../lib/store/errors';
import { T0, freshDb, liveCapture, tableCapture, withValue } from '../store/fixtures';

afterEach(() => vi.restoreAllMocks());

async function seeded() {
  const db = freshDb();
  await ingestCapture(db, liveCapture());
  await ingestCapture(db, withValue(liveCapture(), 'viewers', 15000, T0 + 60_000));
  await ingestCapture(db, tableCapture());
  await setChecklistItem(db, 'compass:S1', 'cover', 'done', T0);
  await setSetting(db, 'language', 'en');
  await setSetting(db, 'targets', { viewers: 5000 });
  await addLabelMap(db, 'compass', '新指标', 'views', T0);
  return db;
}

const withoutExportedAt = ({ exportedAt: _e, ...rest }: BackupV1) => rest;

describe('backup', () => {
  it('export → import into an empty store → export gives the same data', async () => {
    const db = await seeded();
    const first = await exportBackup(db, T0);
    expect(first).toMatchObject({ format: 'stagelens-backup', version: 1, exportedAt: '2025-07-28T22:30:00+08:00' });
    expect(first.captures).toHaveLength(5);
    expect(first.captures[0]).not.toHaveProperty('id');

    const empty = freshDb();
    const res = await importBackup(empty, JSON.stringify(first));
    expect(res).toMatchObject({ ok: true, added: { shops: 1, sessions: 4, captures: 5, points: 5, checklist: 1, settings: 2, labelMaps: 1 } });
    const second = await exportBackup(empty, T0 + 1);
    expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
    // the derived values table is rebuilt
    expect(await counts(empty)).toEqual(await counts(db));
    expect(await metricHistory(empty, 'compass:S1', 'viewers')).toEqual(await metricHistory(db, 'compass:S1', 'viewers'));
  });

  it('importing into a store that holds some of the data merges without duplicates', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    expect(await importBackup(db, backup)).toMatchObject({
      ok: true,
      added: { shops: 0, sessions: 0, captures: 0, points: 0, checklist: 0, settings: 0, labelMaps: 0 },
      skipped: { shops: 1, sessions: 4, captures: 5, points: 5, checklist: 1, settings: 2, labelMaps: 1 },
    });

    const partial = freshDb();
    await ingestCapture(partial, liveCapture()); // only the first capture
    await ingestCapture(partial, withValue(liveCapture(), 'gmv', 30000, T0 + 120_000)); // something the backup lacks
    const res = await importBackup(partial, backup);
    expect(res).toMatchObject({ ok: true, added: { captures: 4, points: 1, sessions: 3 }, merged: { sessions: 1 }, skipped: { captures: 1, points: 4 } });
    expect(await partial.captures.count()).toBe(6);
    const s = await partial.sessions.get('compass:S1|7528000000000000001');
    expect(s?.latest.viewers?.value).toBe(15000); // from the file (newer there)
    expect(s?.latest.gmv?.value).toBe(30000); // kept (newer here)
    expect((await partial.values.get('compass:S1|7528000000000000001|gmv'))?.value).toBe(30000);
    // and once more: nothing new
    const again = await importBackup(partial, backup);
    expect(again.ok && again.added.captures + again.added.points + again.added.sessions).toBe(0);
  });

  const corrupt: Array<[string, (b: BackupV1) => unknown, RegExp]> = [
    ['truncated JSON', (b) => JSON.stringify(b).slice(0, 200), /not valid JSON/],
    ['not an object', () => '[1,2,3]', /expected a JSON object/],
    ['wrong format', (b) => ({ ...b, format: 'something-else' }), /not a StageLens backup/],
    ['wrong version', (b) => ({ ...b, version: 2 }), /unsupported backup version 2/],
    [
      'missing version',
      (b) => {
        const { version: _v, ...r } = b;
        return r;
      },
      /unsupported backup version/,
    ],
    ['__proto__ key', (b) => JSON.stringify(b).replace('"shops":[', '"__proto__":{"polluted":true},"shops":['), /__proto__/],
    ['nested __proto__ key', (b) => JSON.stringify(b).replace('"latest":{', '"latest":{"__proto__":{"polluted":true},'), /sessions\.0\.latest\.__proto__/],
    ['constructor key', (b) => JSON.stringify(b).replace('"readings":[{', '"readings":[{"constructor":{"prototype":{"polluted":true}},'), /constructor/],
    ['huge number (not finite)', (b) => JSON.stringify(b).replace(/"value":12000/, '"value":1e999'), /captures\.0\.readings\.0\.value/],
    ['negative count', (b) => JSON.stringify(b).replace(/"value":12000/, '"value":-5'), /count cannot be negative/],
    ['wrong type deep inside', (b) => ({ ...b, points: b.points.map((p, i) => (i === 2 ? { ...p, t: 'yesterday' } : p)) }), /points\.2\.t/],
    ['unknown setting', (b) => ({ ...b, settings: [...b.settings, { key: 'evil', value: 1 }] }), /settings\.2\.key/],
    ['bad setting value', (b) => ({ ...b, settings: b.settings.map((s) => (s.key === 'language' ? { ...s, value: 'fr' } : s)) }), /settings\.\d\.value/],
    ['id not matching fields', (b) => ({ ...b, shops: b.shops.map((s) => ({ ...s, id: 'compass:OTHER' })) }), /shops\.0\.id/],
    ['javascript url', (b) => ({ ...b, captures: b.captures.map((c) => ({ ...c, url: 'javascript:alert(1)' })) }), /captures\.0\.url/],
    ['extra field', (b) => ({ ...b, extra: 1 }), /extra/],
    ['too deep', (b) => ({ ...b, labelMaps: [JSON.parse('['.repeat(100) + ']'.repeat(100))] }), /nested deeper/],
  ];

  it.each(corrupt)('a bad file (%s) changes nothing and says what is wrong', async (_name, mutate, where) => {
    const db = await seeded();
    const good = await exportBackup(db);
    const target = freshDb();
    await ingestCapture(target, tableCapture());
    const before = await exportBackup(target, 0);
    const res = await importBackup(target, mutate(good));
    expect(res.ok).toBe(false);
    expect(res.ok ? '' : res.error).toMatch(where);
    expect(await exportBackup(target, 0)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an invalid stored setting is left out of the export, so the file still imports', async () => {
    const db = await seeded();
    await db.settings.put({ key: 'theme', value: 'sepia' });
    await db.settings.put({ key: 'retired', value: 1 });
    const b = await exportBackup(db);
    expect(b.settings.map((s) => s.key).sort()).toEqual(['language', 'targets']);
    expect((await importBackup(freshDb(), b)).ok).toBe(true);
  });

  it('hostile strings are just strings', async () => {
    const db = freshDb();
    const hostile = '<img src=x onerror=alert(1)>"; DROP TABLE shops; --\u0000';
    await ingestCapture(db, { ...tableCapture(), sessions: tableCapture().sessions.map((s) => ({ ...s, title: hostile })) });
    const b = await exportBackup(db);
    const target = freshDb();
    expect((await importBackup(target, JSON.stringify(b))).ok).toBe(true);
    expect((await target.sessions.get('compass:S1|A'))?.title).toBe(hostile);
  });

  it('a file over the size limit is refused before parsing', async () => {
    const db = await seeded();
    const text = JSON.stringify(await exportBackup(db));
    const target = freshDb();
    const res = await importBackup(target, text, { maxChars: text.length - 1 });
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/file too large/) });
    expect(await counts(target)).toMatchObject({ shops: 0, captures: 0 });
    expect(parseBackup(text, text.length).ok).toBe(true);
  });

  it('a write failure during import rolls back and rejects with a StoreError', async () => {
    const db = await seeded();
    const backup = await exportBackup(db);
    const target = freshDb();
    vi.spyOn(target.points, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const err = await importBackup(target, backup).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await counts(target)).toMatchObject({ shops: 0, sessions: 0, captures: 0, points: 0, values: 0 });
  });
});
