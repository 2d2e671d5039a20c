/**
 * The team folder in the real browser. Headless Chromium shows the optional-permission prompt
 * and nothing can answer it (no browser UI to click; chrome://extensions' site access grants only
 * hosts a manifest requires), so the e2e loads a copy of the build whose manifest already holds
 * the test server's origin: the panel's `permissions.request` for it then resolves at once, and
 * everything after it — the background's requests, the server, the merge — is the product's.
 * That the request asks for exactly that origin is pinned by the component test.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXT_DIR } from '../../scripts/chromium';

export function extensionWithAccess(origin: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'stagelens-ext-')), 'chrome-mv3');
  cpSync(EXT_DIR, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  m.host_permissions.push(`${origin}/*`);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  return dir;
}

export interface FolderForm {
  url: string;
  username: string;
  password: string;
  passphrase?: string;
  deviceName: string;
}

/** Open the Data view and fill the team folder card (not saved). */
export async function fillTeamFolder(panel: Page, f: FolderForm): Promise<void> {
  await panel.getByRole('tab', { name: '数据' }).click();
  await panel.waitForSelector('#team-url');
  await panel.fill('#team-url', f.url);
  await panel.fill('#team-username', f.username);
  await panel.fill('#team-password', f.password);
  await panel.fill('#team-passphrase', f.passphrase ?? '');
  await panel.fill('#team-deviceName', f.deviceName);
}

/** Click a card button and wait for its outcome; returns 'ok' or 'error' and the text. */
export async function teamAction(panel: Page, button: string): Promise<{ kind: string; text: string }> {
  const out = panel.locator('[data-team-outcome]');
  const seq = (await out.count()) ? Number(await out.getAttribute('data-seq')) : 0;
  await panel.locator('section.team').getByRole('button', { name: button }).click();
  await panel.locator(`[data-team-outcome][data-seq="${seq + 1}"]`).waitFor({ timeout: 60_000 });
  const r = { kind: (await out.getAttribute('data-team-outcome')) ?? '', text: (await out.textContent()) ?? '' };
  if (r.kind !== 'ok') console.log(`team folder ${button}: ${r.text}`);
  return r;
}
