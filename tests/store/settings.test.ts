import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, getSetting, getSettings, setSetting, updateSettings } from '../../lib/store/settings';
import { addLabelMap, aliasOverrides, listLabelMaps, removeLabelMap } from '../../lib/store/labelmaps';
import { getChecklist, getChecklistItem, setChecklistItem } from '../../lib/store/checklist';
import { requestPersistence } from '../../lib/store/persist';
import { StoreError, classifyStoreError } from '../../lib/store/errors';
import { freshDb } from './fixtures';

describe('settings', () => {
  it('defaults, typed writes, validation', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ language: 'zh-CN', theme: 'system', retentionDays: null });
    await setSetting(db, 'language', 'en');
    await setSetting(db, 'targets', { viewers: 5000, clickToPayRate: 0.1 });
    expect(await getSetting(db, 'language')).toBe('en');
    expect((await getSettings(db)).targets).toEqual({ viewers: 5000, clickToPayRate: 0.1 });
    await expect(setSetting(db, 'theme', 'neon' as never)).rejects.toThrow();
    await expect(setSetting(db, 'targets', { hackers: 1 } as never)).rejects.toThrow();
    await expect(setSetting(db, 'retentionDays', 0)).rejects.toThrow();
    await expect(updateSettings(db, { theme: 'dark', breakEvenRoi: Infinity })).rejects.toThrow();
    expect(await getSetting(db, 'theme')).toBe('system'); // the bad patch wrote nothing
    expect(await updateSettings(db, { theme: 'dark', breakEvenRoi: 2.5 })).toMatchObject({ theme: 'dark', breakEvenRoi: 2.5, language: 'en' });
  });

  it('a stored value that no longer validates reads as its default', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'theme', value: 'sepia' });
    expect(await getSetting(db, 'theme')).toBe('system');
  });

  it('a failed settings write is a StoreError, not swallowed', async () => {
    const db = freshDb();
    vi.spyOn(db.settings, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(setSetting(db, 'language', 'en')).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
  });
});

describe('label maps', () => {
  it('add / list / remove / aliasOverrides, labels normalised like adapters', async () => {
    const db = freshDb();
    await addLabelMap(db, 'compass', ' 成交粉丝占比： ', 'fanBuyerShare', 1);
    await addLabelMap(db, 'compass', '__proto__', 'views', 2);
    await addLabelMap(db, 'kwaixiaodian', '观看人数', 'viewers', 3);
    expect((await listLabelMaps(db, 'compass')).map((r) => r.label)).toEqual(['成交粉丝占比', '__proto__']);
    const o = await aliasOverrides(db, 'compass');
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['成交粉丝占比', '__proto__']);
    expect(o['__proto__']).toBe('views');
    await removeLabelMap(db, 'compass', '成交粉丝占比:');
    expect(Object.keys(await aliasOverrides(db, 'compass'))).toEqual(['__proto__']);
    expect(await listLabelMaps(db)).toHaveLength(2);
    await expect(addLabelMap(db, 'compass', 'x', 'nope' as never)).rejects.toThrow(/unknown metric/);
    await expect(addLabelMap(db, 'compass', '  ', 'views')).rejects.toThrow();
  });
});

describe('checklist', () => {
  it('per shop item state', async () => {
    const db = freshDb();
    expect(await getChecklistItem(db, 'compass:S1', 'cover')).toBe('todo');
    await setChecklistItem(db, 'compass:S1', 'cover', 'done');
    await setChecklistItem(db, 'compass:S1', 'script', 'skipped');
    await setChecklistItem(db, 'compass:S2', 'cover', 'skipped');
    expect(await getChecklist(db, 'compass:S1')).toEqual({ cover: 'done', script: 'skipped' });
    expect(await getChecklistItem(db, 'compass:S2', 'cover')).toBe('skipped');
    await expect(setChecklistItem(db, 'compass:S1', 'x', 'maybe' as never)).rejects.toThrow();
  });
});

describe('requestPersistence', () => {
  const nav = (persisted: boolean, persist: boolean) => ({
    storage: { persisted: async (): Promise<boolean> => persisted, persist: async (): Promise<boolean> => persist },
  });
  it.each<[string, Parameters<typeof requestPersistence>[0], string]>([
    ['no storage', {}, 'unsupported'],
    ['no persist()', { storage: {} }, 'unsupported'],
    ['already persisted', nav(true, false), 'granted'],
    ['granted', nav(false, true), 'granted'],
    ['denied', nav(false, false), 'denied'],
  ])('%s', async (_n, n, expected) => {
    expect(await requestPersistence(n)).toBe(expected);
  });
});

describe('classifyStoreError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'DatabaseClosedError' }, 'closed'],
    [{ name: 'VersionError' }, 'version'],
    [{ name: 'ConstraintError' }, 'constraint'],
    [{ name: 'AbortError' }, 'aborted'],
    [new Error('?'), 'unknown'],
  ] as const)('%o → %s', (e, kind) => expect(classifyStoreError(e)).toBe(kind));
});
