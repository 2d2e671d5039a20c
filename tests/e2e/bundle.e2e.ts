/**
 * What the built extension asks for and carries, pinned: permissions and hosts as reviewed, no
 * remote URL our code could fetch, no eval / Function constructor, and a clean `web-ext lint`
 * of the Firefox build (offline). Runs after `npm run build && npm run build:firefox`.
 */
import { ADAPTERS } from '../../lib/platforms/registry';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { HOSTS, MATCH_PATTERNS } from '../../lib/platforms/hosts';
import { TEAM_FOLDER_ORIGINS } from '../../lib/sync/origins';
import { pngSize } from '../helpers/png';

const OUT = process.env.STAGELENS_OUT ?? '.output';
const CHROME = `${OUT}/chrome-mv3`;
const FIREFOX = `${OUT}/firefox-mv2`;
const built = existsSync(join(CHROME, 'manifest.json')) && existsSync(join(FIREFOX, 'manifest.json'));
if (!built && process.env.CI === 'true') throw new Error('build the extension first (npm run build && npm run build:firefox)');

const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

// Strings in library code that look like URLs but are never requested: XML namespaces, JSON
// Schema identifiers (zod), and documentation links inside library error messages (Dexie).
const NOT_REQUESTS = [
  /^http:\/\/www\.w3\.org\//,
  /^https?:\/\/json-schema\.org\//,
  /^http:\/\/bit\.ly\/2kdckMn$/, // Dexie: "see http://bit.ly/2kdckMn" in a thrown message
  /^https:\/\/tinyurl\.com\/y2uuvskb$/, // Dexie: liveQuery docs link in a warning
  /^http:\/\/apache\.org\/dav\/propset\/fs\/1$/, // webdav client: Apache's DAV XML namespace
  // webdav client: the owner text it puts in a LOCK request's body (the sync never locks)
  /^https:\/\/github\.com\/perry-mitchell\/webdav-client\/blob\/master\/LOCK_CONTACT\.md$/,
  // the team folder card's placeholder: an example address shown to the user; the sync requests
  // only the address the user saved (tests/e2e/privacy.e2e.ts)
  /^https:\/\/dav\.jianguoyun\.com\/dav\/StageLens$/,
];

describe.runIf(built)('built bundles', () => {
  it('Chrome manifest asks only for the reviewed permissions and hosts', () => {
    const m = JSON.parse(readFileSync(join(CHROME, 'manifest.json'), 'utf8'));
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['sidePanel', 'storage', 'unlimitedStorage']);
    expect([...m.host_permissions].sort()).toEqual([...MATCH_PATTERNS].sort());
    // optional, asked when a feature is turned on: the team folder's server origin and `alarms`
    // (lib/sync), `downloads` for scheduled backups, `notifications` for live alerts (issue 15)
    expect(m.optional_permissions).toEqual(['alarms', 'downloads', 'notifications']);
    expect(m.optional_host_permissions).toEqual(TEAM_FOLDER_ORIGINS);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined(); // the strict MV3 default
    // one content script per backend, each on its own hosts only; together exactly the hosts
    for (const cs of m.content_scripts) expect(cs.js).toHaveLength(1);
    expect(m.content_scripts.flatMap((cs: { matches: string[] }) => cs.matches).sort()).toEqual([...MATCH_PATTERNS].sort());
    expect(m.content_scripts.map((cs: { js: string[] }) => cs.js[0]).sort()).toEqual(ADAPTERS.map((a) => `content-scripts/${a.id}.js`).sort());
    for (const cs of m.content_scripts as Array<{ js: string[]; matches: string[] }>) {
      const a = ADAPTERS.find((x) => cs.js[0] === `content-scripts/${x.id}.js`)!;
      expect([...cs.matches].sort()).toEqual(a.hosts.map((h) => `https://${h}/*`).sort());
    }
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/|"tabs"|"cookies"|"history"|"webRequest"|"scripting"/);
  });

  it('Firefox manifest: the same, as MV2 with a sidebar', () => {
    const m = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    // Firefox refuses `alarms` as an optional permission: required there (no data, no prompt)
    expect([...m.permissions].sort()).toEqual([...MATCH_PATTERNS, 'alarms', 'storage', 'unlimitedStorage'].sort());
    expect(m.optional_permissions).toEqual(['downloads', 'notifications', ...TEAM_FOLDER_ORIGINS]);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.externally_connectable).toBeUndefined();
  });

  it.each([CHROME, FIREFOX])('%s: every icon the manifest names is a PNG of its size', (dir) => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const button = (m.action ?? m.browser_action)?.default_icon as Record<string, string>;
    expect(Object.keys(m.icons ?? {}).length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(button ?? {})).toContain('16');
    for (const [size, path] of [...Object.entries(m.icons as Record<string, string>), ...Object.entries(button)]) {
      expect(pngSize(readFileSync(join(dir, path))), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it.each([CHROME, FIREFOX])('%s: no remote URL besides the hosts we read, no eval', (dir) => {
    const js = files(dir).filter((f) => /\.(js|html|css)$/.test(f));
    expect(js.length).toBeGreaterThan(2);
    const offenders: string[] = [];
    for (const f of js) {
      const src = readFileSync(f, 'utf8');
      for (const [url] of src.matchAll(/\bhttps?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`)<>\\]*/gi)) {
        const host = new URL(url).hostname;
        if ((HOSTS as readonly string[]).includes(host)) continue;
        if (NOT_REQUESTS.some((re) => re.test(url))) continue;
        offenders.push(`${f}: ${url}`);
      }
      if (/\beval\s*\(|new Function\b|\bFunction\s*\(\s*[`'"]/.test(src)) offenders.push(`${f}: eval/Function`);
    }
    expect(offenders).toEqual([]);
  });

  it('web-ext lint (offline) finds no errors in the Firefox build', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
