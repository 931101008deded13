// The bundler suite: the fixture application (templates/) built by real
// bundlers with and without autowrapt's plugin, each output run in a child
// `node --import autowrapt/register` on every Node in AUTOWRAPT_TEST_NODES
// (colon-separated; default: this node). Builds happen once; runs are checked
// by expectations.mjs. Prints one line per check and exits non-zero if any fails.
// Usage: node test/bundlers/run.mjs [bundler names...]
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLERS, VARIANTS, prepareApp } from './builds.mjs'
import { checks } from './expectations.mjs'
import { nodeBinaries, probeEnvBase, removeRunCaches, runPool } from '../helpers/suite-runner.mjs'

const SUITE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(SUITE, '../..')
const WORK = join(SUITE, '.work')
const APP = join(WORK, 'app')
const OUT = join(APP, 'dist')
const jobs = Number(process.env.BUNDLERS_JOBS) || availableParallelism()
const PROBE_TIMEOUT_MS = 60_000

function fail(message) {
  console.error(`bundlers: ${message}`)
  process.exit(2)
}

function checkPrerequisites() {
  if (!existsSync(join(ROOT, 'dist/bundler/esbuild.js'))) fail('autowrapt is not built; run `npm run build` first')
  if (!existsSync(join(SUITE, 'node_modules/esbuild'))) fail('the bundlers are not installed; run `npm ci --prefix test/bundlers` first')
}

// Editing a hook file after the build must change what a bundled app does:
// the hook is loaded from node_modules at run time, never inlined.
function prepareEditedHooks() {
  const dir = join(WORK, 'edited')
  prepareApp(dir)
  const hook = join(dir, 'node_modules/bundle-patches/hooks/cjs-lib.js')
  writeFileSync(hook, readFileSync(hook, 'utf8').replace('`HOOKED ${greet(name)}`', '`EDITED ${greet(name)}`'))
  return dir
}

// A large application run unbundled: its main script is over a megabyte, and
// it must not be mistaken for a bundle.
function prepareLargeApp() {
  const source = readFileSync(join(APP, 'app.mjs'), 'utf8')
  const filler = `const filler = [\n${`  '${'x'.repeat(100)}',\n`.repeat(12_000)}]\nexport { filler }\n`
  writeFileSync(join(APP, 'large-app.mjs'), `${source}\n${filler}`)
  return join(APP, 'large-app.mjs')
}

let nextId = 0
function runNode(node, { cwd = APP, file, env = {}, register = true }) {
  const id = `r${nextId++}`
  const reportFile = join(WORK, 'reports', `${id}.jsonl`)
  const fullEnv = { ...probeEnvBase(WORK), ...env }
  if (fullEnv.AUTOWRAPT_BOOTSTRAP) fullEnv.AUTOWRAPT_REPORT = reportFile
  const args = [...(register ? ['--import', 'autowrapt/register'] : []), '--require', join(WORK, 'loaded-probe.cjs'), file]
  return new Promise((resolve) => {
    const child = spawn(node.path, args, { cwd, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), PROBE_TIMEOUT_MS)
    child.on('close', (code) => {
      clearTimeout(timer)
      const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8').trim().split('\n').at(-1)) : undefined
      resolve({ code, stdout, stderr, report })
    })
  })
}

// Which of autowrapt's files the process loaded, said at exit on stderr.
function writeLoadedProbe() {
  writeFileSync(
    join(WORK, 'loaded-probe.cjs'),
    `const root = ${JSON.stringify(join(ROOT, 'dist'))}\nprocess.on('exit', () => {\n  const own = Object.keys(require.cache).filter((f) => f.startsWith(root))\n  process.stderr.write('autowrapt files loaded: ' + own.length + '\\n')\n})\n`,
  )
}

async function buildAll(names) {
  const builds = []
  for (const bundler of names) {
    for (const variant of VARIANTS) {
      for (const kind of ['plugin', 'plain']) builds.push({ bundler, variant, kind, ...(await BUNDLERS[bundler]({ root: ROOT, app: APP, outDir: OUT, variant, kind })) })
    }
    // Hybrid: CommonJS output with cjs-lib external. Externalize: ES module
    // output, since esm-lib is ESM-only and an external cannot be require()d.
    for (const [kind, variant] of [['hybrid', VARIANTS[0]], ['externalize', VARIANTS[2]]])
      builds.push({ bundler, variant, kind, ...(await BUNDLERS[bundler]({ root: ROOT, app: APP, outDir: OUT, variant, kind })) })
  }
  return builds
}

async function main() {
  checkPrerequisites()
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BUNDLERS)
  for (const name of names) if (!BUNDLERS[name]) fail(`unknown bundler "${name}" (known: ${Object.keys(BUNDLERS).join(', ')})`)
  rmSync(WORK, { recursive: true, force: true })
  mkdirSync(join(WORK, 'reports'), { recursive: true })
  prepareApp(APP)
  writeLoadedProbe()
  const edited = prepareEditedHooks()
  const largeApp = prepareLargeApp()
  const builds = await buildAll(names)
  for (const b of builds) console.log(`built ${relative(OUT, b.file)} in ${b.ms.toFixed(0)} ms`)
  const nodes = nodeBinaries()
  const tasks = []
  for (const node of nodes) for (const check of checks({ builds, edited, largeApp, app: APP })) tasks.push(async () => ({ node, check, result: await check.run((spec) => runNode(node, spec)) }))
  const results = await runPool(tasks, jobs)
  let failed = 0
  for (const { node, check, result } of results) {
    const problems = result
    if (problems.length > 0) failed++
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} node ${node.version}  ${check.name}${problems.length ? `\n      ${problems.join('\n      ')}` : ''}`)
  }
  console.log(`\n${results.length - failed} of ${results.length} checks passed on ${nodes.map((n) => n.version).join(', ')}`)
  removeRunCaches(WORK)
  process.exit(failed === 0 ? 0 : 1)
}

await main()
