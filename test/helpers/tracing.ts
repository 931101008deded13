// Shared by the declarative tracing tests: the channels of the fixture
// entries, and the report a process wrote.
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const SHAPES = ['add', 'fetchValue', 'readLater', 'double', 'store-get', 'store-create', 'store-secret', 'run-second', 'explode', 'maybeLater', 'handler', 'store-new']

/** TRACE_CHANNELS for apps/tracing-subscriber.cjs: `orchestrion:<module>:<name>` for each name. */
export function channels(module: string, names: readonly string[] = SHAPES): string {
  return names.map((n) => `orchestrion:${module}:${n}`).join(',')
}

let reports = 0

/** A fresh AUTOWRAPT_REPORT file path, and a reader for the tracing part of the report written there. */
export function reportFile(): { path: string; tracing: () => Array<Record<string, any>> } {
  const path = join(tmpdir(), `autowrapt-tracing-report-${process.pid}-${++reports}.json`)
  rmSync(path, { force: true })
  return {
    path,
    tracing: () => {
      const lines = readFileSync(path, 'utf8').trim().split('\n')
      return (JSON.parse(lines[lines.length - 1]!) as { tracing: Array<Record<string, any>> }).tracing
    },
  }
}
