/**
 * The scheduled backup in real Chromium: switched on in the Data view, the background writes the
 * store's backup through chrome.downloads into the downloads folder, the Data view shows when,
 * and the file imports back into the same store (nothing added, nothing lost) and into an empty one.
 *
 * Headless Chromium cannot click a permission prompt, so the test loads a copy of the build
 * whose manifest lists `downloads` as granted (required) instead of optional — the user's "yes".
 * The code is the built code, unchanged; tests/e2e/bundle.e2e.ts pins the real manifest's
 * `downloads` as optional.
 */
declare const chrome: { downloads: { search(q: object): Promise<Array<{ filename: string; state: string; byExtensionId?: string }>> } };
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXT_DIR, browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { listFixtures } from '../helpers/fixtures';

describe.runIf(browserAvailable())('scheduled backup into the downloads folder', () => {
  let h: Harness;
  const dir = mkdtempSync(join(tmpdir(), 'stagelens-backup-ext-'));
  beforeAll(async () => {
    cpSync(EXT_DIR, dir, { recursive: true });
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.optional_permissions).toContain('downloads');
    m.permissions = [...m.permissions, 'downloads'];
    m.optional_permissions = m.optional_permissions.filter((p: string) => p !== 'downloads');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    h = await launch({ extDir: dir, downloadsDir: join(dir, 'Downloads') });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the backup when switched on; the file imports back to the same store', async () => {
    // some history: every fixture page read under its real host
    const fixtures = listFixtures().slice(0, 6);
    for (const f of fixtures) h.serve(f.expected.url, f.html);
    const page = await h.context.newPage();
    for (const f of fixtures) await page.goto(f.expected.url);
    await expect.poll(async () => (await dbDump(h)).sessions.length, { timeout: 30_000 }).toBeGreaterThan(0);

    const panel = await h.panel();
    await panel.getByRole('tab', { name: /数据|Data/ }).click();
    const card = panel.locator('section.backup');
    await expect.poll(() => card.getAttribute('data-last-backup'), { timeout: 15_000 }).toBe('');
    await panel.selectOption('#backup-schedule', 'daily');

    // the download, as Chromium's own downloads list has it
    let item: { filename: string; state: string } | undefined;
    await expect
      .poll(
        async () => {
          [item] = await h.worker.evaluate(() => chrome.downloads.search({ filenameRegex: 'StageLens-backup-' }));
          return item?.state;
        },
        { timeout: 30_000 },
      )
      .toBe('complete');
    expect(item!.filename).toMatch(new RegExp(`^${join(dir, 'Downloads', 'StageLens')}/StageLens-backup-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    expect(existsSync(item!.filename)).toBe(true);
    await expect.poll(() => card.getAttribute('data-last-backup'), { timeout: 15_000 }).not.toBe('');
    expect(await card.locator('.backup-last').innerText()).toMatch(/定时备份|scheduled/);

    // the file imports back: into the same store nothing is added; the store is unchanged
    const before = await dbDump(h);
    const file = readFileSync(item!.filename, 'utf8');
    expect(JSON.parse(file).sessions).toHaveLength(before.sessions.length);
    const tmp = join(dir, 'backup.json');
    writeFileSync(tmp, file);
    await panel.setInputFiles('#import-file', tmp);
    const result = panel.locator('.import-result');
    await result.waitFor({ timeout: 30_000 });
    const after = await dbDump(h);
    for (const t of ['captures', 'sessions', 'shops', 'points'] as const) expect(after[t].length, t).toBe(before[t].length);
    expect(after.sessions).toEqual(before.sessions);
    await panel.close();
    await page.close();
  });
});
