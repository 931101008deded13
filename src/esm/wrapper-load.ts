// The `nextLoad` import-in-the-middle gets while it builds a wrapper. To list
// a module's exports it loads every module the module re-exports with
// `export * from`, without the import attributes of that statement; a JSON
// module then fails Node's attribute check (ERR_IMPORT_ASSERTION_TYPE_MISSING
// on Node 20, ERR_IMPORT_ATTRIBUTE_MISSING later), and its fallback then
// crashes the application. A JSON module contributes nothing to `export *` (it
// has only a default export), so reading it with `type: 'json'` for that
// purpose is exact. Only this wrapper-building `nextLoad` gets the attribute:
// the application's own imports are never changed.
type LoadContext = { format?: string; importAttributes?: Record<string, string> }

export function withJsonAttribute<R>(nextLoad: (url: string, context: LoadContext) => R): (url: string, context: LoadContext) => R {
  return (url, context) => {
    if (context?.format !== 'json' || context.importAttributes?.type === 'json') return nextLoad(url, context)
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } })
  }
}
