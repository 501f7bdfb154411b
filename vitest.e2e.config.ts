import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests (`npm run test:e2e`): the built extension in Debian's Chromium (Playwright)
 * and Firefox ESR (WebDriver BiDi). One file at a time: each starts its own browser.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
