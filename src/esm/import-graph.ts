// Import cycles through a target. A target is imported through its
// import-in-the-middle wrapper, which imports the module itself. When the
// module's own dependencies import the target back (pa -> pb -> pa), they would
// get the wrapper too, which has not evaluated yet: its bindings are in their
// temporal dead zone, and a top-level call in pb throws "Cannot access 'a'
// before initialization" where the plain application works (function
// declarations of pa are initialised before anything evaluates). So an import
// of a target from one of the target's own static dependencies that reads it
// at top level (top-level-use.ts) gets the module, not the wrapper: the
// application keeps its native cycle semantics, importers outside the cycle get
// the hooked namespace, and a warning says which import did not. Cycle members
// that read the target only from functions keep the wrapper, and the hooks.
//
// Node may resolve pb's imports before pa's (when the application imports pb
// itself), so the edges seen so far cannot decide it; the target's static
// import closure is read from its sources instead, once per target module, and
// only when a module in node_modules imports a target and reads it at top
// level. import-in-the-middle itself does not handle such cycles
// (nodejs/import-in-the-middle#32).
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from './lexer.js'
import { withoutIitm } from './load-tracker.js'
import { readsAtTopLevel, reexportsAll } from './top-level-use.js'
import { packageOfFile } from '../core/package-info.js'

export type ResolveRequest = {
  specifier: string
  context: { parentURL: string; importAttributes: Record<string, string>; conditions?: readonly string[] }
}
type Resolution = { url: string; format?: string | null | undefined } | undefined

// A closure larger than this is not followed further (it costs startup time);
// the imports beyond it are treated as outside the target.
const MAX_MODULES = 5000
const ESM_FORMATS = new Set(['module', 'module-typescript'])

function sourceOf(url: string): string {
  try {
    return readFileSync(fileURLToPath(url), 'utf8')
  } catch {
    return '' // not a file: nothing to read, no top-level use seen
  }
}

function staticImports(url: string): Array<{ specifier: string; importAttributes: Record<string, string>; star: boolean }> {
  if (!url.startsWith('file:')) return []
  try {
    const [imports] = parse(sourceOf(url), url)
    const found: Array<{ specifier: string; importAttributes: Record<string, string>; star: boolean }> = []
    for (const entry of imports as unknown as Array<{
      type: string
      specifier?: string | null
      attributes?: Array<[string, string]> | null
      typeOnly?: boolean
    }>) {
      // 'static' is every `import`/`export ... from` but `export * from` ('reexport-star').
      if ((entry.type !== 'static' && entry.type !== 'reexport-star') || entry.typeOnly || typeof entry.specifier !== 'string') continue
      found.push({
        specifier: entry.specifier,
        importAttributes: Object.fromEntries(entry.attributes ?? []),
        star: entry.type === 'reexport-star',
      })
    }
    return found
  } catch {
    return [] // unreadable or not JavaScript: nothing to follow
  }
}

/** A module's static imports, resolved; `follow` when the child may be ESM (its own imports are read); `star` for `export *`. */
type Edge = { url: string; follow: boolean; star: boolean }
const NOT_ESM = /\.(cjs|json|node|wasm)$/

/**
 * The URLs a module statically imports, transitively (ESM only: require()
 * never gets a wrapper). `edges` keeps each module's imports across walks, so
 * the closures of several targets read each shared module once. A relative
 * specifier is resolved against its parent's URL without asking Node (ESM
 * specifiers carry their extension; a symlinked file inside a package would be
 * missed), which leaves Node's resolver to bare and `#` specifiers only.
 */
export function* staticClosure(
  root: string,
  conditions: readonly string[] | undefined,
  within: string | null,
  edges = new Map<string, Edge[]>(),
): Generator<ResolveRequest, Set<string>, Resolution> {
  const seen = new Set<string>([root])
  const queue = [root]
  for (let i = 0; i < queue.length && seen.size < MAX_MODULES; i++) {
    const parentURL = queue[i]!
    let children = edges.get(parentURL)
    if (children === undefined) {
      children = []
      for (const { specifier, importAttributes, star } of staticImports(parentURL)) {
        const relative = specifier.startsWith('./') || specifier.startsWith('../')
        const resolved = relative
          ? { url: new URL(specifier, parentURL).href }
          : yield { specifier, context: { parentURL, importAttributes, ...(conditions ? { conditions } : {}) } }
        if (resolved === undefined) continue
        const url = withoutIitm(resolved.url)
        // Newer Nodes often leave the format to the load step: follow unless it is known not to be ESM.
        children.push({ url, follow: resolved.format ? ESM_FORMATS.has(resolved.format) : !NOT_ESM.test(url), star })
      }
      edges.set(parentURL, children)
    }
    for (const { url, follow } of children) {
      if (seen.has(url) || (within !== null && !url.startsWith(within))) continue
      seen.add(url)
      if (follow) queue.push(url)
    }
  }
  return seen
}

