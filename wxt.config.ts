import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { HOST_PERMISSIONS } from './lib/platforms/hosts';
import { TEAM_FOLDER_ORIGINS } from './lib/sync/origins';

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
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HOST_PERMISSIONS,
    // the team folder (lib/sync): its server's origin is asked when the user sets it up, and
    // `alarms` when they pick a schedule; nothing more is requested at install
    ...(browser === 'firefox'
      ? { optional_permissions: ['alarms', ...TEAM_FOLDER_ORIGINS] } // MV2: origins are permissions
      : { optional_host_permissions: TEAM_FOLDER_ORIGINS, optional_permissions: ['alarms'] }),
    action: { default_title: 'StageLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'stagelens@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
