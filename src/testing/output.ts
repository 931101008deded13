// Reading what a child process said: autowrapt's (and Node's) coded warnings
// from stderr, and the JSON-lines report autowrapt appended to a file.
import { readFileSync } from 'node:fs'
import type { Report, ReportEntry } from '../report/report.js'

/** One `process.emitWarning` line with a code: `(node:123) [AUTOWRAPT_X] AutowraptWarning: message`. */
export type ChildWarning = { readonly code: string; readonly type: string; readonly message: string }

const WARNING_LINE = /^\(node:\d+\) \[([A-Z0-9_]+)\] (\w+): (.*)$/gm

/** Every coded warning on `stderr`, in order (autowrapt's and Node's own, e.g. DEP0205). */
export function parseWarnings(stderr: string): ChildWarning[] {
  return [...stderr.matchAll(WARNING_LINE)].map((m) => ({ code: m[1]!, type: m[2]!, message: m[3]! }))
}

/** The reports in an AUTOWRAPT_REPORT file: one per process and thread, in the order they exited. */
export function readReports(file: string): Report[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    // No process got as far as exiting with autowrapt bootstrapped.
    return []
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Report)
}

/** The report entries for `target` (normalised: `http`, not `node:http`), optionally of one patch package. */
export function entriesFor(reports: readonly Report[], target: string, patchPackage?: string): ReportEntry[] {
  const name = target.startsWith('node:') ? target.slice(5) : target
  return reports.flatMap((r) => r.entries).filter((e) => e.target === name && (patchPackage === undefined || e.package === patchPackage))
}
