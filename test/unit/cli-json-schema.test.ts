import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateJsonSchema, type JsonSchema } from '../../src/cli/json-schema.js'
import { readManifest } from '../../src/core/manifest.js'

const ROOT = join(__dirname, '../..')
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/autowrapt.schema.json'), 'utf8')) as JsonSchema
const check = (field: unknown) => validateJsonSchema(schema, field, 'autowrapt').map((p) => `${p.jsonPath}: ${p.message}`)

function fixtureFields(): Array<[string, unknown]> {
  const fields: Array<[string, unknown]> = []
  for (const base of ['test/fixtures/node_modules', 'test/fixtures/cli', 'test/fixtures/cli/node_modules']) {
    for (const dir of readdirSync(join(ROOT, base))) {
      const file = join(ROOT, base, dir, 'package.json')
      if (!existsSync(file)) continue
      const json = JSON.parse(readFileSync(file, 'utf8')) as { autowrapt?: unknown }
      if (json.autowrapt !== undefined && dir !== 'schema-only-patches') fields.push([dir, json.autowrapt])
    }
  }
  return fields
}

describe('the shipped JSON Schema and its validator', () => {
  it('agree with the runtime on every fixture: a field is valid for one exactly when it is valid for the other', () => {
    const fields = fixtureFields()
    expect(fields.length).toBeGreaterThan(20)
    for (const [dir, field] of fields) {
      expect({ dir, schemaOk: check(field).length === 0 }).toEqual({ dir, schemaOk: readManifest(field).problems.length === 0 })
    }
  })

  it('accept the forms the README documents', () => {
    expect(check({
      $schema: './node_modules/autowrapt/schema/autowrapt.schema.json',
      hooks: { express: './hooks/express.js', 'node:http': './hooks/http.js#patchHttp', pg: { hook: './hooks/pg.js#patchPg', versions: '>=8 <10' }, 'mysql2/lib/connection.js': './hooks/mysql2.js', '@scope/pkg': 'hooks/scoped.js#default', 'fs/promises': './hooks/fs.js' },
      groups: { experimental: { undici: './hooks/undici.js' } },
    })).toEqual([])
  })

  it('name each problem by its JSON path', () => {
    expect(check({ hooks: { pg: 42, './x': 'a.js', a: '/abs.js', b: { hook: 'a.js', versions: 1, extra: true }, c: { versions: '1' } }, groups: { 'bad group': {}, g: [] }, other: 1 })).toEqual([
      'autowrapt.hooks.pg: must be a string or an object (found number)',
      'autowrapt.hooks["./x"]: key "./x" is not in the expected form; expected a package name, a file inside a package ("pkg/lib/file.js") or a builtin ("node:http"); not a relative or absolute path',
      'autowrapt.hooks.a: "/abs.js" is not in the expected form; expected "<path>#<export>": a file relative to this package\'s root ("./hooks/pg.js") and, after \'#\', the name of the exported hook function',
      'autowrapt.hooks.b.versions: must be a string (found number)',
      'autowrapt.hooks.b.extra: unknown property "extra" (allowed: hook, versions)',
      'autowrapt.hooks.c: is missing the required property "hook"',
      'autowrapt.groups["bad group"]: key "bad group" is not in the expected form; expected group name: letters, digits, \'_\', \'.\', \'~\' and \'-\'',
      'autowrapt.groups.g: must be an object (found array)',
      'autowrapt.other: unknown property "other" (allowed: $schema, hooks, tracing, groups)',
    ])
  })

  it('report a value that matches more than one oneOf branch', () => {
    const loose: JsonSchema = { oneOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] }
    expect(validateJsonSchema(loose, 'x')).toEqual([{ jsonPath: '$', message: 'matches more than one of the allowed forms' }])
  })

  it('refuse a keyword the validator does not implement, instead of ignoring it', () => {
    expect(() => validateJsonSchema({ maxLength: 3 }, 'abcd')).toThrow(/keyword "maxLength" is not supported/)
    expect(() => validateJsonSchema({ $ref: 'https://example.com/s.json' }, 1)).toThrow(/only "#\/\$defs\/<name>" references/)
  })

  it('the package.json schema refers to the field schema', () => {
    const whole = JSON.parse(readFileSync(join(ROOT, 'schema/package-json.schema.json'), 'utf8')) as { properties: { autowrapt: { $ref: string } } }
    expect(existsSync(join(ROOT, 'schema', whole.properties.autowrapt.$ref))).toBe(true)
  })
})
