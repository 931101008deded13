// Which of code-transformer's visits wrap the function an entry names, so
// that `applied` and its count of functions are true (issue 27, item 1).
// code-transformer's selectors for `className` + `methodName` also match the
// class itself, the variable it is assigned to, and any function named like
// the class; for a class without that method it then patches `this[method]`
// in the constructor. Only two kinds of visit wrap what the entry names:
// a function node (a method, a function, an expression) whose body the
// transform replaces, and the constructor patch of a class whose constructor
// really assigns the property. Every other visit is left undone.
import type { FunctionQuery } from '../core/tracing-spec.js'

export type AstNode = { type: string; [key: string]: unknown }
type Member = { type: string; kind?: string; key?: { name?: string }; value?: { body?: { body?: unknown[] } } }

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])

export function isClass(node: AstNode): boolean {
  return node.type === 'ClassDeclaration' || node.type === 'ClassExpression'
}

export function classMembers(node: AstNode): Member[] {
  return ((node.body as { body?: Member[] } | undefined)?.body ?? []) as Member[]
}

/** The name a member is keyed by (`foo`, `#foo` as `foo`, `"foo"`), or undefined for computed keys. */
function keyName(key: unknown): string | undefined {
  const k = key as { type?: string; name?: string; value?: unknown } | undefined
  if (k?.type === 'Identifier' || k?.type === 'PrivateIdentifier') return k.name
  if (k?.type === 'Literal' && typeof k.value === 'string') return k.value
  return undefined
}

function isThisProperty(node: unknown, name: string): boolean {
  const m = node as { type?: string; object?: { type?: string }; property?: unknown; computed?: boolean } | undefined
  if (m?.type !== 'MemberExpression' || m.object?.type !== 'ThisExpression') return false
  const p = m.property as { type?: string; name?: string; value?: unknown }
  return m.computed === true ? p.type === 'Literal' && p.value === name : p.type === 'Identifier' && p.name === name
}

/** Whether `root` assigns `this.<name>` (or `this["<name>"]`) with its own `this`: nested functions and classes are not looked into. */
export function assignsThisProperty(root: unknown, name: string): boolean {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      stack.push(...(node as unknown[]))
      continue
    }
    const n = node as AstNode
    if (n !== root && (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || isClass(n))) continue
    if (n.type === 'AssignmentExpression' && isThisProperty(n.left, name)) return true
    for (const key of Object.keys(n)) if (key !== 'loc' && key !== 'range') stack.push(n[key])
  }
  return false
}

/** Whether a class's own constructor assigns `this.<method>`: the one case where code-transformer's constructor patch wraps a real function. */
export function constructorAssigns(node: AstNode, method: string): boolean {
  const ctor = classMembers(node).find((m) => m.kind === 'constructor')
  return ctor !== undefined && assignsThisProperty(ctor.value, method)
}

function memberName(parent: AstNode | undefined): string | undefined {
  if (parent === undefined) return undefined
  if (parent.type !== 'MethodDefinition' && parent.type !== 'PropertyDefinition' && parent.type !== 'Property') return undefined
  return keyName(parent.key)
}

/**
 * Whether code-transformer may act on this visit. A visit that could only
 * change something the entry does not name (the class node of a class
 * without that method, unless its constructor assigns it; a function named
 * like the class; a variable declarator) is not made at all.
 */
export function namesTarget(query: FunctionQuery, byAst: boolean, node: AstNode, parent: AstNode | undefined): boolean {
  const method = query.methodName ?? query.privateMethodName
  if (isClass(node)) {
    if (query.methodName === undefined || classMembers(node).some((m) => keyName(m.key) === query.methodName)) return false
    return constructorAssigns(node, query.methodName)
  }
  if (!FUNCTIONS.has(node.type)) return false
  if (byAst || query.className === undefined || method === undefined) return true
  return memberName(parent) === method
}

/** A cheap fingerprint of what a visit may change: a function's body, a class's constructor. */
export function shapeOf(node: AstNode): unknown {
  if (!isClass(node)) return node.body
  const members = classMembers(node)
  const ctor = members.find((m) => m.kind === 'constructor')
  return `${members.length}:${ctor?.value?.body?.body?.length ?? -1}`
}
