// A pass over what code-transformer makes of one traced function, run right
// after its transform, on the syntax tree. Two changes (issue 27):
// - The function keeps its kind. code-transformer turns `async function f`
//   into a plain function that returns the traced call, so
//   util.types.isAsyncFunction, `constructor` and Object.prototype.toString
//   changed, and frameworks that check for async functions behaved differently.
//   The wrapper is given back the original `async`/generator flag; in a
//   generator its returns delegate (`return yield* ...`) to the generator the
//   original body makes.
// - With no subscriber, the call costs what the original does. The generated
//   prologue builds an argument array, a context object and two closures
//   before it checks for subscribers. A first statement now checks, and
//   runs a copy of the original body in place when no one listens. Where the
//   parameters are plain names, the wrapper keeps them (and so its `length`),
//   and the copy runs with no allocation at all; otherwise the copy is a
//   nested function called with the same arguments.
// With no subscriber every wrapper shape (Sync, Async, Callback, Auto) calls
// the original with the same `this` and arguments, so the fast path changes
// nothing but the cost.
// The syntax tree is code-transformer's (meriyah's ESTree), built and read
// here by shape; typing every node kind would add nothing the checks below do not.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = { type: string; [key: string]: any }
type FunctionNode = Node & { params: Node[]; body: Node; async: boolean; generator: boolean }

// Characters of source; a traced function larger than this is not copied.
const MAX_COPIED_FUNCTION = 256 * 1024
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])
const CHANNEL_CHARS = /[^\w]/g

const id = (name: string): Node => ({ type: 'Identifier', name })
const member = (object: Node, name: string): Node => ({
  type: 'MemberExpression',
  object,
  property: id(name),
  computed: false,
  optional: false,
})
const call = (callee: Node, args: Node[]): Node => ({ type: 'CallExpression', callee, arguments: args, optional: false })
const returns = (argument: Node): Node => ({ type: 'ReturnStatement', argument })
const delegate = (argument: Node): Node => ({ type: 'YieldExpression', delegate: true, argument })

/** The variable code-transformer declares for a channel (its formatChannelVariable). */
export function channelVariable(channelName: string): string {
  return `tr_ch_apm$${channelName.replace(CHANNEL_CHARS, '_')}`
}

function isSimpleParam(param: Node): boolean {
  return param.type === 'Identifier' || (param.type === 'RestElement' && param.argument.type === 'Identifier')
}

// `if (!tr_ch_apm_hasSubscribers(channel)) <consequent>`: the same test as the
// Sync and Async wrappers' own early return, and stricter than the Callback one.
function unlessSubscribed(channel: string, consequent: Node): Node {
  const test = { type: 'UnaryExpression', operator: '!', prefix: true, argument: call(id('tr_ch_apm_hasSubscribers'), [id(channel)]) }
  return { type: 'IfStatement', test, consequent, alternate: null }
}

// The statements of a body as a block's: an arrow's expression body becomes a return.
function bodyStatements(body: Node): Node[] {
  return body.type === 'BlockStatement' ? body.body : [returns(body)]
}

function isDirective(statement: Node): boolean {
  return statement.type === 'ExpressionStatement' && typeof statement.directive === 'string'
}

// In a generator wrapper, each return of the wrapper's own statements hands
// back the generator the original body made: delegate to it instead. Nested
// functions (the runStores callbacks) keep their returns.
function delegateReturns(statements: Node[]): void {
  const visit = (node: Node | null | undefined): void => {
    if (node == null || typeof node.type !== 'string' || FUNCTION_TYPES.has(node.type)) return
    if (node.type === 'ReturnStatement' && node.argument != null) {
      node.argument = delegate(node.argument)
      return
    }
    for (const key of ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer']) {
      const child = node[key]
      if (Array.isArray(child)) child.forEach(visit)
      else if (child != null && typeof child === 'object') visit(child)
    }
  }
  statements.forEach(visit)
}

// The argument array the wrapper hands the original: the arguments as passed.
function argumentsArray(original: { params: Node[] }, arrow: boolean): Node {
  if (!arrow) return call(member(member(member(id('Array'), 'prototype'), 'slice'), 'call'), [id('arguments')])
  const elements = original.params.map((p) =>
    p.type === 'RestElement' ? { type: 'SpreadElement', argument: id(p.argument.name) } : id(p.name),
  )
  return { type: 'ArrayExpression', elements }
}

function replaceArgumentsArray(statements: Node[], init: Node): boolean {
  for (const statement of statements) {
    if (statement.type !== 'VariableDeclaration') continue
    const declarator = statement.declarations.find((d: Node) => d.id?.name === '__apm$arguments')
    if (declarator === undefined) continue
    declarator.init = init
    return true
  }
  return false
}

