/**
 * Every fixture page of every backend, answered under its real https host in Chromium with the
 * built extension: the real match patterns fire, the content script reads the page, and every
 * observed number of the expected file arrives in the extension's IndexedDB, and every number of
 * every item row (products, plans) in its item tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { listFixtures } from '../helpers/fixtures';
import { ADAPTERS } from '../../lib/platforms/registry';

interface Row {
  url: string;
  scope: string;
  readings: Array<{ metric: string; value: number | null; source: string }>;
}
interface ItemStat {
  itemId: string;
  pageKey: string;
  latest: Record<string, { value: number | null } | undefined>;
}
const fixtures = listFixtures();

describe.runIf(browserAvailable())('every backend captured in Chromium under its real host', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    for (const f of fixtures) h.serve(f.expected.url, f.html);
  });
  afterAll(async () => h?.close());

  it('covers every registered backend', () => {
    const platforms = new Set(fixtures.map((f) => f.expected.platform));
    expect([...platforms].sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_n, f) => {
    const page = await h.context.newPage();
    await page.goto(f.expected.url);
    const want = f.expected.captures;
    let rows: Row[] = [];
    await expect
      .poll(
        async () => {
          rows = ((await dbDump(h)).captures as Row[]).filter((r) => r.url === f.expected.url);
          return rows.flatMap((r) => r.readings.filter((x) => x.source === 'observed')).length;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThanOrEqual(want.length);
    for (const e of want) {
      const row = rows.filter((r) => r.scope === e.scope).at(-1);
      const got = row?.readings.find((x) => x.metric === e.metric && x.source === 'observed');
      expect(got?.value, `${e.scope}|${e.metric}`).toBe(e.value);
    }
    const items = f.expected.items ?? [];
    if (items.length) {
      const path = new URL(f.expected.url).pathname;
      const keyOf = (it: (typeof items)[number]) => `|${it.id !== undefined ? `id:${it.id}` : `title:${it.title}`}`;
      let stats: ItemStat[] = [];
      await expect
        .poll(
          async () => {
            stats = ((await dbDump(h)).itemStats as ItemStat[]).filter((r) => r.pageKey.includes(path));
            return items.filter((it) => stats.some((s) => s.itemId.endsWith(keyOf(it)))).length;
          },
          { timeout: 20_000 },
        )
        .toBe(items.length);
      for (const it of items) {
        const stat = stats.find((s) => s.itemId.endsWith(keyOf(it)))!;
        for (const [metric, r] of Object.entries(it.metrics)) expect(stat.latest[metric]?.value, `${keyOf(it)} ${metric}`).toBe(r.value);
        expect(Object.keys(stat.latest).sort(), `${keyOf(it)}: no number the file does not list`).toEqual(Object.keys(it.metrics).sort());
      }
    }
    await page.close();
  });
});
