import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { MATCH_PATTERNS } from './lib/platforms/hosts';
import { TEAM_FOLDER_ORIGINS } from './lib/sync/origins';
import { MARK_COMMAND, MARK_KEYS } from './lib/background/mark';
import { iconPaths } from './lib/icons';

/**
 * zod 4 probes `new Function` to JIT its object parsers. Extension pages forbid eval by CSP
 * anyway, and we promise bundles with no eval or Function constructor (tests/e2e/bundle.e2e.ts),
 * so the constructor is replaced by one that throws: zod then takes its interpreted path.
 */
function noEval(): Plugin {
  return {
    name: 'stagelens-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/](util|compile|doc)\.js$/.test(id)) return null;
      return code.replaceAll('const F = Function;', 'const F = function () { throw new EvalError("no eval in StageLens"); };');
    },
  };
}

// Permissions are pinned by tests/e2e/bundle.e2e.ts: widen them only on purpose.
export default defineConfig({
  // STAGELENS_OUT lets parallel builds (bench, a second checkout) keep out of each other's way
  outDir: process.env.STAGELENS_OUT ?? '.output',
  // Explicit imports only: auto-imports pulled wxt/utils/storage (and its help URLs) into the panel.
  imports: false,
  // STAGELENS_SOURCEMAP=1: source maps, to see what fills each bundle (bench/lib/composition.ts)
  vite: () => ({ plugins: [noEval(), preact()], build: { sourcemap: process.env.STAGELENS_SOURCEMAP === '1' } }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'StageLens 直播经营透视',
    description: 'Reads the numbers on your own live-commerce backend pages, keeps their history in your browser and benchmarks them by growth stage.',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? ['alarms'] : ['sidePanel'])],
    host_permissions: MATCH_PATTERNS,
    // optional, asked when the user turns a feature on; nothing more is requested at install:
    // the team folder (lib/sync) asks its server's origin when it is set up and `alarms` when a
    // schedule is picked; scheduled backups (components/data/BackupPanel.tsx) ask `downloads`;
    // live alerts as system notifications (components/data/AlertSettings.tsx) ask `notifications`
    ...(browser === 'firefox'
      ? // MV2: origins are permissions; Firefox refuses `alarms` as optional (web-ext lint
        // MANIFEST_OPTIONAL_PERMISSIONS), so there it is required: it reads no data, prompts nothing
        { optional_permissions: ['downloads', 'notifications', ...TEAM_FOLDER_ORIGINS] }
      : { optional_host_permissions: TEAM_FOLDER_ORIGINS, optional_permissions: ['alarms', 'downloads', 'notifications'] }),
    // the live co-pilot's keyboard shortcut: mark this moment (lib/background/mark.ts; no permission)
    commands: { [MARK_COMMAND]: { suggested_key: { default: MARK_KEYS }, description: 'Mark this moment in the live session / 标记直播此刻' } },
    // `icons` WXT finds itself (public/icon/<size>.png); the toolbar button takes the small ones
    action: { default_title: 'StageLens', default_icon: iconPaths([16, 32]) },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'stagelens@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint warns below it)
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
