/** Sessions: filters, title search, multi-select (the live one too), comparison, funnels, best/worst. */
import { afterEach, describe, expect, it } from 'vitest';
import { $, $$, click, liveUrl, mount, seededDb, setValue, tab, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

const titleOf = (li: Element) => li.querySelector('.title')?.textContent ?? '';

describe('Sessions view', () => {
  it('filters, searches, compares three sessions side by side with deltas, funnels and best/worst', async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '场次');
    const all = await waitFor(() => {
      const l = $$(root, '.session-list li');
      return l.length >= 30 && l;
    });
    expect($(root, '.session-list li .tag.live')).not.toBeNull();

    // search by title
    await setValue($<HTMLInputElement>(root, '#f-search'), '新品首发', 'input');
    await waitFor(() => $$(root, '.session-list li').length < all.length);
    for (const li of $$(root, '.session-list li')) expect(titleOf(li)).toContain('新品首发');
    await setValue($<HTMLInputElement>(root, '#f-search'), '', 'input');
    await waitFor(() => $$(root, '.session-list li').length === all.length);

    // dates: a window with nothing in it
    await setValue($<HTMLInputElement>(root, '#f-from'), '2030-01-01', 'input');
    await waitFor(() => $$(root, '.session-list li').length === 0);
    await setValue($<HTMLInputElement>(root, '#f-from'), '', 'input');
    await waitFor(() => $$(root, '.session-list li').length === all.length);

    // pick the live session, the newest finished one, and one whose 新增粉丝 was "--"
    const lis = $$(root, '.session-list li');
    const live = lis.find((li) => li.querySelector('.tag.live'))!;
    const missing = lis.find((li) => titleOf(li).includes('第32场'))!;
    const other = lis.find((li) => titleOf(li).includes('第34场'))!;
    for (const li of [live, other, missing]) await click(li.querySelector('input[type=checkbox]'));
    const table = await waitFor(() => $(root, '.compare-table'));
    expect($$(table, 'th[data-col]')).toHaveLength(3);
    expect($(table, 'th[data-col] .tag.live')).not.toBeNull();

    // best and worst by better-direction; a missing value is neither, and never shown as 0
    expect($$(table, 'td[data-best]').length).toBeGreaterThan(0);
    expect($$(table, 'td[data-worst]').length).toBeGreaterThan(0);
    const fans = $$(table, 'tbody[data-compare=newFans] td');
    expect(fans).toHaveLength(3);
    expect(fans[2]!.hasAttribute('data-worst')).toBe(false);
    expect(fans[2]!.textContent).not.toMatch(/^0\b/);
    // deltas vs the first and vs the shop median
    expect(table.textContent).toMatch(/比首场|vs first|比基准/);
    expect(table.textContent).toMatch(/中位/);
    // one funnel per session
    await waitFor(() => $$(root, 'figure.funnel').length === 3);
    // the first ticked session's 复盘 draft: rule sentences, each with the numbers it used
    const review = await waitFor(() => $(root, '[data-review] [data-review-rule=overview]'));
    expect(review.textContent).toMatch(/依据: gmv=¥/);

    // re-baseline: the second becomes first
    const second = $$(table, 'th[data-col]')[1]!.dataset.col;
    await click($(table, 'th[data-col] button'));
    await waitFor(() => $$(root, '.compare-table th[data-col]')[0]!.dataset.col === second);
  });
});
