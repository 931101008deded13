// Reads the line test/fixtures/probes/watch-loaders.cjs prints at exit: the
// calls to module.register / module.registerHooks, and which hook libraries
// and files of this package were loaded.
export type Probe = {
  calls: { register: number; registerHooks: number }
  /** Files of autowrapt itself, relative to its package directory (e.g. "register.cjs", "dist/bootstrap.js"). */
  own: string[]
  /** Files of the hook libraries, from their package name on (e.g. "import-in-the-middle/index.js"). */
  libraries: string[]
}

export function probeOf(stderr: string): Probe {
  const line = stderr.split('\n').find((l) => l.startsWith('[probe] '))
  if (!line) throw new Error(`no probe output in:\n${stderr}`)
  return JSON.parse(line.slice(8)) as Probe
}

export const WATCH_LOADERS = ['--require', './probes/watch-loaders.cjs']
