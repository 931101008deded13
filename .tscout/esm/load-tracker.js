"use strict";
// Which target modules were loaded through autowrapt's hooks. When a target's
// hook fires on a module that was never loaded through them, the module was
// already in Node's ESM cache: imported before bootstrap, or before its hook
// was registered. Node offers no list of loaded ES modules, so this is how the
// ESM side tells "late" apart, as require.cache does for CommonJS.
Object.defineProperty(exports, "__esModule", { value: true });
exports.withoutIitm = withoutIitm;
exports.createLoadTracker = createLoadTracker;
exports.hasIitmParam = hasIitmParam;
/**
 * The module's URL without import-in-the-middle's `iitm` query parameter:
 * another import-in-the-middle loader in the chain (OpenTelemetry's, say) may
 * hand us its wrapper URL where we expect the module's own.
 */
function withoutIitm(url) {
    const query = url.indexOf('?');
    if (query === -1 || url.indexOf('iitm', query) === -1)
        return url;
    try {
        const parsed = new URL(url);
        parsed.searchParams.delete('iitm');
        return parsed.href;
    }
    catch {
        return url;
    }
}
function createLoadTracker(onLoaded = () => { }) {
    const included = new Set();
    const loaded = new Set();
    return {
        /** Called when the include predicate accepts a module. */
        included(url) {
            included.add(withoutIitm(url));
        },
        /**
         * Called from the load hook for every module; one Set lookup for
         * non-targets. Wrapper modules (with the `iitm` parameter) do not count:
         * only the module's own load does.
         */
        loading(url) {
            if (included.has(url) && !loaded.has(url)) {
                loaded.add(url);
                onLoaded(url);
            }
        },
        wasLoaded(url) {
            return loaded.has(withoutIitm(url));
        },
        /** Whether the include predicate accepted this module (by its own URL or a wrapper's). */
        isIncluded(url) {
            return included.has(withoutIitm(url));
        },
    };
}
/** Whether a URL or specifier carries import-in-the-middle's `iitm` query parameter (a wrapper or its parts). */
function hasIitmParam(url) {
    const query = url.indexOf('?');
    return query !== -1 && url.indexOf('iitm', query) !== -1;
}
