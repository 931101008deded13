// The shared core of the bundler plugins: the adapters (esbuild.ts, webpack.ts,
// rollup.ts) tell it what their bundler resolved and loaded, and it decides
// what each module becomes, then writes the marker of what the build did.
// - A module of a hook target is wrapped to hand its exports to the runtime
//   after its body ran (inject.ts); the hook itself stays in node_modules.
// - A file a tracing entry names goes through the runtime's transform step
//   (src/tracing/transform.ts), with the same code-transformer.
import { dirname, relative, sep } from 'node:path'
import { readPackageJson, packageOfFile } from '../core/package-info.js'
import { BUNDLE_MARKER_SCHEMA, encodeMarker, type BundleMarker } from '../core/bundle-marker.js'
import { describeEntry } from '../core/tracing-spec.js'
import type { TracingRecord } from '../core/tracing-records.js'
import { ownPackageFile } from '../core/package-root.js'
import { describeError, warningText } from '../report/log.js'
import { createEntryIndex, packageFileOf } from '../tracing/entry-index.js'
import { describeOutcome } from '../tracing/outcomes.js'
import { formatOf } from '../tracing/source-text.js'
import { transformFile } from '../tracing/transform.js'
import { packageEntryFiles } from './entries.js'
import { assignableExports } from './exports.js'
import { gateTracing, markerBanner, wrapCommonJs, wrapEsm, type HandoffInfo } from './inject.js'
import { planBuild, plannedPackages, type AutowraptBundlerOptions, type PlannedHook } from './plan.js'
import type { ModuleFormat } from '../types.js'

export type BuildCore = ReturnType<typeof createBuildCore>

