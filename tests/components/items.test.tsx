/**
 * 商品 / Items: a seeded store (the demo seed: a live session with its goods panel, yesterday's
 * session read live, five finished sessions' 商品明细) rendered through the real App.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { valueAt } from '../../lib/items/segments';
import { sessionsWithItems } from '../../lib/store/item-queries';
import { updateSettings } from '../../lib/store/settings';
import { $, $$, click, liveUrl, mount, seededDb, setValue, tab, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const cell = (tbody: Element, col: string) => tbody.querySelector(`td[data-col=${col}]`)?.textContent ?? '';
const titles = (root: HTMLElement) => $$(root, '.item-table:not(.ledger) tbody[data-item] .item-title .title').map((e) => e.textContent);
/** 12.3万 / ¥1,234.5 / ¥8,019.9 → a number (zh formatting) */
const money = (s: string) => {
  const x = s.replace(/[¥,]/g, '');
  return x.endsWith('万') ? Number(x.slice(0, -1)) * 1e4 : Number(x);
};

describe('Items view', () => {
  it("lists the newest session's items, sorts them, shows — for what the page did not show, segments with their GMV, advice with its numbers and the ledger", async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '商品');
    const rows = await waitFor(() => {
      const r = $$(root, '.item-table:not(.ledger) tbody[data-item]');
      return r.length === 8 && r;
    });
    // the default session: the shop's newest with items (the live one)
    const shopId = (await db.shops.toArray()).find((s) => s.platform === 'compass')!.id;
    const newest = (await sessionsWithItems(db, shopId))[0]!;
    expect(newest.live).toBe(true);
    expect($<HTMLSelectElement>(root, '#items-session')!.value).toBe(newest.id);
    // in the page's order, the one being explained marked
    expect(titles(root)[0]).toBe('冰丝防晒袖套 男女款');
    expect(rows.filter((r) => r.querySelector('.tag.live')).map((r) => r.dataset.item)).toEqual(['id:3602']);
    // never explained this session: its GMV per explained minute is unknown, shown as —, never 0
    const unexplained = rows.find((r) => r.dataset.item === 'id:3607')!;
    expect(cell(unexplained, 'explained')).toBe('0');
    expect(cell(unexplained, 'gmvPerExplainMinute')).toBe('—');
    // each item's funnel: 曝光 → 点击 → 成交 with its rates
    expect(unexplained.querySelectorAll('.item-funnel li')).toHaveLength(3);
    expect(unexplained.querySelector('.item-funnel li:nth-child(2) .rate')?.textContent).toMatch(/%$/);

    // sort by GMV: high to low, then low to high
    await click($(root, 'button[data-sort=gmv]'));
    const gmvs = () => $$(root, '.item-table:not(.ledger) tbody[data-item] td[data-col=gmv]').map((td) => money(td.textContent ?? ''));
    await waitFor(() => gmvs()[0]! > gmvs()[7]!);
    expect(gmvs()).toEqual([...gmvs()].sort((a, b) => b - a));
    expect($(root, 'th[aria-sort=descending] button[data-sort=gmv]')).not.toBeNull();
    await click($(root, 'button[data-sort=gmv]'));
    await waitFor(() => gmvs()[0]! < gmvs()[7]!);
    expect(gmvs()).toEqual([...gmvs()].sort((a, b) => a - b));

    // segments: the room's GMV gained while each was explained (end − start on the minute curve)
    const segs = $$(root, '[data-segment-item]');
    const stored = await db.segments.where('sessionId').equals(newest.id).sortBy('start');
    expect(segs.map((s) => s.dataset.segmentItem)).toEqual(stored.map((s) => s.itemId.slice(s.itemId.indexOf('|') + 1)));
    const gmvPoints = await db.points.where('[sessionId+metric+t]').between([newest.id, 'gmv', 0], [newest.id, 'gmv', Infinity]).toArray();
    const first = stored[0]!;
    const expected = valueAt(gmvPoints, first.end!)! - valueAt(gmvPoints, first.start)!;
    expect(expected).toBeGreaterThan(0);
    expect(Number(segs[0]!.dataset.segmentGmv)).toBe(expected);
    expect(money(segs[0]!.querySelector('[data-fig=gmv]')!.textContent!)).toBeCloseTo(expected, -1);
    expect(segs[0]!.textContent).toMatch(/\d\d:\d\d–\d\d:\d\d/);
    expect(segs.at(-1)!.classList.contains('open')).toBe(true);

    // advice: the rule, its item and the numbers that fired it (the item's figure and the session's quartiles)
    const advice = await waitFor(() => $(root, '[data-rule=item-seen-not-clicked]'));
    expect(advice.querySelector('strong')?.textContent).toBe('气泡水 整箱24瓶');
    expect($$(advice, '[data-measure]').map((e) => e.dataset.measure)).toEqual(['impressions', 'clickRate']);
    expect(advice.querySelector('[data-measure=impressions]')?.textContent).toMatch(/四分位 .+–.+，中位 .+（8 个）/);

    // the ledger: every item across the sessions, placed against the shop's items
    const ledger = $$(root, '[data-ledger-item]');
    expect(ledger).toHaveLength(8);
    expect(ledger.every((r) => r.querySelector('td[data-fig=sessions] .v')?.textContent === '7')).toBe(true);
    expect(ledger.some((r) => r.querySelector('td[data-fig=gmv][data-pos=above] .pos-mark.good'))).toBe(true);
    expect(ledger.some((r) => r.querySelector('td[data-fig=gmv][data-pos=below] .pos-mark.bad'))).toBe(true);
    // never explained anywhere: average time explained unknown
    expect(ledger.find((r) => r.dataset.ledgerItem === 'id:3607')!.querySelector('td[data-fig=avgExplainSeconds] .v')!.textContent).toBe('—');

    // another session: a finished one whose page did not show the explanation columns, and with no segments
    const opts = $$<HTMLOptionElement>(root, '#items-session option');
    expect(opts).toHaveLength(7);
    await setValue($<HTMLSelectElement>(root, '#items-session'), opts[2]!.value);
    await waitFor(() => $(root, '.segment-list') === null && $$(root, '.item-table:not(.ledger) tbody[data-item]').length === 8);
    expect($(root, '#segments-h')?.textContent).toContain('0');
  });

  it("in English; and the Now view's items block leads to the view", async () => {
    const db = await seededDb();
    await updateSettings(db, { language: 'en' });
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    const block = await waitFor(() => $(root, '[data-now-items]'));
    expect($$(block, 'li')).toHaveLength(5);
    await waitFor(() => $(block, '.tag.live')?.textContent === 'Explaining');
    expect($(block, 'h2')?.textContent).toMatch(/^Items \(by GMV\) 8/);
    await click($(block, 'button'));
    await waitFor(() => $(root, '[role=tab][aria-selected=true]')?.textContent === 'Items');
    await waitFor(() => $$(root, '.item-table:not(.ledger) tbody[data-item]').length === 8);
    expect($(root, '#segments-h')?.textContent).toMatch(/^Explanation timeline/);
    expect($(root, 'button[data-sort=gmvPerExplainMinute]')?.textContent).toBe('GMV / explained min');
    expect($(root, '[data-segment-item] dt')?.textContent).toBe('GMV during');
    expect($(root, '#item-advice-h')?.textContent).toBe('Item advice');
    expect($(root, '[data-rule] [data-measure]')?.textContent).toMatch(/quartiles/);
    await tab(root, 'Now');
  });
});
