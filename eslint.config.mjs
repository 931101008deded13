import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The layering of src/ (see the README's architecture section): lower layers
// never import higher ones, and the adapters never import each other.
const TOP_FILES = ['**/bootstrap.js', '**/adapters.js', '**/api.js', '**/index.js', '**/index.mjs']
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: forbidden.map((entry) => (entry.includes('/') ? `**/${entry}*` : `**/${entry}/*`)), message: why },
        { group: TOP_FILES, message: 'only the public entries import bootstrap, adapters or api' },
      ],
    }],
  },
})
const ADAPTERS = ['cjs', 'esm', 'builtins', 'tracing']
const TOP = ['cli', 'testing']

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'benchmarks/.generated/**', 'benchmarks/.generated-small/**', 'examples/**/node_modules/**', 'coverage/**', 'test/bundlers/.work/**', 'test/bundlers/.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'require', 'module', 'exports', '__dirname', '__filename', 'globalThis', 'setTimeout', 'clearTimeout',
          'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'Buffer', 'URL',
          'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'fetch', 'Response', 'Request', 'Headers',
          'performance', 'SharedArrayBuffer', 'Atomics', 'WeakRef', 'FinalizationRegistry'].map((name) => [name, 'writable']),
      ),
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The wrapping toolkit types arbitrary functions the way shimmer's callers
    // use them (wrapper(original) over any signature), and its tests wrap
    // arbitrary objects; everywhere else `any` must be spelled out and argued.
    files: ['src/wrap/**', 'test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  layer(['src/wrap/**'], ['core', 'report/report', ...ADAPTERS, ...TOP], 'the wrapping toolkit depends on nothing but the log'),
  layer(['src/core/**'], [...ADAPTERS, ...TOP], 'the core never imports an adapter or the CLI; src/adapters.ts wires them'),
  layer(['src/cjs/**'], ['esm', 'builtins', 'tracing', ...TOP], 'adapters never import each other'),
  layer(['src/esm/**'], ['cjs', 'builtins', 'tracing', ...TOP], 'adapters never import each other'),
  layer(['src/builtins/**'], ['cjs', 'esm', 'tracing', ...TOP], 'adapters never import each other'),
  layer(['src/report/log.ts', 'src/report/flags.ts'], ['core', 'report/report', ...ADAPTERS, ...TOP], 'the log is the lowest layer'),
  layer(['src/testing/**'], [...ADAPTERS, 'cli'], 'the testing helpers read the core and start processes; they never install an adapter'),
  layer(['src/report/report.ts'], [...ADAPTERS, ...TOP], 'the report reads the core, never an adapter'),
  layer(['src/otel/**'], [...ADAPTERS, ...TOP], 'the OpenTelemetry bridge reads the core and subscribes to channels; it never installs an adapter'),
  layer(['src/bundler/**'], ['cjs', 'esm', 'builtins', 'bundled', 'report/report', ...TOP], 'the bundler plugins run at build time: the core and the tracing transform step, never a run-time adapter'),
  layer(['src/bundled/**'], [...ADAPTERS, 'bundler', ...TOP], 'the run-time side of bundles reads the core, never an adapter or the build-time plugins'),
)
