/**
 * `npm run demo`'s team-folder screenshot: a real WebDAV server (Debian's Apache + mod_dav,
 * tests/helpers/apache.ts), the demo browser set up on it, and a teammate — a second StageLens
 * store in this process (fake-indexeddb, as scripts/demo-seed.ts uses) syncing through the same
 * engine — who changed the same setting later. The card then shows two devices and the conflict,
 * resolved to the later edit. Skipped (said so) when apache2 is not installed.
 */
// before Dexie loads (it takes the IndexedDB API when imported)
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { importBackup } from '../lib/store/backup';
import { openDb } from '../lib/store/db';
import { setSetting } from '../lib/store/settings';
import { runSync } from '../lib/sync/engine';
import { writeConfig, type SyncConfig } from '../lib/store/sync-state';
import { webdavRemote } from '../lib/sync/transport';
import { apacheAvailable, startApache } from '../tests/helpers/apache';
import { extensionWithAccess, fillTeamFolder, teamAction } from '../tests/helpers/team-folder';
import { launch } from './chromium';
import { seedBackup } from './demo-seed';
import { listFixtures } from '../tests/helpers/fixtures';

export async function teamFolderShot(out: string, viewport: { width: number; height: number }): Promise<string | null> {
  if (!apacheAvailable()) {
    console.log('apache2 not installed: no team-folder screenshot (apt-get install -y apache2).');
    return null;
  }
  const server = await startApache();
  const url = server.folder('StageLens');
  const h = await launch({ extDir: extensionWithAccess(server.origin), viewport });
  try {
    const fixtures = listFixtures();
    for (const f of fixtures) h.serve(f.expected.url, f.html);
    const page = await h.context.newPage();
    for (const f of fixtures.slice(0, 4)) {
      await page.goto(f.expected.url);
      await page.waitForTimeout(600);
    }
    const panel: Page = await h.panel();
    await fillTeamFolder(panel, { url, username: server.user, password: server.password, passphrase: 'demo team passphrase', deviceName: '运营A · 直播间' });
    await panel.selectOption('#team-schedule', '30');
    await teamAction(panel, '保存并同步');
    await panel.selectOption('#set-theme', 'light');

    // the teammate: the seeded history, and the same setting changed a little later
    const mate = openDb('demo-teammate');
    const config: SyncConfig = {
      url,
      username: server.user,
      password: server.password,
      passphrase: 'demo team passphrase',
      deviceName: '运营B · 投放',
      scheduleMinutes: null,
    };
    await writeConfig(mate, config);
    await importBackup(mate, await seedBackup());
    await new Promise((r) => setTimeout(r, 50));
    await setSetting(mate, 'theme', 'system');
    const r = await runSync({ db: mate, config, remote: webdavRemote(config) });
    if (!r.ok) throw new Error(`teammate sync: ${r.error?.message}`);

    await teamAction(panel, '立即同步');
    await panel.locator('[data-conflict="settings|theme"]').waitFor({ timeout: 15_000 });
    const file = resolve(out, 'team-folder.png');
    await panel.locator('section.team').screenshot({ path: file });
    await mate.delete();
    return file;
  } finally {
    await h.close();
    await server.close();
  }
}
