import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,mts,mjs}'],
    exclude: ['**/node_modules/**', 'test/fixtures/**'],
    // Fails the run when dist/ is older than src/, and says which ESM mechanisms run.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Integration tests spawn real node processes; they are slow and parallel
    // enough on their own, so keep vitest's own pool small on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    restoreMocks: true,
    reporters: ['default'],
  },
})
