import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_PERMISSIONS } from './lib/platforms/hosts';

// Permissions are pinned by tests/manifest.test.ts: widen them only on purpose.
export default defineConfig({
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'StageLens 直播经营透视',
    description: 'Reads the numbers on your own live-commerce backend pages, keeps their history in your browser and benchmarks them by growth stage.',
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: HOST_PERMISSIONS,
    action: { default_title: 'StageLens' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'stagelens@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
