/** Trends: a metric over the shop's sessions (table fallback in happy-dom), the live minute curve. */
import { afterEach, describe, expect, it } from 'vitest';
import { $, $$, liveUrl, mount, seededDb, setValue, tab, waitFor, type Mounted } from './harness';

let m: Mounted | null = null;
afterEach(() => {
  m?.unmount();
  m = null;
});

describe('Trends view', () => {
  it('shows a metric over time with its stage band, switches metric, and draws the live minute curve', async () => {
    const db = await seededDb();
    m = await mount(db, { url: liveUrl() });
    const root = m.root;
    await tab(root, '趋势');
    await waitFor(() => $(root, '.chart[role=img]'));
    const rows = await waitFor(() => {
      const r = $$(root, '.table-details tbody tr');
      return r.length > 10 && r;
    });
    expect(rows.length).toBeGreaterThan(10);
    expect(root.textContent).toMatch(/阶段|区间/);
    const select = $<HTMLSelectElement>(root, '#trend-metric')!;
    const before = $(root, '#trend-h')!.textContent;
    const other = [...select.options].find((o) => o.value && o.value !== select.value)!.value;
    await setValue(select, other);
    await waitFor(() => $(root, '#trend-h')!.textContent !== before);
    // the live session's minute curve: one point per minute read from the big screen
    const minute = await waitFor(() => {
      const s = $(root, '[aria-labelledby=minute-h]');
      return s && $$(s, 'tbody tr').length > 30 && s;
    });
    expect(minute.textContent).toContain('宠粉福利夜');
  });
});