// The traced path calls the original as `__apm$wrapped.apply(this, args)`,
// which drops `new.target`: a traced `function Point () { if (!new.target)
// return new Point() }` recursed forever. Under `new`, construct it instead.
function keepNewTarget(statements: Node[]): void {
  const declaration = statements.find((s) => s.type === 'VariableDeclaration' && s.declarations[0]?.id?.name === '__apm$traced')
  const tracedBody = declaration?.declarations[0].init?.body?.body as Node[] | undefined
  const last = tracedBody?.[tracedBody.length - 1]
  const callee = last?.type === 'ReturnStatement' ? last.argument?.callee : undefined
  if (callee?.type !== 'MemberExpression' || callee.object?.name !== '__apm$wrapped' || callee.property?.name !== 'apply') return
  const newTarget = { type: 'MetaProperty', meta: id('new'), property: id('target') }
  const construct = call(member(id('Reflect'), 'construct'), [id('__apm$wrapped'), id('__apm$arguments'), newTarget])
  last!.argument = { type: 'ConditionalExpression', test: newTarget, consequent: construct, alternate: last!.argument }
}

type Original = { params: Node[]; body: Node; async: boolean; generator: boolean; arrow: boolean }

// The fast path where parameters are not all plain names: the original, as a
// nested function of its own kind, called with the arguments as passed. An
// arrow keeps `this`, `super`, `arguments` and `new.target`; a generator
// cannot be one, so a generator using `super` keeps code-transformer's shape.
function nestedCall(original: Original, wrapper: FunctionNode): Node | undefined {
  const args = original.arrow
    ? wrapper.params.map((p) => (p.type === 'RestElement' ? { type: 'SpreadElement', argument: id(p.argument.name) } : id(p.name)))
    : [{ type: 'SpreadElement', argument: id('arguments') }]
  if (!original.generator) {
    const fn = {
      type: 'ArrowFunctionExpression',
      params: original.params,
      body: original.body,
      async: original.async,
      generator: false,
      expression: original.body.type !== 'BlockStatement',
    }
    return call(fn, args)
  }
  if (JSON.stringify(original.body).includes('"Super"')) return undefined
  const fn = { type: 'FunctionExpression', id: null, params: original.params, body: original.body, async: original.async, generator: true }
  return delegate(call(member(fn, 'apply'), [{ type: 'ThisExpression' }, id('arguments')]))
}

/**
 * Runs code-transformer's `transform` on a function node, then gives the
 * wrapper back the function's kind and a no-subscriber fast path. Returns
 * false when the transform left the node alone (already traced on this channel).
 */
export function traceKeepingKind(channelName: string, node: Node, transform: () => void): boolean {
  if (!FUNCTION_TYPES.has(node.type)) {
    transform()
    return true
  }
  const fn = node as FunctionNode
  const before = fn.body
  // A copy of a very large function (a bundle's whole factory, say) would
  // double the file: such a function keeps code-transformer's fast path.
  const copy = typeof fn.start === 'number' && typeof fn.end === 'number' && fn.end - fn.start <= MAX_COPIED_FUNCTION
  const original: Original = {
    params: copy ? structuredClone(fn.params) : fn.params,
    body: copy ? structuredClone(fn.body) : fn.body,
    async: fn.async,
    generator: fn.generator,
    arrow: fn.type === 'ArrowFunctionExpression',
  }
  transform()
  if (fn.body === before || fn.body?.type !== 'BlockStatement') return fn.body !== before
  const wrapper = fn.body.body as Node[]
  fn.async = original.async
  fn.generator = original.generator
  if (original.generator) delegateReturns(wrapper)
  else if (!original.async && !original.arrow) keepNewTarget(wrapper)
  if (!copy) return true
  const channel = channelVariable(channelName)
  if (original.params.every(isSimpleParam) && replaceArgumentsArray(wrapper, argumentsArray(original, original.arrow))) {
    // The wrapper takes the original parameters, and the fast path is the original body itself.
    fn.params = original.params
    const statements = bodyStatements(original.body)
    const directives = statements.filter(isDirective)
    // Ending the copy with `return;` is what falling off the original's end did.
    const block = {
      type: 'BlockStatement',
      body: [...statements.filter((s) => !isDirective(s)), { type: 'ReturnStatement', argument: null }],
    }
    wrapper.unshift(...directives, unlessSubscribed(channel, block))
    return true
  }
  const fast = nestedCall(original, fn)
  if (fast !== undefined) wrapper.unshift(unlessSubscribed(channel, returns(fast)))
  return true
}
