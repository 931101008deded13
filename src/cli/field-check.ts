// Validation of an `autowrapt` field for `autowrapt check`: the runtime's own
// reading of the field (readManifest), so that check reports exactly what the
// runtime would warn about, then version ranges, which the runtime only checks
// when a target loads. The shipped JSON Schema says the same for editors; a
// test (test/unit/field-schema.test.ts) keeps the two in agreement.
import { readManifest, type HookSpec } from '../core/manifest.js'
import type { TracingSpec } from '../core/tracing-spec.js'
import { allTracingSpecs } from './tracing-entries.js'
import { isValidRange } from '../core/versions.js'
import { WarningCode } from '../report/log.js'
import type { CliProblem } from './problems.js'

export type FieldCheck = {
  readonly specs: HookSpec[]
  readonly tracing: TracingSpec[]
  readonly groups: number
  readonly problems: CliProblem[]
}

export function checkField(field: unknown): FieldCheck {
  const manifest = readManifest(field)
  const problems: CliProblem[] = [...manifest.problems]
  const specs = [...manifest.hooks, ...[...manifest.groups.values()].flat()]
  for (const spec of specs) {
    if (spec.versions !== undefined && !isValidRange(spec.versions)) {
      problems.push({
        code: WarningCode.InvalidRange,
        jsonPath: `${spec.jsonPath}.versions`,
        message: `invalid semver range ${JSON.stringify(spec.versions)}`,
      })
    }
  }
  return { specs, tracing: allTracingSpecs(manifest), groups: manifest.groups.size, problems }
}
