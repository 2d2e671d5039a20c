/** Data: CSV and JSON export through a Blob, import with counts or a clear error, settings, storage. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { getSettings } from '../../lib/store/settings';
import { exportBackup } from '../../lib/store/backup';
import { addLabelMap } from '../../lib/store/labelmaps';
import { freshDb, liveCapture } from '../store/fixtures';
import { $, $$, click, ingestAll, liveUrl, mount, seededDb, setValue, tab, waitFor, type Mounted } from './harness';

let m: (Mounted & { sendMessage?: unknown }) | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
  vi.restoreAllMocks();
});

const button = (root: HTMLElement, name: RegExp) => $$<HTMLButtonElement>(root, 'button').find((b) => name.test(b.textContent ?? ''))!;

async function pickFile(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

describe('Data view', () => {
  it('exports CSV (BOM, numbers) and a JSON backup through a Blob download', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '数据');
    await waitFor(() => m!.app.shops.computed.current.value);
    await click(button(root, /CSV/));
    await waitFor(() => blobs.length === 1);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(30);
    expect(lines[1]).toMatch(/,\d+(\.\d+)?(,|$)/);
    await waitFor(() => $(root, '[role=status]')?.textContent?.includes('.csv'));

    await click(button(root, /JSON/));
    await waitFor(() => blobs.length === 2);
    const backup = JSON.parse(await blobs[1]!.text()) as { sessions: unknown[] };
    expect(backup.sessions.length).toBeGreaterThan(40);

    // the items CSV of the shop: one row per item per session (8 goods × 7 sessions in the seed)
    await click($(root, 'input[name=export-kind][value=items]'));
    await click(button(root, /CSV/));
    await waitFor(() => blobs.length === 3);
    const items = (await blobs[2]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(items[0]).toMatch(/^商品ID \[itemId\],商品 \[itemTitle\],/);
    expect(items).toHaveLength(1 + 8 * 7);
    await waitFor(() => /StageLens-items-.+\.csv/.test($(root, '[role=status]')?.textContent ?? ''));
  });

  it('imports a backup (counts) and says clearly when a file is not one', async () => {
    const src = await seededDb();
    const text = JSON.stringify(await exportBackup(src));
    const db = freshDb();
    m = await mount(db);
    const root = m.root;
    await tab(root, '数据');
    const input = $<HTMLInputElement>(root, '#import-file')!;
    await pickFile(input, new File(['{"not":"a backup"}'], 'x.json', { type: 'application/json' }));
    await waitFor(() => $(root, '[role=alert]'));
    await pickFile(input, new File([text], 'b.json', { type: 'application/json' }));
    const res = await waitFor(() => $(root, '.import-result'));
    expect(Number($(res, 'tr[data-table=sessions] td')!.textContent)).toBeGreaterThan(40);
    await expect.poll(() => db.sessions.count()).toBeGreaterThan(40);
  });

  it('saves settings (language switches the whole panel to English) and lists shops and storage', async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '数据');
    await waitFor(() => root.textContent?.includes('星河优选旗舰店'));
    await setValue($<HTMLInputElement>(root, '#set-roi'), '3.2');
    await expect.poll(async () => (await getSettings(db)).breakEvenRoi).toBe(3.2);
    await setValue($<HTMLSelectElement>(root, '#set-lang'), 'en');
    await waitFor(
      () =>
        $$(root, '[role=tab]')
          .map((t) => t.textContent)
          .join('|') === 'Now|Sessions|Items|Trends|Growth|Data',
    );
    expect($(root, '[data-persistence]')).not.toBeNull();
  });

  it('shows a failed write (a full disk) instead of dropping it', async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValue(quota);
    await tab(m.root, '数据');
    await setValue($<HTMLInputElement>(m.root, '#set-roi'), '4');
    const alert = await waitFor(() => $(m!.root, '.errors[role=alert]'));
    expect(alert.textContent).toMatch(/存储空间已满|已满/);
  });
  it('lists label mappings (page text shown as text) and removes one, telling the open tab', async () => {
    const db = await seededDb();
    await addLabelMap(db, 'compass', '<i>新客</i>成交占比', 'clickToPayRate');
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '数据');
    const li = await waitFor(() => $(root, 'li[data-map]'));
    expect(li.textContent).toContain('<i>新客</i>成交占比 → 商品点击-成交转化率(人数)');
    expect(li.querySelector('i')).toBeNull();
    await click(li.querySelector('button'));
    await expect.poll(() => db.labelMaps.count()).toBe(0);
    await waitFor(() => !$(root, 'li[data-map]') && root.textContent?.includes('还没有自定义映射'));
    // the list follows the database (a live query); the open tab is told after the removal commits,
    // through its own reads and tabs.query, so the message may land a moment after the list updates
    await vi.waitFor(() => expect(m!.sendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'overridesChanged', platform: 'compass' })));
  });

  it('names every shop: a page without an account is said so, never "_default"; ids beside equal names; one shop per seller across its accounts', async () => {
    const db = await seededDb();
    await ingestAll(db, [
      liveCapture({ url: 'https://compass.jinritemai.com/shop/live-detail?live_room_id=1', shop: undefined }),
      liveCapture({ url: 'https://compass.jinritemai.com/shop/live-detail?live_room_id=2', shop: { id: '1234567', name: '星河优选旗舰店' } }),
    ]);
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '数据');
    // the unnamed 罗盘 page joins the only Douyin shop; the page with the shop's id joins it by name
    const shops = await waitFor(() => {
      const l = $$(root, 'li[data-shop]');
      return l.length === 2 && $$(root, 'li[data-account]').length === 4 && l;
    });
    const text = shops.map((li) => li.textContent ?? '').join('\n');
    expect(text).not.toContain('_default');
    const accounts = Object.fromEntries($$(root, 'li[data-account]').map((li) => [li.getAttribute('data-account'), li.textContent]));
    expect(accounts['compass:_default']).toMatch(/^抖音电商罗盘 · （页面未显示店铺名） · 该平台唯一店铺/);
    expect(accounts['compass:1234567']).toMatch(/^抖音电商罗盘 · 星河优选旗舰店 · ID 1234567 · 同一店铺名/);
    expect(accounts['compass:星河优选旗舰店']).toMatch(/^抖音电商罗盘 · 星河优选旗舰店 · 首个账号/);
    const options = $$<HTMLOptionElement>(root, '#shop-picker option').map((o) => o.textContent);
    expect(options).toHaveLength(2);
    expect(options).toContain('星河优选旗舰店 · 抖音电商罗盘');
  });
});

describe('Data view: backup card', () => {
  it('says never backed up and nudges on a history of many sessions; a JSON backup records the time and the nudge goes', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:x');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '数据');
    const card = await waitFor(() => $<HTMLElement>(root, 'section.backup'));
    expect($(card, '.backup-last')!.textContent).toContain('还没有备份过');
    const sessions = await db.sessions.count();
    expect(sessions).toBeGreaterThan(10); // the reminder's default session limit
    expect((await waitFor(() => $(card, '.backup-nudge'))).textContent).toMatch(new RegExp(`还没有备份（\\d+ 天，${sessions} 场）`));
    await click(button(card, /现在备份/));
    await waitFor(() => $(root, 'section.backup')!.dataset.lastBackup !== '');
    await waitFor(() => !$(root, 'section.backup .backup-nudge'));
    expect($(root, 'section.backup .backup-last')!.textContent).toContain('手动导出');
  });

  it('an empty store is not nagged', async () => {
    const db = freshDb();
    m = await mount(db, {});
    await tab(m.root, '数据');
    await waitFor(() => $(m!.root, 'section.backup'));
    expect($(m.root, 'section.backup .backup-nudge')).toBeNull();
  });
});
