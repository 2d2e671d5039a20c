import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension loaded in Debian's Chromium (scripts/chromium.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
