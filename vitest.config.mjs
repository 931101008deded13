import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,mts,mjs}'],
    // Integration tests spawn real node processes; they are slow and parallel
    // enough on their own, so keep vitest's own pool small on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
})
