"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matcherDataFor = matcherDataFor;
exports.createMatcher = createMatcher;
const NODE_MODULES = '/node_modules/';
function matcherDataFor(targets) {
    const data = { specifiers: [], files: [] };
    for (const target of targets) {
        if (target.kind === 'builtin')
            continue;
        data.specifiers.push(target.name);
        if (target.kind === 'file')
            data.files.push(target.name);
    }
    return data;
}
// Another import-in-the-middle copy ahead of autowrapt in the chain hands over
// its wrapper URL (`?iitm=true`) where the module's own URL is expected.
function pathPart(urlTail) {
    const query = urlTail.indexOf('?');
    return query === -1 ? urlTail : urlTail.slice(0, query);
}
function createMatcher(initial) {
    const specifiers = new Set(initial.specifiers);
    const files = new Set(initial.files);
    return {
        add(data) {
            for (const s of data.specifiers)
                specifiers.add(s);
            for (const f of data.files)
                files.add(f);
        },
        /** `import 'pkg'` (or a deep specifier naming a target), or a target file reached by any path. */
        shouldInclude(url, specifier) {
            if (specifiers.has(specifier))
                return true;
            if (files.size === 0)
                return false;
            const at = url.lastIndexOf(NODE_MODULES);
            return at !== -1 && files.has(pathPart(url.slice(at + NODE_MODULES.length)));
        },
        /** The target names a module matches, for the application-thread callback. */
        matches(url, specifier) {
            const names = [];
            if (specifier !== undefined && specifiers.has(specifier))
                names.push(specifier);
            const at = url.lastIndexOf(NODE_MODULES);
            if (at !== -1) {
                const file = pathPart(url.slice(at + NODE_MODULES.length));
                if (files.has(file) && !names.includes(file))
                    names.push(file);
            }
            return names;
        },
    };
}
