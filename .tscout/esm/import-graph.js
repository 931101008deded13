"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.staticClosure = staticClosure;
exports.runSync = runSync;
exports.runAsync = runAsync;
exports.createCycleGuard = createCycleGuard;
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
// only when a module imports a target.
const node_fs_1 = require("node:fs");
const node_url_1 = require("node:url");
const lexer_js_1 = require("./lexer.js");
const load_tracker_js_1 = require("./load-tracker.js");
const top_level_use_js_1 = require("./top-level-use.js");
const package_info_js_1 = require("../core/package-info.js");
// A closure larger than this is not followed further (it costs startup time);
// the imports beyond it are treated as outside the target.
const MAX_MODULES = 5000;
const ESM_FORMATS = new Set(['module', 'module-typescript']);
function sourceOf(url) {
    try {
        return (0, node_fs_1.readFileSync)((0, node_url_1.fileURLToPath)(url), 'utf8');
    }
    catch {
        return ''; // not a file: nothing to read, no top-level use seen
    }
}
function staticImports(url) {
    if (!url.startsWith('file:'))
        return [];
    try {
        const [imports] = (0, lexer_js_1.parse)(sourceOf(url), url);
        const found = [];
        for (const entry of imports) {
            // 'static' is every `import`/`export ... from` but `export * from` ('reexport-star').
            if ((entry.type !== 'static' && entry.type !== 'reexport-star') || entry.typeOnly || typeof entry.specifier !== 'string')
                continue;
            found.push({ specifier: entry.specifier, importAttributes: Object.fromEntries(entry.attributes ?? []) });
        }
        return found;
    }
    catch {
        return []; // unreadable or not JavaScript: nothing to follow
    }
}
/** The URLs a module statically imports, transitively (ESM only: require() never gets a wrapper). */
function* staticClosure(root, conditions, within) {
    const seen = new Set([root]);
    const queue = [root];
    for (let i = 0; i < queue.length && seen.size < MAX_MODULES; i++) {
        const parentURL = queue[i];
        for (const { specifier, importAttributes } of staticImports(parentURL)) {
            const resolved = yield { specifier, context: { parentURL, importAttributes, ...(conditions ? { conditions } : {}) } };
            if (resolved === undefined)
                continue;
            const child = (0, load_tracker_js_1.withoutIitm)(resolved.url);
            if (seen.has(child) || (within !== null && !child.startsWith(within)))
                continue;
            seen.add(child);
            // Newer Nodes often leave the format to the load step: follow unless it is known not to be ESM.
            if (!resolved.format || ESM_FORMATS.has(resolved.format))
                queue.push(child);
        }
    }
    return seen;
}
function runSync(gen, resolve) {
    let step = gen.next();
    while (!step.done) {
        let resolved;
        try {
            resolved = resolve(step.value);
        }
        catch {
            resolved = undefined;
        }
        step = gen.next(resolved);
    }
    return step.value;
}
async function runAsync(gen, resolve) {
    let step = gen.next();
    while (!step.done) {
        let resolved;
        try {
            resolved = await resolve(step.value);
        }
        catch {
            resolved = undefined;
        }
        step = gen.next(resolved);
    }
    return step.value;
}
// Whether the importer can be one of the target's dependencies at all, from
// package.json files alone, and how far the walk must go: within the package
// when both are in the same one; everywhere when the target's package depends
// (declared, transitively) on the importer's; not at all otherwise, and never
// for application code outside node_modules (no package imports it). This
// keeps the walk off the common case, an application importing a target.
function walkScope(target, importer) {
    if (!importer.startsWith('file:') || !importer.includes('/node_modules/'))
        return undefined;
    const targetPackage = (0, package_info_js_1.packageOfFile)((0, node_url_1.fileURLToPath)(target));
    const importerPackage = (0, package_info_js_1.packageOfFile)((0, node_url_1.fileURLToPath)(importer));
    if (targetPackage === undefined || importerPackage === undefined)
        return undefined;
    if (targetPackage.dir === importerPackage.dir)
        return (0, node_url_1.pathToFileURL)(targetPackage.dir).href + '/';
    return dependsOn(targetPackage.dir, importerPackage.dir) ? null : undefined;
}
function dependsOn(from, to) {
    const seen = new Set([from]);
    const queue = [from];
    for (let i = 0; i < queue.length && seen.size < MAX_MODULES; i++) {
        const manifest = (0, package_info_js_1.readPackageJson)(queue[i]) ?? {};
        for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
            const deps = manifest[field];
            if (typeof deps !== 'object' || deps === null)
                continue;
            for (const name of Object.keys(deps)) {
                const dir = (0, package_info_js_1.findPackageDir)(name, [queue[i]]);
                if (dir === undefined || seen.has(dir))
                    continue;
                if (dir === to)
                    return true;
                seen.add(dir);
                queue.push(dir);
            }
        }
    }
    return false;
}
function createCycleGuard(warn) {
    const closures = new Map();
    const warned = new Set();
    const keyOf = (target, scope) => `${target} ${scope ?? '*'}`;
    return {
        /** The target module whose wrapper this resolution hands out, when the importer is a plain module. */
        wrappedTarget(parentURL, url) {
            if (!parentURL || !url.includes('?') || parentURL.includes('iitm'))
                return undefined;
            const real = (0, load_tracker_js_1.withoutIitm)(url);
            return real === url || real === parentURL ? undefined : real;
        },
        /** The walk still to run before `inCycle` can answer, if any (the caller drives it with Node's resolver). */
        pendingWalk(target, importer, conditions) {
            const scope = walkScope(target, importer);
            if (scope === undefined || closures.has(keyOf(target, scope)))
                return undefined;
            return { walk: staticClosure(target, conditions, scope), done: (closure) => closures.set(keyOf(target, scope), closure) };
        },
        /** Whether the importer is one of the target's own dependencies and reads it at top level; warns once per target. */
        inCycle(target, importer, specifier) {
            const scope = walkScope(target, importer);
            if (scope === undefined || !closures.get(keyOf(target, scope))?.has(importer))
                return false;
            if (!(0, top_level_use_js_1.readsAtTopLevel)(sourceOf(importer), specifier))
                return false;
            if (!warned.has(target)) {
                warned.add(target);
                warn(`${importer} imports the hook target ${target} inside an import cycle through it; that import gets the module itself (a wrapper cannot evaluate in the middle of its own cycle), so exports a hook rebinds are not rebound there`);
            }
            return true;
        },
    };
}
