import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    environment: 'node',
    // Generous: some tests spawn the CLI or Chromium, and CI machines are shared and slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
