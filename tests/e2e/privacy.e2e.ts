/**
 * Privacy in the real browser. Without a team folder: across a full run (every fixture page captured, every panel view
 * opened) the extension's pages and service worker make no network request of their own, and
 * page text shown in the panel stays text (an `<img onerror>` in a session title is not HTML).
 * With one set up (a real WebDAV server, tests/helpers/apache.ts): every request of ours goes to
 * that server, under that folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, dbDump, launch, type Harness } from '../../scripts/chromium';
import { listFixtures } from '../helpers/fixtures';
import { apacheAvailable, startApache } from '../helpers/apache';
import { extensionWithAccess, fillTeamFolder, teamAction } from '../helpers/team-folder';

process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
const fixtures = listFixtures();
const HOSTILE = '<img src=x onerror=alert(1)>夏日专场';

describe.runIf(browserAvailable())('privacy: no request of our own, no page text as HTML', () => {
  let h: Harness;
  const requests: Array<{ url: string; frame: string; sw: boolean; nav: boolean }> = [];
  beforeAll(async () => {
    h = await launch();
    h.context.on('request', (r) => {
      let frame = '';
      try {
        frame = r.frame().url();
      } catch {
        frame = 'service-worker';
      }
      requests.push({ url: r.url(), frame, sw: !!r.serviceWorker(), nav: r.isNavigationRequest() });
    });
    for (const f of fixtures) h.serve(f.expected.url, f.html);
  });
  afterAll(async () => h?.close());

  it('makes 0 requests of its own across a full run', async () => {
    const hostileUrl = 'https://compass.jinritemai.com/shop/live-detail?live_room_id=4242424242&tab=diagnosis';
    const base = fixtures.find((f) => f.name === 'compass/live-detail.html')!;
    h.serve(hostileUrl, base.html.replace('直播标题：夏日清凉好物专场', `直播标题：${HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;')}`));
    const page = await h.context.newPage();
    for (const f of fixtures) {
      await page.goto(f.expected.url);
      await page.waitForTimeout(300);
    }
    await page.goto(hostileUrl);
    await expect.poll(async () => ((await dbDump(h)).sessions as Array<{ title?: string }>).some((s) => s.title === HOSTILE), { timeout: 15_000 }).toBe(true);

    const panel = await h.panel();
    let dialogs = 0;
    panel.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const tabs = panel.getByRole('tab');
    await expect.poll(() => tabs.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    let sawHostile = false;
    for (let i = 0; i < (await tabs.count()); i++) {
      await tabs.nth(i).click();
      await panel.waitForTimeout(400);
      sawHostile ||= await panel.evaluate((t) => document.body.innerText.includes(t), HOSTILE);
    }
    expect(sawHostile).toBe(true); // the title is shown, as text
    expect(await panel.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toBe(0);

    // a fragment never goes on the wire
    const served = new Set(
      fixtures
        .map((f) => f.expected.url)
        .concat(hostileUrl)
        .map((u) => u.split('#')[0]!),
    );
    // a visited page is the test's own navigation (its frame still shows the page it leaves)
    const ours = requests.filter((r) => !(served.has(r.url) && !r.sw && r.nav) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
    console.log(`privacy: ${requests.length} requests seen, ${ours.length} not a visited page or the extension's own files`);
    expect(ours).toEqual([]);
    // and the extension's own pages fetched nothing but their packaged files
    const extFetches = requests.filter((r) => r.frame.startsWith('chrome-extension://') && !r.url.startsWith('chrome-extension://'));
    expect(extFetches).toEqual([]);

    // control: the recorder does see a request made by our service worker or panel, so the
    // zeros above are measured, not blind
    const before = requests.length;
    await h.worker.evaluate(() => fetch('https://compass.jinritemai.com/stagelens-probe').catch(() => null));
    await panel.evaluate(() => fetch('https://buyin.jinritemai.com/stagelens-probe').catch(() => null));
    await expect
      .poll(
        () =>
          requests
            .slice(before)
            .map((r) => r.url)
            .sort(),
        { timeout: 5_000 },
      )
      .toEqual(['https://buyin.jinritemai.com/stagelens-probe', 'https://compass.jinritemai.com/stagelens-probe']);
    await panel.close();
    await page.close();
  });
});

describe.runIf(browserAvailable() && apacheAvailable())('privacy with a team folder: requests to that server only', () => {
  it('once a team folder is set up, every request of ours goes to its server, under its folder', async () => {
    const server = await startApache();
    const url = server.folder('privacy');
    const h = await launch({ extDir: extensionWithAccess(server.origin) });
    try {
      const requests: Array<{ url: string; sw: boolean }> = [];
      h.context.on('request', (r) => requests.push({ url: r.url(), sw: !!r.serviceWorker() }));
      for (const f of fixtures) h.serve(f.expected.url, f.html);
      const page = await h.context.newPage();
      for (const f of fixtures.slice(0, 6)) {
        await page.goto(f.expected.url);
        await page.waitForTimeout(300);
      }
      const panel = await h.panel();
      await fillTeamFolder(panel, { url, username: server.user, password: server.password, deviceName: 'privacy' });
      expect(await teamAction(panel, '保存并同步')).toMatchObject({ kind: 'ok' });
      await page.goto(fixtures[6]!.expected.url); // a page read after setup: pushed by the next sync
      await page.waitForTimeout(500);
      expect(await teamAction(panel, '立即同步')).toMatchObject({ kind: 'ok' });
      const tabs = panel.getByRole('tab');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await panel.waitForTimeout(300);
      }
      const served = new Set(fixtures.map((f) => f.expected.url.split('#')[0]!));
      const ours = requests.filter((r) => !served.has(r.url) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:'));
      console.log(`privacy with a team folder: ${ours.length} requests of ours (${ours.filter((r) => r.sw).length} from the service worker)`);
      expect(ours.filter((r) => r.sw).length).toBeGreaterThan(0);
      expect(ours.filter((r) => !r.url.startsWith(`${url}/`))).toEqual([]);
      expect(server.log().every((l) => l.includes(' /dav/privacy/'))).toBe(true);
    } finally {
      await h.close();
      await server.close();
    }
  });
});