function ownVersion(): string {
  try {
    return (require(ownPackageFile('package.json')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

/** The module system Node would give `file`: its extension, the nearest package.json `type`, then its syntax. */
function formatOfFile(file: string, source: string): ModuleFormat {
  let type: unknown
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const json = readPackageJson(dir)
    if (json !== null) {
      type = json.type
      break
    }
    if (dirname(dir) === dir) break
  }
  return formatOf(undefined, file, source, type) ?? 'commonjs'
}

export function createBuildCore(options: AutowraptBundlerOptions, bundler: string, defaultCwd: string) {
  const plan = planBuild(options, defaultCwd)
  const packages = plannedPackages(plan)
  const index = createEntryIndex<TracingRecord>()
  index.add(plan.tracing)
  const externalPackages = new Set<string>()
  // Files that a bare import of a package target resolved to, and for which targets.
  const entries = new Map<string, PlannedHook[]>()
  const messages: string[] = plan.problems.map((p) => warningText(p.message) + ` [${p.code}]`)
  const rel = (file: string) => relative(plan.cwd, file).split(sep).join('/')

  function hooksOf(file: string): PlannedHook[] {
    const found = [...(entries.get(file) ?? [])]
    const inPackage = packageFileOf(file)
    if (inPackage === undefined) return found
    for (const hook of plan.hooks) {
      const t = hook.spec.target
      if (t.packageName !== inPackage.packageName || found.includes(hook)) continue
      if (t.kind === 'file' ? t.subpath === inPackage.path : packageEntryFiles(t.packageName, inPackage.dir).has(file)) found.push(hook)
    }
    return found
  }

  function traced(source: string, file: string, format: ModuleFormat): string {
    const match = index.match(file)
    if (match === undefined || format === 'builtin') return source
    const sink = (record: TracingRecord, outcome: TracingRecord['outcomes'][number]) => {
      record.outcomes.push({ ...outcome, file: rel(outcome.file) })
      const line = describeOutcome(record, outcome)
      if (line.code !== undefined) messages.push(`${warningText(line.message)} [${line.code}]`)
    }
    const code = transformFile(source, file, format, match, sink, false)
    if (code === undefined) return source
    const gated = gateTracing(code, format)
    if (gated !== undefined) return gated
    const message = `the code-transformer's output for ${rel(file)} does not start as expected; it is bundled untraced`
    for (const record of match.records) record.outcomes.push({ status: 'failed', file: rel(file), format, error: message })
    messages.push(warningText(message))
    return source
  }

  function wrapped(source: string, file: string, format: ModuleFormat, hooks: PlannedHook[]): string {
    const version = packageOfFile(file)?.version
    const targets: HandoffInfo[] = []
    for (const hook of hooks) {
      const name = hook.spec.target.name
      if (!targets.some((t) => t.target === name)) targets.push({ target: name, version, file: rel(file) })
      if (!hook.files.some((f) => f.file === rel(file))) hook.files.push({ file: rel(file), format, version })
    }
    if (format === 'commonjs') return wrapCommonJs(source, targets)
    return wrapEsm(source, file, targets, assignableExports(source))
  }

  return {
    plan,
    /** Nothing to do: no hook on a non-builtin target and no tracing entry. */
    empty: plan.hooks.length === 0 && plan.tracing.length === 0,
    /** Every package the build must see resolved (hook targets' and traced files' packages). */
    packages,
    /** The marker banner, to put at the top of each output. */
    banner: markerBanner(),
    /** A bare import of `request` (a targeted package or a file in one) resolved to `file`, or was kept external. */
    resolved(request: string, file: string | undefined, external: boolean): void {
      const name = request.startsWith('@') ? request.split('/').slice(0, 2).join('/') : request.split('/')[0]!
      if (external) {
        externalPackages.add(name)
        return
      }
      if (file === undefined) return
      for (const hook of plan.hooks) {
        if (hook.spec.target.kind !== 'package' || hook.spec.target.name !== request) continue
        const list = entries.get(file) ?? []
        if (!list.includes(hook)) list.push(hook)
        entries.set(file, list)
      }
    },
    /** Whether `file` may need a change: the cheap test every loaded module goes through. */
    wants(file: string): boolean {
      if (entries.has(file)) return true
      const inPackage = packageFileOf(file)
      return inPackage !== undefined && packages.has(inPackage.packageName)
    },
    /** The new source of `file`, or undefined to keep it. Never throws: a failure is recorded and the file stays as it was. */
    transform(file: string, source: string): string | undefined {
      const hooks = hooksOf(file)
      let format: ModuleFormat = 'commonjs'
      try {
        format = formatOfFile(file, source)
        const code = traced(source, file, format)
        if (hooks.length > 0) return wrapped(code, file, format, hooks)
        return code === source ? undefined : code
      } catch (error) {
        for (const hook of hooks) hook.error = `${rel(file)}: ${describeError(error)}`
        messages.push(warningText(`could not prepare ${rel(file)} for its hooks: ${describeError(error)}; it is bundled unchanged`))
        return undefined
      }
    },
    /** The record of what the build did, as the bundle carries it. */
    marker(): BundleMarker {
      for (const hook of plan.hooks) if (hook.files.length === 0 && externalPackages.has(hook.spec.target.packageName)) hook.external = true
      return {
        schema: BUNDLE_MARKER_SCHEMA,
        autowrapt: ownVersion(),
        bundler,
        bootstrap: plan.names,
        hooks: plan.hooks.map((h) => ({
          package: h.pkg.name,
          group: h.spec.group ?? null,
          target: h.spec.target.name,
          hook: h.ref,
          status: h.error !== undefined ? 'failed' : h.files.length > 0 ? 'bundled' : h.external ? 'external' : 'not-in-bundle',
          files: h.files,
          ...(h.error !== undefined ? { error: h.error } : {}),
        })),
        tracing: plan.tracing.map((t) => ({
          package: t.packageName,
          group: t.spec.group ?? null,
          entry: t.spec.jsonPath,
          module: t.spec.moduleName,
          filePath: t.spec.filePath,
          status: t.outcomes.length > 0 ? 'transformed' : externalPackages.has(t.spec.moduleName) ? 'external' : 'not-in-bundle',
          outcomes: t.outcomes,
        })),
      }
    },
    encodedMarker(): string {
      return encodeMarker(this.marker())
    },
    /** Build-time messages (discovery problems, tracing entries that matched nothing or failed), each once. */
    takeMessages(): string[] {
      return messages.splice(0)
    },
    /** What a build that keeps the targets external must deploy beside the bundle. */
    externalsNotice(): string {
      return `autowrapt: these packages are kept external and must be installed beside the bundle (with autowrapt and the patch packages ${[...new Set(plan.hooks.map((h) => h.pkg.name).concat(plan.tracing.map((t) => t.packageName)))].join(', ')}): ${[...packages].join(', ')}`
    },
    describeEntry,
  }
}
