import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { sourceIndexPlugin } from './scripts/build/source-index-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure code, backend routes (in process) and extension logic against WXT's fake browser.
        plugins: [WxtVitest(), sourceIndexPlugin()],
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'server/**/*.test.ts',
            'utils/**/*.test.ts',
            'components/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
            'tests/real-data/**/*.test.ts',
          ],
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        // The built extension in real Chromium against a real backend.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
