// autowrapt's ESM callbacks run inside the application's own `import`: an
// import-in-the-middle wrapper calls them while it evaluates. A bug there must
// never reach the application, and must not repeat itself as a warning on
// every later module: the first one is reported, the rest go to the debug log.
import { debug, debugEnabled, describeError, warn, WarningCode } from '../report/log.js'

let reported = false

export function reportInternalError(where: string, error: unknown): void {
  if (reported) {
    if (debugEnabled) debug('esm', `internal error in ${where} (already reported): ${describeError(error)}`)
    return
  }
  reported = true
  warn(
    WarningCode.InternalError,
    `internal error in ${where}: ${describeError(error)}; the application continues, some ESM hooks may not have fired`,
  )
}
