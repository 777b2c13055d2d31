import { defineConfig } from '@playwright/test';

/**
 * The Playwright `_electron` suite: launches the built app (dist/) in a real Electron. Where no
 * Electron binary can run (the team's machines and CI: it cannot be downloaded there) every test
 * skips with a one-line reason; the UI itself is end-to-end tested in Chromium via test/e2e.
 * Run with `npm run test:electron` after `npm run build && node scripts/prepare-electron-native.mjs`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  globalSetup: './global-setup.ts',
  // One app instance at a time: the single-instance lock would fold parallel launches into one.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
