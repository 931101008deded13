// What each run of a built application must show. A check runs one or more
// child processes through `run(spec)` and returns its problems (empty: passed).
import { basename } from 'node:path'

/** The application's stdout with every hook and tracing entry applied. */
export const HOOKED = [
  'greet: HOOKED hello world',
  'compute: 1004',
  'shout: HEY!! (module 3.1.0)',
  'dual esm: dual-esm+hooked-module',
  'dual cjs: dual-cjs+hooked-commonjs',
  'old: old',
  'http hooked: true',
  'sync: 2',
  'async: 20',
  'callback: 4',
  'events: sync=1 async=1 callback=1',
  'express: express patched by bundle-patches',
].join('\n')

const FIRED = ['express', 'cjs-lib', 'file-lib/lib/inner.js', 'esm-lib', 'dual-lib', 'http']
const TRACED = ['syncOp (Sync)', 'asyncOp (Async)', 'callbackOp (Callback)']

function expectClean(result, problems, label = '') {
  if (result.code !== 0) problems.push(`${label}exit code ${result.code}; stderr: ${result.stderr.slice(0, 600)}`)
  const warnings = result.stderr.match(/\[AUTOWRAPT_[A-Z_]+\]/g)
  if (warnings) problems.push(`${label}unexpected warnings ${warnings.join(' ')}: ${result.stderr.slice(0, 600)}`)
}

function expectStdout(result, expected, problems, label = '') {
  if (result.stdout.trim() !== expected.trim()) problems.push(`${label}stdout:\n${result.stdout}\n      expected:\n${expected}`)
}

function entry(report, target) {
  return report?.entries.find((e) => e.target === target)
}

/** The report of a run with every hook on: outcomes, and what the build did. */
function expectReport(result, problems, { bundled, tracingAtBuild }) {
  const report = result.report
  if (report === undefined) return void problems.push('no report was written')
  for (const target of FIRED) {
    const e = entry(report, target)
    if (e?.outcome !== 'fired') problems.push(`hook on ${target}: outcome ${e?.outcome}, expected fired`)
  }
  for (const target of bundled) {
    const e = entry(report, target)
    if (!e?.instances.some((i) => i.status === 'fired' && typeof i.bundled === 'string'))
      problems.push(`hook on ${target}: no instance marked bundled (${JSON.stringify(e?.instances)})`)
  }
  const dual = entry(report, 'dual-lib')
  const formats = (dual?.instances ?? []).map((i) => i.format).sort()
  if (formats.join() !== 'commonjs,module') problems.push(`dual-lib fired on ${formats.join() || 'nothing'}, expected its CommonJS and ESM files`)
  if (entry(report, 'old-lib')?.outcome !== 'skipped-version') problems.push(`old-lib: ${entry(report, 'old-lib')?.outcome}, expected skipped-version`)
  const absent = entry(report, 'absent-lib')
  if (absent?.outcome !== 'not-in-bundle') problems.push(`absent-lib: ${absent?.outcome}, expected not-in-bundle`)
  for (const query of TRACED) {
    const t = report.tracing.find((x) => x.query === query)
    if (t?.outcome !== 'applied') problems.push(`tracing ${query}: ${t?.outcome}, expected applied`)
    else if (tracingAtBuild !== t.files.every((f) => f.atBuild === true))
      problems.push(`tracing ${query}: files ${JSON.stringify(t.files)}, expected ${tracingAtBuild ? 'applied at build' : 'applied at run time'}`)
  }
}

function loadedNothing(result, problems) {
  if (!/autowrapt files loaded: 0\n/.test(result.stderr)) problems.push(`autowrapt's runtime loaded with AUTOWRAPT_BOOTSTRAP unset: ${result.stderr.slice(0, 300)}`)
}

const ON = { AUTOWRAPT_BOOTSTRAP: 'bundle-patches' }

