// Validation of an `autowrapt` field for `autowrapt check`: the shipped JSON
// Schema (the contract editors show), then the runtime's own reading of the
// field (readManifest), then version ranges. Where both the schema and the
// runtime object to the same spot, the runtime's message wins: it is the one
// users will see as a warning, and it says what to do.
import { readFileSync } from 'node:fs'
import { readManifest, type HookSpec } from '../core/manifest.js'
import type { TracingSpec } from '../core/tracing-spec.js'
import { allTracingSpecs } from './tracing-entries.js'
import { isValidRange } from '../core/versions.js'
import { validateJsonSchema, type JsonSchema } from './json-schema.js'
import { FIELD_SCHEMA_PATH } from './paths.js'

export type CheckProblem = { readonly jsonPath: string; readonly message: string }
export type FieldCheck = { readonly specs: HookSpec[]; readonly tracing: TracingSpec[]; readonly groups: number; readonly problems: CheckProblem[] }

let fieldSchema: JsonSchema | undefined

function loadFieldSchema(): JsonSchema {
  fieldSchema ??= JSON.parse(readFileSync(FIELD_SCHEMA_PATH, 'utf8')) as JsonSchema
  return fieldSchema
}

/** Whether two JSON paths name the same value or one lies inside the other. */
function overlaps(a: string, b: string): boolean {
  const inside = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`)
  return inside(a, b) || inside(b, a)
}

export function checkField(field: unknown): FieldCheck {
  const manifest = readManifest(field)
  const problems: CheckProblem[] = manifest.problems.map((p) => ({ jsonPath: p.jsonPath, message: p.message }))
  if (field !== undefined) {
    for (const p of validateJsonSchema(loadFieldSchema(), field, 'autowrapt')) {
      if (!problems.some((q) => overlaps(q.jsonPath, p.jsonPath))) problems.push(p)
    }
  }
  const specs = [...manifest.hooks, ...[...manifest.groups.values()].flat()]
  for (const spec of specs) {
    if (spec.versions !== undefined && !isValidRange(spec.versions)) {
      problems.push({ jsonPath: `${spec.jsonPath}.versions`, message: `invalid semver range ${JSON.stringify(spec.versions)}` })
    }
  }
  return { specs, tracing: allTracingSpecs(manifest), groups: manifest.groups.size, problems }
}
