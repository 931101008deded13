// The names a file declares (functions, function expressions, classes and
// their methods), for the "did you mean" of an entry that matched nothing
// (issue 27, item 4). Parsed only then, with code-transformer's own parser,
// so a file that traces costs nothing more.
import { createRequire } from 'node:module'
import { closest } from '../core/did-you-mean.js'
import { requireOwn } from '../core/own-modules.js'
import type { TracingSpec } from '../core/tracing-spec.js'
import { classMembers, constructorAssigns, isClass, type AstNode } from './wrapped-functions.js'

type Parse = (source: string, options: { module: boolean; next: boolean }) => AstNode
type ClassInfo = { node: AstNode; methods: string[]; extends: boolean }

export type FileNames = {
  functions: string[]
  expressions: string[]
  classes: Map<string, ClassInfo>
  /** Methods of classes and object literals, and properties assigned a function. */
  methods: string[]
}

let parse: Parse | undefined

function parser(): Parse {
  if (parse !== undefined) return parse
  // meriyah is code-transformer's dependency, resolved from there (no copy of our own).
  const fromTransformer = createRequire(require.resolve('@apm-js-collab/code-transformer'))
  return (parse = requireOwn<{ parse: Parse }>(fromTransformer.resolve('meriyah')).parse)
}

const FUNCTIONS = new Set(['FunctionExpression', 'ArrowFunctionExpression'])
const nameOf = (node: unknown): string | undefined => {
  const n = node as { type?: string; name?: string; value?: unknown } | undefined
  if (n?.type === 'Identifier' || n?.type === 'PrivateIdentifier') return n.name
  return n?.type === 'Literal' && typeof n.value === 'string' ? n.value : undefined
}

function visit(node: AstNode, names: FileNames): void {
  const id = nameOf(node.id)
  if (node.type === 'FunctionDeclaration' && id !== undefined) names.functions.push(id)
  if (node.type === 'FunctionExpression' && id !== undefined) names.expressions.push(id)
  if (node.type === 'VariableDeclarator' && id !== undefined && FUNCTIONS.has((node.init as AstNode | null)?.type ?? ''))
    names.expressions.push(id)
  if (node.type === 'AssignmentExpression' && FUNCTIONS.has((node.right as AstNode).type)) {
    const left = node.left as AstNode
    const name = left.type === 'MemberExpression' ? nameOf(left.property) : nameOf(left)
    if (name !== undefined) {
      names.expressions.push(name)
      names.methods.push(name)
    }
  }
  if (node.type === 'Property' && FUNCTIONS.has((node.value as AstNode).type)) {
    const name = nameOf(node.key)
    if (name !== undefined) names.methods.push(name)
  }
  if (isClass(node)) {
    const className = id ?? (node.parentName as string | undefined)
    const methods = classMembers(node).flatMap((m) => (m.kind === 'constructor' ? [] : (nameOf(m.key) ?? [])))
    names.methods.push(...methods)
    if (className !== undefined) names.classes.set(className, { node, methods, extends: node.superClass != null })
  }
}

/** The names declared in `source`, or undefined when it does not parse. */
export function namesIn(source: string, format: 'commonjs' | 'module'): FileNames | undefined {
  let program: AstNode
  try {
    program = parser()(source, { module: format === 'module', next: true })
  } catch {
    return undefined
  }
  const names: FileNames = { functions: [], expressions: [], classes: new Map(), methods: [] }
  const stack: AstNode[] = [program]
  while (stack.length > 0) {
    const node = stack.pop()!
    visit(node, names)
    for (const key of Object.keys(node)) {
      const child = node[key] as unknown
      for (const c of Array.isArray(child) ? child : [child]) {
        if (c === null || typeof c !== 'object' || typeof (c as AstNode).type !== 'string') continue
        // `var Keyv = class extends X {}`: the class takes the variable's name.
        if (node.type === 'VariableDeclarator' && key === 'init' && isClass(c as AstNode)) (c as AstNode).parentName = nameOf(node.id)
        stack.push(c as AstNode)
      }
    }
  }
  return names
}

const suggest = (name: string, candidates: readonly string[]): string | undefined => {
  const near = closest(name, candidates)
  return near === undefined ? undefined : `did you mean "${near}"?`
}

function methodHint(className: string, method: string, names: FileNames): string | undefined {
  const info = names.classes.get(className)
  if (info === undefined) {
    const near = closest(className, [...names.classes.keys(), ...names.functions])
    return near === undefined ? `no class ${className} in this file` : `did you mean class "${near}"?`
  }
  const member = classMembers(info.node).find((m) => nameOf(m.key) === method)
  if (member?.kind === 'get' || member?.kind === 'set') return `${className}.${method} is an accessor (get/set), which is never traced`
  if (member !== undefined) return undefined
  const near = closest(method, info.methods)
  if (near !== undefined) return `did you mean "${className}.${near}"?`
  const ctor = constructorAssigns(info.node, method) ? '' : ` and its constructor does not assign this.${method}`
  const inherited = info.extends ? `; ${className} extends another class: name the file and class that define ${method}` : ''
  return `class ${className} has no method ${method}${ctor}${inherited}`
}

/** What the file has instead of the function an entry names: a "did you mean" or what is missing, or undefined. */
export function noMatchHint(spec: TracingSpec, names: FileNames | undefined): string | undefined {
  const q = spec.functionQuery
  if (names === undefined || spec.astQuery !== undefined) return undefined
  if (q.functionName !== undefined) return suggest(q.functionName, names.functions)
  if (q.expressionName !== undefined) return suggest(q.expressionName, names.expressions)
  const method = q.methodName ?? q.privateMethodName
  if (q.className !== undefined && method !== undefined) return methodHint(q.className, method, names)
  if (q.className !== undefined) return suggest(q.className, [...names.classes.keys(), ...names.functions])
  return method === undefined ? undefined : suggest(method, names.methods)
}