export function checks({ builds, edited, largeApp }) {
  const list = []
  const plainOf = (b) => builds.find((x) => x.kind === 'plain' && x.bundler === b.bundler && x.variant === b.variant)
  for (const build of builds) {
    const name = basename(build.file)
    if (build.kind === 'plugin') {
      list.push({
        name: `${name}: hooks fired, tracing events arrived, report right`,
        async run(run) {
          const problems = []
          const result = await run({ file: build.file, env: ON })
          expectClean(result, problems)
          expectStdout(result, HOOKED, problems)
          expectReport(result, problems, { bundled: ['express', 'cjs-lib', 'file-lib/lib/inner.js', 'esm-lib', 'dual-lib'], tracingAtBuild: true })
          return problems
        },
      })
      list.push({
        name: `${name}: AUTOWRAPT_BOOTSTRAP unset prints what the plain bundle prints, and loads nothing of autowrapt`,
        async run(run) {
          const problems = []
          const [off, plain] = await Promise.all([run({ file: build.file }), run({ file: plainOf(build).file, register: false })])
          expectClean(off, problems)
          expectStdout(off, plain.stdout, problems)
          loadedNothing(off, problems)
          return problems
        },
      })
      list.push({
        name: `${name}: AUTOWRAPT_DISABLE turns off a bundled hook and a bundled tracing entry`,
        async run(run) {
          const problems = []
          const result = await run({ file: build.file, env: { ...ON, AUTOWRAPT_DISABLE: 'bundle-patches:cjs-lib,bundle-patches:traced-lib' } })
          expectClean(result, problems)
          const expected = HOOKED.replace('greet: HOOKED hello world', 'greet: hello world').replace('events: sync=1 async=1 callback=1', 'events: sync=0 async=0 callback=0')
          expectStdout(result, expected, problems)
          if (entry(result.report, 'cjs-lib')?.outcome !== 'disabled') problems.push(`cjs-lib: ${entry(result.report, 'cjs-lib')?.outcome}, expected disabled`)
          if (result.report?.tracing.some((t) => t.outcome !== 'disabled')) problems.push('a tracing entry is not reported disabled')
          return problems
        },
      })
    }
    if (build.kind === 'plugin' && build.variant.format === 'cjs' && !build.variant.minify) {
      list.push({
        name: `${name}: a hook file edited after the build changes what the bundle does`,
        async run(run) {
          const problems = []
          const result = await run({ file: build.file, env: ON, cwd: edited })
          expectClean(result, problems)
          expectStdout(result, HOOKED.replace('greet: HOOKED hello world', 'greet: EDITED hello world'), problems)
          return problems
        },
      })
    }
    if (build.kind === 'hybrid' || build.kind === 'externalize') {
      list.push({
        name: `${name}: ${build.kind === 'hybrid' ? 'cjs-lib external, the rest bundled' : 'every target external'}; all hooks and entries apply`,
        async run(run) {
          const problems = []
          const result = await run({ file: build.file, env: ON })
          expectClean(result, problems)
          expectStdout(result, HOOKED, problems)
          if (build.kind === 'hybrid') {
            expectReport(result, problems, { bundled: ['express', 'file-lib/lib/inner.js', 'esm-lib'], tracingAtBuild: true })
            const cjs = entry(result.report, 'cjs-lib')
            if (cjs?.bundle?.status !== 'external' || cjs.instances.some((i) => i.bundled)) problems.push(`cjs-lib: ${JSON.stringify(cjs)}, expected hooked at run time as external`)
          } else expectReport(result, problems, { bundled: [], tracingAtBuild: false })
          return problems
        },
      })
    }
    if (build.kind === 'plain') {
      list.push({
        name: `${name}: built without the plugin, AUTOWRAPT_BUNDLED names the bundle and the report says why`,
        async run(run) {
          const problems = []
          const result = await run({ file: build.file, env: ON })
          if (result.code !== 0) problems.push(`exit code ${result.code}: ${result.stderr.slice(0, 400)}`)
          const warnings = result.stderr.match(/\[AUTOWRAPT_BUNDLED\][^\n]*/g) ?? []
          if (warnings.length !== 1) problems.push(`${warnings.length} AUTOWRAPT_BUNDLED warnings, expected one: ${result.stderr.slice(0, 600)}`)
          else if (!warnings[0].includes(build.file) || !warnings[0].includes(`by ${build.bundler}`)) problems.push(`the warning does not name ${build.file} and ${build.bundler}: ${warnings[0]}`)
          const e = entry(result.report, 'cjs-lib')
          if (e?.outcome !== 'not-loaded' || !e.reason?.includes('AUTOWRAPT_BUNDLED')) problems.push(`cjs-lib: ${JSON.stringify(e)}, expected not-loaded with the reason`)
          return problems
        },
      })
    }
  }
  list.push({
    name: 'a large application run unbundled: no AUTOWRAPT_BUNDLED',
    async run(run) {
      const problems = []
      const result = await run({ file: largeApp, env: ON })
      expectClean(result, problems)
      expectStdout(result, HOOKED, problems)
      const absent = entry(result.report, 'absent-lib')
      if (absent?.outcome !== 'not-loaded' || absent.reason !== undefined) problems.push(`absent-lib: ${JSON.stringify(absent)}, expected plain not-loaded`)
      return problems
    },
  })
  return list
}
