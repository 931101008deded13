// Mutation testing of the core and the in-process parts of the adapters:
// `npm run test:mutation` (README, "Mutation testing"). Not part of `npm test`
// or CI: one run takes 15 to 25 minutes on two cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs', related: false },
  // Mutants are switched on in the files themselves: the tests load fixture
  // packages through real symlinks, which a copied sandbox would lose.
  // Stryker restores src/ when it ends; `npm test` rebuilds dist/ afterwards.
  inPlace: true,
  mutate: [
    'src/core/registry.ts',
    'src/core/discovery.ts',
    'src/core/manifest.ts',
    'src/core/hook-files.ts',
    'src/core/hook-loader.ts',
    'src/core/targets.ts',
    'src/core/versions.ts',
    'src/core/disable.ts',
    'src/core/config.ts',
    'src/cjs/adapter.ts',
    'src/cjs/filter.ts',
    'src/builtins/adapter.ts',
    'src/esm/matcher.ts',
    'src/esm/load-tracker.ts',
    // Declarative tracing: the transform step (what counts as a wrapped
    // function, one transform per file), the entry index and the outcomes.
    'src/tracing/transform.ts',
    'src/tracing/wrapped-functions.ts',
    'src/tracing/transform-memo.ts',
    'src/tracing/entry-index.ts',
    'src/tracing/outcomes.ts',
    'src/tracing/not-loaded.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: regular expressions, the warning
  // code table) would each rerun every unit test; they are left out of the score.
  ignoreStatic: true,
  plugins: ['@stryker-mutator/vitest-runner', './stryker-ignore-debug.mjs'],
  ignorers: ['debug-log'],
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
}
