// Validation of an `autowrapt` field for `autowrapt check`: the shipped JSON
// Schema (the contract editors show), then the runtime's own reading of the
// field (readManifest), then version ranges. Where both the schema and the
// runtime object to the same spot, the runtime's message wins: it is the one
// users will see as a warning, and it says what to do.
import { readFileSync } from 'node:fs'
import { isWithinPath, readManifest, type HookSpec } from '../core/manifest.js'
import { isValidRange } from '../core/versions.js'
import { WarningCode } from '../report/log.js'
import { validateJsonSchema, type JsonSchema } from './json-schema.js'
import { FIELD_SCHEMA_PATH } from './paths.js'
import type { CliProblem } from './problems.js'

export type FieldCheck = { readonly specs: HookSpec[]; readonly groups: number; readonly problems: CliProblem[] }

let fieldSchema: JsonSchema | undefined

function loadFieldSchema(): JsonSchema {
  fieldSchema ??= JSON.parse(readFileSync(FIELD_SCHEMA_PATH, 'utf8')) as JsonSchema
  return fieldSchema
}

/** Whether two JSON paths name the same value or one lies inside the other. */
function overlaps(a: string | null, b: string): boolean {
  return isWithinPath(b, a) || (a !== null && isWithinPath(a, b))
}

export function checkField(field: unknown): FieldCheck {
  const manifest = readManifest(field)
  const problems: CliProblem[] = [...manifest.problems]
  if (field !== undefined) {
    for (const p of validateJsonSchema(loadFieldSchema(), field, 'autowrapt')) {
      if (!problems.some((q) => overlaps(q.jsonPath, p.jsonPath))) problems.push({ code: WarningCode.InvalidConfig, ...p })
    }
  }
  const specs = [...manifest.hooks, ...[...manifest.groups.values()].flat()]
  for (const spec of specs) {
    if (spec.versions !== undefined && !isValidRange(spec.versions)) {
      problems.push({ code: WarningCode.InvalidRange, jsonPath: `${spec.jsonPath}.versions`, message: `invalid semver range ${JSON.stringify(spec.versions)}` })
    }
  }
  return { specs, groups: manifest.groups.size, problems }
}
