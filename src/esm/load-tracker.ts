// Which target modules were loaded through autowrapt's hooks. When a target's
// hook fires on a module that was never loaded through them, the module was
// already in Node's ESM cache: imported before bootstrap, or before its hook
// was registered. Node offers no list of loaded ES modules, so this is how the
// ESM side tells "late" apart, as require.cache does for CommonJS.

/**
 * The module's URL without import-in-the-middle's `iitm` query parameter:
 * another import-in-the-middle loader in the chain (OpenTelemetry's, say) may
 * hand us its wrapper URL where we expect the module's own.
 */
export function withoutIitm(url: string): string {
  const query = url.indexOf('?')
  if (query === -1 || url.indexOf('iitm', query) === -1) return url
  try {
    const parsed = new URL(url)
    parsed.searchParams.delete('iitm')
    return parsed.href
  } catch {
    return url
  }
}

export function createLoadTracker(onLoaded: (url: string) => void = () => {}) {
  const included = new Set<string>()
  const loaded = new Set<string>()
  return {
    /** Called when the include predicate accepts a module. */
    included(url: string): void {
      included.add(withoutIitm(url))
    },
    /**
     * Called from the load hook for every module; one Set lookup for
     * non-targets. Wrapper modules (with the `iitm` parameter) do not count:
     * only the module's own load does.
     */
    loading(url: string): void {
      if (included.has(url) && !loaded.has(url)) {
        loaded.add(url)
        onLoaded(url)
      }
    },
    wasLoaded(url: string): boolean {
      return loaded.has(withoutIitm(url))
    },
    /** Whether the include predicate accepted this module (by its own URL or a wrapper's). */
    isIncluded(url: string): boolean {
      return included.has(withoutIitm(url))
    },
  }
}

/** Whether a URL or specifier carries import-in-the-middle's `iitm` query parameter (a wrapper or its parts). */
export function hasIitmParam(url: string): boolean {
  const query = url.indexOf('?')
  return query !== -1 && url.indexOf('iitm', query) !== -1
}
