import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ItemRow } from '../../lib/capture/types';
import { csvFileName, itemsCsv } from '../../lib/export/csv';
import { ingestCapture } from '../../lib/store/ingest';
import { itemsExport } from '../../lib/store/item-queries';
import { T0, freshDb, liveCapture, tableCapture } from '../store/fixtures';

const SID = 'compass:S1|7528000000000000001';
const item = (id: string, title: string, readings: ItemRow['readings'], over: Partial<ItemRow> = {}): ItemRow => ({
  key: `id:${id}`,
  id,
  title,
  kind: 'product',
  readings,
  ...over,
});
const gmv = (v: number | null) => ({ metric: 'gmv' as const, label: '成交金额', text: v === null ? '--' : `¥${v}`, value: v });
const stock = (v: number) => ({ metric: 'stock' as const, label: '库存', text: String(v), value: v });

async function store() {
  const db = freshDb();
  const live = (at: number, items: ItemRow[]) => ingestCapture(db, { ...liveCapture(), capturedAt: at, items }, { live: true });
  await live(T0, [item('1001', '=SUM(A1)', [gmv(100), stock(50)], { index: 1, explaining: true }), item('1002', '防晒霜', [gmv(null)], { index: 2 })]);
  await live(T0 + 90_000, [
    item('1001', '=SUM(A1)', [gmv(-20.5), stock(48)], { index: 1 }),
    item('1002', '防晒霜', [gmv(null)], { index: 2, explaining: true }),
  ]);
  await live(T0 + 120_000, [item('1001', '=SUM(A1)', [gmv(-20.5), stock(48)], { index: 1 }), item('1002', '防晒霜', [gmv(null)], { index: 2 })]);
  // a shop-level 近7日 list: a period window, no session, no segments
  await ingestCapture(db, { ...tableCapture(), items: [item('1003', '凉席', [gmv(900)])] });
  return db;
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('itemsCsv', () => {
  it('BOM, "name [id]" headers, one row per item per session or window, exact cells', async () => {
    const db = await store();
    const csv = itemsCsv(await itemsExport(db, { shopId: 'compass:S1' }), { lang: 'zh-CN' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parse(csv);
    expect(head).toEqual([
      '商品ID [itemId]',
      '商品 [itemTitle]',
      '类型 [itemKind]',
      '场次ID [sessionKey]',
      '场次标题 [sessionTitle]',
      '周期 [period]',
      '首次记录 [firstSeen]',
      '最近记录 [lastSeen]',
      '序号 [index]',
      '讲解中 [explaining]',
      '讲解次数(记录) [segmentCount]',
      '讲解秒数(记录) [segmentSeconds]',
      '库存 [stock]',
      '成交金额 [gmv]',
    ]);
    // the session's two items by position (sort time T0−15 min), then the window (first seen T0)
    expect(rows).toEqual([
      [
        '1001',
        "'=SUM(A1)",
        'product',
        '7528000000000000001',
        '夏季上新专场',
        '',
        '2025-07-28T22:30:00+08:00',
        '2025-07-28T22:32:00+08:00',
        '1',
        'false',
        '1',
        '90',
        '48',
        '-20.5',
      ],
      [
        '1002',
        '防晒霜',
        'product',
        '7528000000000000001',
        '夏季上新专场',
        '',
        '2025-07-28T22:30:00+08:00',
        '2025-07-28T22:32:00+08:00',
        '2',
        'false',
        '1',
        '30',
        '',
        '',
      ],
      ['1003', '凉席', 'product', '', '', '近7日', '2025-07-28T22:30:00+08:00', '2025-07-28T22:30:00+08:00', '', 'false', '', '', '', '900'],
    ]);
    // numbers unquoted (a negative stays negative), the formula title quoted with a leading '
    expect(csv).toContain(',48,-20.5\r\n');
    const en = parse(itemsCsv(await itemsExport(db, { sessionIds: [SID] }), { lang: 'en' }));
    expect(en[0]!.slice(0, 3)).toEqual(['Item ID [itemId]', 'Item [itemTitle]', 'Kind [itemKind]']);
    expect(en.at(0)!.at(-1)).toBe('GMV [gmv]');
    expect(en).toHaveLength(3); // the picked session's items only
  });

  it('scopes: the picked sessions, the shop, everything; an empty store gives the header only', async () => {
    const db = await store();
    expect((await itemsExport(db, { sessionIds: [SID] })).stats).toHaveLength(2);
    expect((await itemsExport(db, { shopId: 'compass:S1' })).stats).toHaveLength(3);
    expect((await itemsExport(db, { shopId: 'nope' })).stats).toHaveLength(0);
    expect((await itemsExport(db, 'all')).stats).toHaveLength(3);
    const empty = parse(itemsCsv(await itemsExport(freshDb(), 'all'), { lang: 'en' }));
    expect(empty).toHaveLength(1);
    expect(empty[0]).toHaveLength(12);
  });

  it('file name', () => {
    expect(csvFileName('items', '小蜜蜂 旗舰店', Date.parse('2025-07-01T20:00:00+08:00'), Date.parse('2025-07-28T20:00:00+08:00'))).toBe(
      'StageLens-items-小蜜蜂_旗舰店-2025-07-01_2025-07-28.csv',
    );
  });
});