export function runSync<T>(gen: Generator<ResolveRequest, T, Resolution>, resolve: (request: ResolveRequest) => Resolution): T {
  let step = gen.next()
  while (!step.done) {
    let resolved: Resolution
    try {
      resolved = resolve(step.value)
    } catch {
      resolved = undefined
    }
    step = gen.next(resolved)
  }
  return step.value
}

export async function runAsync<T>(
  gen: Generator<ResolveRequest, T, Resolution>,
  resolve: (request: ResolveRequest) => Promise<Resolution>,
): Promise<T> {
  let step = gen.next()
  while (!step.done) {
    let resolved: Resolution
    try {
      resolved = await resolve(step.value)
    } catch {
      resolved = undefined
    }
    step = gen.next(resolved)
  }
  return step.value
}

// How far the walk for one importer must go: within the package when the
// importer is in the target's own package; everywhere when it is another
// installed package; not at all for application code outside node_modules (no
// package imports it). This keeps the walk off the common case, an application
// importing a target. Declared dependencies cannot narrow it: a package may
// import another it never declared (hoisted into a shared node_modules), and a
// cycle through such an import crashed as one through a declared one did
// (issue 26, item 4).
function walkScope(target: string, importer: string): string | null | undefined {
  if (!importer.startsWith('file:') || !importer.includes('/node_modules/')) return undefined
  const targetPackage = packageOfFile(fileURLToPath(target))
  const importerPackage = packageOfFile(fileURLToPath(importer))
  if (targetPackage === undefined || importerPackage === undefined) return undefined
  return targetPackage.dir === importerPackage.dir ? pathToFileURL(targetPackage.dir).href + '/' : null
}

export function createCycleGuard(warn: (message: string) => void) {
  const closures = new Map<string, Set<string>>()
  const edges = new Map<string, Edge[]>()
  const reads = new Map<string, boolean>()
  const warned = new Set<string>()
  const keyOf = (target: string, scope: string | null) => `${target} ${scope ?? '*'}`
  // Read first, as it is one file: an importer that reads the target only
  // from functions keeps the wrapper wherever it sits, and needs no walk.
  function readsTarget(importer: string, specifier: string): boolean {
    const key = `${importer} ${specifier}`
    let answer = reads.get(key)
    if (answer === undefined) reads.set(key, (answer = readsAtTopLevel(sourceOf(importer), specifier)))
    return answer
  }
  // An `export * from` the target passes its bindings on too, unless the
  // target reaches the importer through `export *` alone: then the two are an
  // `export *` cycle, whose bindings import-in-the-middle stages itself
  // (nodejs/import-in-the-middle#291), and the wrapper is safe there.
  function passesOn(target: string, importer: string, specifier: string): boolean {
    if (!reexportsAll(sourceOf(importer), specifier)) return false
    const seen = new Set<string>([target])
    const queue = [target]
    for (let i = 0; i < queue.length; i++) {
      for (const edge of edges.get(queue[i]!) ?? []) {
        if (!edge.star || seen.has(edge.url)) continue
        if (edge.url === importer) return false
        seen.add(edge.url)
        queue.push(edge.url)
      }
    }
    return true
  }
  return {
    /** The target module whose wrapper this resolution hands out, when the importer is a plain module. */
    wrappedTarget(parentURL: string | undefined, url: string): string | undefined {
      if (!parentURL || !url.includes('?') || parentURL.includes('iitm')) return undefined
      const real = withoutIitm(url)
      return real === url || real === parentURL ? undefined : real
    },
    /** The walk still to run before `inCycle` can answer, if any (the caller drives it with Node's resolver). */
    pendingWalk(target: string, importer: string, specifier: string, conditions: readonly string[] | undefined) {
      const scope = walkScope(target, importer)
      if (scope === undefined || closures.has(keyOf(target, scope))) return undefined
      if (!readsTarget(importer, specifier) && !reexportsAll(sourceOf(importer), specifier)) return undefined
      return {
        walk: staticClosure(target, conditions, scope, edges),
        done: (closure: Set<string>) => closures.set(keyOf(target, scope), closure),
      }
    },
    /** Whether the importer is one of the target's own dependencies and reads it at top level; warns once per target. */
    inCycle(target: string, importer: string, specifier: string): boolean {
      const scope = walkScope(target, importer)
      if (scope === undefined || !closures.get(keyOf(target, scope))?.has(importer)) return false
      if (!readsTarget(importer, specifier) && !passesOn(target, importer, specifier)) return false
      if (!warned.has(target)) {
        warned.add(target)
        warn(
          `${importer} imports the hook target ${target} inside an import cycle through it; that import gets the module itself (a wrapper cannot evaluate in the middle of its own cycle), so exports a hook rebinds are not rebound there`,
        )
      }
      return true
    },
  }
}
