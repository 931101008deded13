// The compatibility corpus: real npm packages, pinned in package-lock.json.
// Each entry says how the package is loaded, which function the corpus hook
// wraps, and one small real call whose result is part of the fingerprint.
//
//   name        the package (the specifier the probe loads)
//   category    cjs | esm | dual | bundled | barrel | ts-cjs
//   loaders     'require' and/or 'import' (ESM-only packages: import only)
//   target      hook target, when it is not the package itself (a deep file);
//               an object { require, import } when it depends on the loader
//   wrap        dotted path, from the hook's `exports`, of the function the
//               hook wraps (or { require, import } when it depends on the loader);
//               hook wraps; '' wraps the module itself (the hook returns it)
//   strategy    'wrap' (autowrapt's shimmer-compatible wrap, the default) or
//               'replace-exports' (the hook returns a copy of the exports);
//               an object { require, import } when it depends on the loader
//   api         'default' when the call goes through `ns.default` under import
//   call        (api) => result; api is module.exports under require and the
//               namespace (or its default, see `api`) under import
//   slow        true for the few that take a second or more to load (run first)
//   limitations known failures, each justified, see evaluate.mjs

const CJS = ['require', 'import']
const BOTH = ['require', 'import']
const ESM = ['import']

const collect = (observable) => new Promise((resolve, reject) => {
  const values = []
  observable.subscribe({ next: (v) => values.push(v), error: reject, complete: () => resolve(values) })
})

