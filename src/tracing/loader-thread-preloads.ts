// On Node 20 the worker thread that module.register starts inherits the
// process's flags like any worker, and runs its --require preloads (from the
// command line and NODE_OPTIONS) before it loads the hooks: a --require'd
// subscriber, exporter or agent runs twice, once in that thread, where it sees
// no application. --import preloads are not run there, so the same file
// preloaded with --import runs once. Nothing autowrapt can pass to
// module.register changes the thread's flags, so it says so once, when it
// registers the tracing loader: the case of a --require'd tracing subscriber
// (issue 27). The hooks' own loader thread is the same thread; a process with
// hooks only gets no warning, and docs/tracing-costs.md says so. (Observed on
// Node 20.20; Node 22.22.3+ and 24.11.1+ start no loader thread for autowrapt;
// older 22 and 24 lines were not verified and get no warning.)
import { warn, WarningCode } from '../report/log.js'

const WARNED = Symbol.for('autowrapt.preloadsInLoaderThreadWarned')
// autowrapt's own entries: in the loader thread they do nothing (bootstrap skips that thread).
const isRegister = (module: string) =>
  /(?:^|[\\/])(?:autowrapt\/(?:opentelemetry\/)?register(?:\.cjs|\.mjs)?|(?:opentelemetry-)?register\.[cm]js)$/.test(module)

/** The --require preloads, other than autowrapt/register, that a loader thread also runs (Node 20). */
export function requirePreloadsInLoaderThread(nodeMajor: number, nodeOptions: string | undefined, execArgv: readonly string[]): string[] {
  if (nodeMajor !== 20) return []
  const args = [...(nodeOptions ?? '').split(/\s+/).filter(Boolean), ...execArgv]
  const required: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if ((arg === '--require' || arg === '-r') && i + 1 < args.length) required.push(args[++i]!)
    else if (arg.startsWith('--require=') || arg.startsWith('-r=')) required.push(arg.slice(arg.indexOf('=') + 1))
  }
  return [...new Set(required.map((m) => m.replace(/^["']|["']$/g, '')))].filter((m) => !isRegister(m))
}

/** Warns once per process, as autowrapt registers its tracing loader (module.register). */
export function warnPreloadsInLoaderThread(): void {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>
  if (holder[WARNED] === true) return
  const modules = requirePreloadsInLoaderThread(Number(process.versions.node.split('.')[0]), process.env.NODE_OPTIONS, process.execArgv)
  if (modules.length === 0) return
  Object.defineProperty(globalThis, WARNED, { value: true, enumerable: false, configurable: true })
  const names = modules.map((m) => `"${m}"`).join(', ')
  warn(
    WarningCode.PreloadInLoaderThread,
    `on Node ${process.versions.node}, the module.register loader thread autowrapt starts also runs the --require preload${modules.length === 1 ? '' : 's'} ${names}, so ${modules.length === 1 ? 'it runs' : 'they run'} twice (once in that thread, which runs no application code); preload ${modules.length === 1 ? 'it' : 'them'} with --import instead (run once), or start exporters only where require('node:worker_threads').isMainThread`,
  )
}
