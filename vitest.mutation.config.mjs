// The test set `npm run test:mutation` (StrykerJS) runs for each mutant: the
// in-process unit tests. The integration tests spawn real `node` processes on
// dist/, where Stryker's in-memory mutants do not exist (see README, "Mutation testing").
import { defineConfig } from 'vitest/config'

// Files that change process-wide state (require() hooked, global registry):
// each needs a fresh worker on every run.
const STATEFUL = ['test/unit/cjs-adapter.test.ts', 'test/unit/builtins-adapter.test.ts', 'test/unit/api-misuse.test.ts', 'test/unit/adapter-unavailable.test.ts', 'test/unit/bootstrap-internal-error.test.ts']

export default defineConfig({
  test: {
    testTimeout: 20_000,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          include: ['test/unit/**/*.test.ts'],
          // The wrapping toolkit is not mutated (see stryker.config.mjs), and its
          // debug-log tests need a fresh module per file.
          // node-features.test.ts asserts that it runs on the main thread (thread id 0),
          // which Stryker's vitest runner does not give it; node-features.ts is not mutated.
          exclude: ['test/unit/wrap-*.test.ts', 'test/unit/node-features.test.ts', ...STATEFUL],
          // One worker for these files: per-file workers cost more than the tests.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'stateful', include: STATEFUL, isolate: true } },
    ],
  },
})
