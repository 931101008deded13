// `autowrapt check --bundle <file>`: what a bundle built with an autowrapt
// plugin contains, read from the marker its build left in it (docs/bundling.md).
import { readFileSync } from 'node:fs'
import { decodeMarkers, type BundleMarker } from '../core/bundle-marker.js'
import { describeError } from '../report/log.js'
import { UsageError } from './args.js'
import { ExitCode, print, printJson } from './output.js'

function render(file: string, marker: BundleMarker): void {
  print(
    `autowrapt check: ${file} was built by ${marker.bundler} with autowrapt ${marker.autowrapt} for ${marker.bootstrap.join(',') || '(no names)'}`,
  )
  for (const hook of marker.hooks) {
    const where = hook.files.map((f) => `${f.file} (${f.format}${f.version ? ` ${f.version}` : ''})`).join(', ')
    const detail = hook.error ?? (where || (hook.status === 'external' ? 'hooked at run time' : ''))
    print(`  hook ${hook.package} on ${hook.target} (${hook.hook}): ${hook.status}${detail ? `: ${detail}` : ''}`)
  }
  for (const entry of marker.tracing) {
    const outcomes = entry.outcomes.map((o) => `${o.status} in ${o.file}`).join(', ')
    print(
      `  tracing ${entry.package} ${entry.entry} on ${entry.module}/${entry.filePath}: ${entry.status}${outcomes ? `: ${outcomes}` : ''}`,
    )
  }
}

/** Prints the markers in `file`; exit 1 when it has none (built without a plugin). */
export function checkBundle(file: string, json: boolean): number {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read the bundle ${JSON.stringify(file)}: ${describeError(error)}`, 'give the path of a bundled .js file')
  }
  const markers = decodeMarkers(text)
  if (json) printJson({ ok: markers.length > 0, file, markers })
  else if (markers.length === 0)
    print(`autowrapt check: ${file} carries no autowrapt marker: it was built without autowrapt's plugin (docs/bundling.md)`)
  else for (const marker of markers) render(file, marker)
  return markers.length > 0 ? ExitCode.Ok : ExitCode.Problems
}
