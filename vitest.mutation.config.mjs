// The test set `npm run test:mutation` (StrykerJS) runs for each mutant: the
// in-process unit tests. The integration tests spawn real `node` processes on
// dist/, where Stryker's in-memory mutants do not exist (see README, "Mutation testing").
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 20_000,
    restoreMocks: true,
  },
})
