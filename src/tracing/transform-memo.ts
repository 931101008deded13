// One transform per file, whatever the order of hooks and entries (issue 27,
// item 7). import-in-the-middle reads an ES module's source through the load
// chain to learn its exports, and then the module itself loads: when the
// tracing hook sits below it in the chain (the tracing package named first in
// AUTOWRAPT_BOOTSTRAP), both reads reach the tracing hook with the same source.
// The second is answered with the first's result, and records no second outcome.
// The transformed code is kept anyway by V8 as the module's source.

type Done = { source: string; records: readonly unknown[]; code: string | undefined }

const done = new Map<string, Done>()

const sameRecords = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((r, i) => r === b[i])

/** The result of an earlier transform of this very source for these very entries, if there was one. */
export function recallTransform(filename: string, source: string, records: readonly unknown[]): { code: string | undefined } | undefined {
  const previous = done.get(filename)
  return previous !== undefined && previous.source === source && sameRecords(previous.records, records) ? previous : undefined
}

export function rememberTransform(filename: string, source: string, records: readonly unknown[], code: string | undefined): void {
  done.set(filename, { source, records, code })
}