export const packages = [
  // CommonJS only. Under import these go through Node's CommonJS translator:
  // the hook gets module.exports and autowrapt syncs the namespace.
  { name: 'express', category: 'cjs', loaders: CJS, api: 'default', wrap: 'Router', call: (e) => typeof e.Router().use },
  { name: 'lodash', category: 'cjs', loaders: CJS, api: 'default', wrap: 'chunk', call: (_) => _.chunk([1, 2, 3, 4, 5], 2) },
  { name: 'debug', category: 'cjs', loaders: CJS, api: 'default', wrap: 'enabled', call: (d) => d.enabled('corpus:nothing') },
  { name: 'ms', category: 'cjs', loaders: CJS, api: 'default', wrap: '', call: (ms) => ms('2h') },
  // pg: CommonJS, with an ESM wrapper (esm/index.mjs) that re-exports it by name.
  { name: 'pg', category: 'dual', loaders: BOTH, wrap: 'escapeIdentifier', call: (pg) => pg.escapeIdentifier('a"b') },
  // TypeScript-emitted index (accessor re-exports); the static lives on a class.
  { name: 'ioredis', category: 'cjs', loaders: CJS, api: 'default', wrap: 'Command.checkFlag', call: (r) => r.Command.checkFlag('VALID_IN_SUBSCRIBER_MODE', 'ping') },
  { name: 'semver', category: 'cjs', loaders: CJS, api: 'default', wrap: 'satisfies', call: (s) => s.satisfies('1.2.3', '^1.0.0') },
  { name: 'moment', category: 'cjs', loaders: CJS, api: 'default', wrap: 'utc', call: (m) => m.utc(0).toISOString() },
  { name: 'qs', category: 'cjs', loaders: CJS, api: 'default', wrap: 'stringify', call: (qs) => qs.stringify({ a: [1, 2] }) },
  { name: 'bluebird', category: 'cjs', loaders: CJS, api: 'default', wrap: 'resolve', call: async (P) => await P.resolve(3).then((x) => x * 2) },
  // chalk 4 (CommonJS): the wrapped export is a class, called with `new`.
  { name: 'chalk4', category: 'cjs', loaders: CJS, api: 'default', wrap: 'Instance', call: (c) => new c.Instance({ level: 0 }).red('x') },
  // uuid 8: Babel CommonJS (non-configurable accessor re-exports) plus an ESM
  // wrapper; under require the hook wraps the defining file's default export.
  { name: 'uuid8', category: 'dual', loaders: BOTH, target: { require: 'uuid8/dist/v4.js' }, wrap: { require: 'default', import: 'v4' }, call: (u) => u.validate(u.v4()) },
  { name: 'dayjs', category: 'cjs', loaders: CJS, api: 'default', wrap: 'unix', call: (d) => d.unix(0).valueOf() },

  // ESM only.
  { name: 'chalk', category: 'esm', loaders: ESM, wrap: 'Chalk', call: (c) => new c.Chalk({ level: 0 }).red('x') },
  { name: 'execa', category: 'esm', loaders: ESM, wrap: 'parseCommandString', call: (e) => e.parseCommandString('echo a b') },
  { name: 'got', category: 'esm', loaders: ESM, wrap: 'parseLinkHeader', call: (g) => g.parseLinkHeader('<https://example.com/2>; rel="next"') },
  { name: 'nanoid', category: 'esm', loaders: ESM, wrap: 'nanoid', call: (n) => n.nanoid().length },
  { name: 'p-limit', category: 'esm', loaders: ESM, wrap: 'default', call: async (p) => await p.default(2)(() => 5) },
  { name: 'node-fetch', category: 'esm', loaders: ESM, wrap: 'isRedirect', call: (f) => [f.isRedirect(301), f.isRedirect(200)] },
  { name: 'ky', category: 'esm', loaders: ESM, wrap: 'isHTTPError', call: (ky) => ky.isHTTPError(new Error('x')) },
  { name: 'camelcase', category: 'esm', loaders: ESM, wrap: 'default', call: (c) => c.default('foo-bar') },
  { name: 'pretty-bytes', category: 'esm', loaders: ESM, wrap: 'default', call: (p) => p.default(1337) },
  { name: 'p-map', category: 'esm', loaders: ESM, wrap: 'default', call: async (p) => await p.default([1, 2, 3], (x) => x * 2) },
  { name: 'yargs', category: 'esm', loaders: ESM, wrap: 'default', call: (y) => y.default(['--size', '3']).parseSync().size },

  // Dual: an `import` and a `require` condition (or an ESM wrapper over CJS).
  // zod's CommonJS index re-exports through tsc `__exportStar` accessors: under
  // require the hook targets the file that defines `string`.
  { name: 'zod', category: 'dual', loaders: BOTH, target: { require: 'zod/v3/types.cjs' }, wrap: 'string', call: (z) => z.string().parse('x') },
  { name: 'uuid', category: 'dual', loaders: BOTH, wrap: 'v4', call: (u) => u.validate(u.v4()) },
  { name: 'axios', category: 'dual', loaders: BOTH, wrap: 'isAxiosError', call: (a) => a.isAxiosError(new Error('x')) },
  // undici: CommonJS with no import condition; Headers is a class.
  { name: 'undici', category: 'dual', loaders: BOTH, wrap: 'Headers', call: (u) => new u.Headers([['a', '1']]).get('a') },
  { name: '@sentry/core', category: 'dual', loaders: BOTH, wrap: 'parseSemver', call: (s) => s.parseSemver('1.2.3-beta.1') },
  { name: 'luxon', category: 'dual', loaders: BOTH, wrap: 'DateTime.fromMillis', call: (l) => l.DateTime.fromMillis(0, { zone: 'utc' }).toISO() },
  // commander: esm.mjs destructures the CommonJS exports into `export const`.
  { name: 'commander', category: 'dual', loaders: BOTH, wrap: 'createCommand', call: (c) => c.createCommand('corpus').name() },
  // ws: wrapper.mjs re-exports the CommonJS module; the wrapped export is a class.
  { name: 'ws', category: 'dual', loaders: BOTH, wrap: 'WebSocketServer', call: (ws) => new ws.WebSocketServer({ noServer: true }).clients.size },
  // graphql 16: no exports map, so Node loads the Babel CommonJS index for both
  // loaders; its re-exports are non-configurable accessors, so the hook wraps
  // the defining file.
  { name: 'graphql', category: 'cjs', loaders: CJS, api: 'default', target: 'graphql/language/parser.js', wrap: 'parse', call: (g) => g.parse('{ a }').definitions.length },
  { name: 'tslib', category: 'dual', loaders: BOTH, wrap: '__assign', call: (t) => t.__assign({}, { a: 1 }) },

  // Heavy `export *` barrels (date-fns: ~250 `export *` lines; es-toolkit: nested barrels).
  // date-fns: index.cjs re-exports through non-configurable accessors, so under
  // require the hook wraps the defining file.
  {
    name: 'date-fns', category: 'barrel', slow: true, loaders: BOTH, target: { require: 'date-fns/addDays.cjs' }, wrap: 'addDays', call: (d) => d.addDays(new Date(0), 1).toISOString(),
    limitations: [{
      issue: 'nodejs/import-in-the-middle#171',
      reason: '`longFormatters` is re-exported by both format.js and parse.js (`export { longFormatters }` of one binding) and reaches index.js through two `export *`; import-in-the-middle 3.6.0 treats that as an ambiguous name and drops it from the wrapped namespace (see also date-fns/date-fns#3769)',
      applies: ({ loader }) => loader === 'import',
      matches: /^targeted: fingerprint differs: namespace\.longFormatters missing$/,
    }],
  },
  { name: 'es-toolkit', category: 'barrel', loaders: BOTH, wrap: 'chunk', call: (e) => e.chunk([1, 2, 3], 2) },

  // TypeScript-emitted CommonJS. The index re-exports through accessors that
  // tsc makes non-configurable (`__exportStar`/`__createBinding`, or
  // `Object.defineProperty(exports, k, { enumerable, get })`), so a hook wraps
  // the function in the file that defines it: the target is that deep file.
  { name: '@opentelemetry/semantic-conventions', category: 'ts-cjs', loaders: CJS, api: 'default', target: '@opentelemetry/semantic-conventions/build/src/stable_attributes.js', wrap: 'ATTR_HTTP_REQUEST_HEADER', call: (s) => s.ATTR_HTTP_REQUEST_HEADER('x') },
  { name: '@opentelemetry/api', category: 'ts-cjs', loaders: CJS, api: 'default', target: '@opentelemetry/api/build/src/trace/spancontext-utils.js', wrap: 'isSpanContextValid', call: (o) => o.isSpanContextValid(o.INVALID_SPAN_CONTEXT) },
  { name: '@opentelemetry/core', category: 'ts-cjs', loaders: CJS, api: 'default', target: '@opentelemetry/core/build/src/common/time.js', wrap: 'hrTimeToMilliseconds', call: (c) => c.hrTimeToMilliseconds([1, 5e6]) },
  // rxjs: its `node` condition selects the tsc CommonJS build for import too.
  { name: 'rxjs', category: 'ts-cjs', loaders: CJS, api: 'default', target: 'rxjs/dist/cjs/internal/observable/of.js', wrap: 'of', call: (rx) => collect(rx.of(1, 2, 3)) },

  // Bundler output.
  // prettier: esbuild bundles, `__esm` lazy init in index.mjs and index.cjs,
  // classes extending lazily required bindings.
  { name: 'prettier', category: 'bundled', slow: true, loaders: BOTH, wrap: 'format', call: async (p) => await p.format('a=1', { parser: 'babel' }) },
  // @smithy/smithy-client: esbuild CommonJS bundle (`__export` + `__toCommonJS`,
  // configurable accessors).
  { name: '@smithy/smithy-client', category: 'bundled', loaders: CJS, api: 'default', wrap: 'expectInt32', call: (s) => s.expectInt32(5) },
  // esbuild-lazy-fixture: our own esbuild build (test/corpus/fixtures/esbuild-lazy),
  // dual ESM/CommonJS: modules reached only through require()/import() inside
  // functions are `__esm` lazy initialisers, and `Derived`, `Plugin` and the
  // entry's `Special` extend bindings assigned inside those init functions. The
  // call runs every lazy path; the result records the init order. Under require
  // the exports are esbuild's `__toCommonJS` non-configurable accessors (as in
  // typescript), so the hook returns a copy; under import it wraps in place.
  {
    name: 'esbuild-lazy-fixture', category: 'bundled', loaders: BOTH, wrap: 'greet', strategy: { require: 'replace-exports', import: 'wrap' },
    call: async (f) => {
      const derived = f.createDerived('d')
      return [f.greet('g'), derived.hello(), derived.constructor.label, await f.loadPlugin('p'), new f.Special('s').hello(), f.report()]
    },
  },
  // typescript: esbuild CommonJS bundle whose exports are non-configurable
  // accessors; no deep file to target, so the hook returns a copy of the exports.
  { name: 'typescript', category: 'bundled', slow: true, loaders: CJS, api: 'default', wrap: 'transpile', strategy: 'replace-exports', call: (ts) => ts.transpile('let a: number = 1') },
]
