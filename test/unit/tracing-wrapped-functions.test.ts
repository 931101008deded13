// What counts as the function an entry names, on parsed code (issue 27, item 1).
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { assignsThisProperty, constructorAssigns, namesTarget, shapeOf, type AstNode } from '../../src/tracing/wrapped-functions.js'

const { parse } = createRequire(require.resolve('@apm-js-collab/code-transformer'))('meriyah') as { parse: (s: string, o: object) => AstNode }
const program = (source: string) => parse(source, { next: true }) as unknown as { body: AstNode[] }
const first = (source: string) => program(source).body[0]!
const classOf = (source: string) => {
  const node = first(source)
  return node.type === 'VariableDeclaration' ? ((node.declarations as AstNode[])[0]!.init as AstNode) : node
}
const methods = (cls: AstNode) => (cls.body as { body: AstNode[] }).body

describe('the constructor assigns this.<name>', () => {
  it('this.x = and this["x"] =, also nested in blocks and arrow functions; not this[x], not other.x, not in a nested function or class', () => {
    const ctor = (body: string) => methods(classOf(`class A { constructor () { ${body} } }`))[0]!.value as AstNode
    expect(constructorAssigns(classOf('class A { constructor () { this.run = f } }'), 'run')).toBe(true)
    expect(assignsThisProperty(ctor('this["run"] = f'), 'run')).toBe(true)
    expect(assignsThisProperty(ctor('if (x) { const g = () => { this.run = f } }'), 'run')).toBe(true)
    expect(assignsThisProperty(ctor('this.walk = f'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('this[run] = f'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('this["walk"] = f'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('this[0] = f'), '0')).toBe(false)
    expect(assignsThisProperty(ctor('other.run = f'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('run = f'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('this.run == f'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('const g = function () { this.run = f }'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('function g () { this.run = f }'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('class B { constructor () { this.run = f } }'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('[this.run] = [f]'), 'run')).toBe(false)
    expect(assignsThisProperty(ctor('a = [1, (this.run = f)]'), 'run')).toBe(true)
  })

  it('a class without a constructor assigns nothing', () => {
    expect(constructorAssigns(classOf('class A { run () {} }'), 'run')).toBe(false)
    expect(constructorAssigns(classOf('class A { static run = 1; other () { this.run = 1 } }'), 'run')).toBe(false)
  })
})

describe('which visits name the target', () => {
  const query = { className: 'A', methodName: 'run', kind: 'Sync' } as const

  it('the class node: only for a missing method that its constructor assigns', () => {
    expect(namesTarget(query, false, classOf('class A { constructor () { this.run = f } }'), undefined)).toBe(true)
    expect(namesTarget(query, false, classOf('class A { constructor () { this.walk = f } }'), undefined)).toBe(false)
    expect(namesTarget(query, false, classOf('class A { constructor () { this.run = f } run () {} }'), undefined)).toBe(false)
    expect(namesTarget(query, false, classOf('class A { constructor () { this.run = f } "run" () {} }'), undefined)).toBe(false)
    expect(namesTarget(query, false, classOf('var A = class { constructor () { this.run = f } }'), undefined)).toBe(true)
    expect(namesTarget({ className: 'A' }, false, classOf('class A { constructor () { this.run = f } }'), undefined)).toBe(false)
    expect(namesTarget({ className: 'A', privateMethodName: 'run', kind: 'Sync' }, false, classOf('class A { constructor () { this.run = f } }'), undefined)).toBe(false)
  })

  it('a function: the method of that name for a class query (methods, fields, private methods); anything for other queries', () => {
    const [ctor, run, field, priv, other] = methods(classOf('class A { constructor () {} run () {} walk = () => {}; #run () {} other () {} }'))
    const fn = (m: AstNode) => m.value as AstNode
    expect(namesTarget(query, false, fn(run!), run)).toBe(true)
    expect(namesTarget(query, false, fn(other!), other)).toBe(false)
    expect(namesTarget(query, false, fn(ctor!), ctor)).toBe(false)
    expect(namesTarget({ ...query, methodName: 'walk' }, false, fn(field!), field)).toBe(true)
    expect(namesTarget({ className: 'A', privateMethodName: 'run', kind: 'Sync' }, false, fn(priv!), priv)).toBe(true)
    const objectMethod = (first('({ run () {} })').expression as { properties: AstNode[] }).properties[0]!
    expect(namesTarget(query, false, objectMethod.value as AstNode, objectMethod)).toBe(true)
    const declared = first('function A () {}')
    expect(namesTarget(query, false, declared, undefined)).toBe(false)
    expect(namesTarget(query, false, declared, first('x = 1'))).toBe(false)
    expect(namesTarget({ className: 'A' }, false, declared, undefined)).toBe(true)
    expect(namesTarget({ functionName: 'A', kind: 'Sync' }, false, declared, undefined)).toBe(true)
    expect(namesTarget({ methodName: 'run', kind: 'Sync' }, false, fn(other!), other)).toBe(true)
    expect(namesTarget(query, true, declared, undefined)).toBe(true)
  })

  it('anything else (the variable a class is assigned to, a getter body is filtered before) is not a target', () => {
    const declarator = (first('var A = class {}').declarations as AstNode[])[0]!
    expect(namesTarget(query, false, declarator, undefined)).toBe(false)
    expect(namesTarget({ functionName: 'A', kind: 'Sync' }, true, declarator, undefined)).toBe(false)
  })
})

describe('what a visit changed', () => {
  it('a function: its body (by identity); a class: its member count and its constructor body length', () => {
    const fn = first('function f () { return 1 }')
    const body = shapeOf(fn)
    expect(body).toBe(fn.body)
    expect(shapeOf(classOf('class A { constructor () { a(); b() } run () {} }'))).toBe('2:2')
    expect(shapeOf(classOf('class A { run () {} }'))).toBe('1:-1')
    expect(shapeOf(classOf('class A {}'))).toBe('0:-1')
  })
})
