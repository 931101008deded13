"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cacheDirectory = cacheDirectory;
exports.cacheFileName = cacheFileName;
exports.readTrusted = readTrusted;
exports.loadRuntime = loadRuntime;
// How register.cjs loads dist/runtime.js: through a V8 code cache, so that a
// process start does not compile autowrapt again. Compiling the bundle and the
// functions its bootstrap runs is most of what autowrapt costs a small process
// (benchmarks/results/startup-*.json); with the cache, V8 deserialises them.
//
// The cache is made after the first start has run (so it holds the functions
// compiled then, not only the top level, which is all Node's own compile cache
// keeps for a CommonJS file) and written once, when the event loop first turns
// or at exit. Where it lives (README, "Code cache"): AUTOWRAPT_CACHE names a
// directory, or 0 to turn it off; by default a per-user cache directory.
// A cache file is code, so only a regular file owned by this user and writable
// by nobody else is read, in a directory created private; a file V8 refuses
// (another V8, other flags, corruption) is compiled from source and replaced.
// Any failure here costs the cache, never the start: the runtime then loads
// with a plain require().
const node_fs_1 = require("node:fs");
const node_module_1 = require("node:module");
const node_path_1 = require("node:path");
const node_vm_1 = require("node:vm");
const RUNTIME = (0, node_path_1.join)(__dirname, 'runtime.js');
// Replaced by scripts/bundle.mjs with a hash of the bundle's content: npm
// gives every published file the same mtime, so size and mtime alone cannot
// tell two releases apart, and V8 itself checks only the source's length.
const RUNTIME_ID = '@@AUTOWRAPT_RUNTIME_ID@@';
/** Oldest files beyond this many are removed when a new one is written. */
const KEEP_FILES = 32;
const OFF = /^(0|false|off|no)$/i;
const ON = /^(1|true|on|yes)$/i;
/** The cache directory for this environment, or undefined when the cache is off or has nowhere to go. */
function cacheDirectory(env = process.env, platform = process.platform) {
    const setting = env.AUTOWRAPT_CACHE?.trim();
    if (setting && OFF.test(setting))
        return undefined;
    if (setting && !ON.test(setting))
        return (0, node_path_1.resolve)(setting);
    // From the environment, not os.homedir(): loading `os` costs more than the lookup.
    if (platform === 'win32')
        return env.LOCALAPPDATA ? (0, node_path_1.join)(env.LOCALAPPDATA, 'autowrapt', 'Cache') : undefined;
    if (env.XDG_CACHE_HOME && (0, node_path_1.isAbsolute)(env.XDG_CACHE_HOME))
        return (0, node_path_1.join)(env.XDG_CACHE_HOME, 'autowrapt');
    if (!env.HOME || !(0, node_path_1.isAbsolute)(env.HOME))
        return undefined;
    return platform === 'darwin' ? (0, node_path_1.join)(env.HOME, 'Library', 'Caches', 'autowrapt') : (0, node_path_1.join)(env.HOME, '.cache', 'autowrapt');
}
// FNV-1a over the process's options and its AUTOWRAPT_BOOTSTRAP: V8 refuses a
// cache made under other V8 flags, so processes started with different options
// keep different files instead of replacing each other's; and a cache holds the
// functions the start that wrote it ran, so each set of patch packages (a
// service, a CLI) keeps the file its own starts made.
function shortHash(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(36);
}
/** The cache file's name: this bundle (content, size, mtime), this Node, these options. */
function cacheFileName(stat, options = `${process.execArgv.join(' ')}\n${process.env.NODE_OPTIONS ?? ''}\n${process.env.AUTOWRAPT_BOOTSTRAP ?? ''}`) {
    return `runtime-${RUNTIME_ID}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}-${shortHash(options)}.v8cache`;
}
/**
 * The file's bytes when it may be trusted as code (a regular file of this
 * user's that no one else can write), else why not; undefined when there is none.
 */
function readTrusted(file) {
    let stat;
    try {
        stat = (0, node_fs_1.lstatSync)(file);
    }
    catch {
        return undefined;
    }
    if (!stat.isFile())
        return 'not a regular file';
    if (typeof process.getuid === 'function') {
        if (stat.uid !== process.getuid())
            return `owned by uid ${stat.uid}, not this process's ${process.getuid()}`;
        if ((stat.mode & 0o022) !== 0)
            return 'writable by other users';
    }
    return (0, node_fs_1.readFileSync)(file);
}
function prune(dir) {
    const files = (0, node_fs_1.readdirSync)(dir).filter((name) => name.startsWith('runtime-') && name.endsWith('.v8cache'));
    if (files.length <= KEEP_FILES)
        return;
    const byAge = files.map((name) => ({ path: (0, node_path_1.join)(dir, name), mtime: (0, node_fs_1.statSync)((0, node_path_1.join)(dir, name)).mtimeMs })).sort((a, b) => a.mtime - b.mtime);
    for (const { path } of byAge.slice(0, files.length - KEEP_FILES))
        (0, node_fs_1.unlinkSync)(path);
}
function writeCache(script, dir, file, debug) {
    const temp = `${file}.${process.pid}.tmp`;
    let fd;
    try {
        (0, node_fs_1.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        // Exclusive create: never through a file or link someone else put there.
        // Opened before the cache is serialised, which is the costly part: a
        // directory that cannot be written costs two system calls per start.
        fd = (0, node_fs_1.openSync)(temp, 'wx', 0o600);
        const data = script.createCachedData();
        (0, node_fs_1.writeFileSync)(fd, data);
        (0, node_fs_1.closeSync)(fd);
        fd = undefined;
        (0, node_fs_1.renameSync)(temp, file);
        debug(`code cache written: ${file} (${data.length} bytes)`);
        prune(dir);
    }
    catch (error) {
        try {
            if (fd !== undefined)
                (0, node_fs_1.closeSync)(fd);
            (0, node_fs_1.unlinkSync)(temp);
        }
        catch {
            // never created
        }
        debug(`code cache not written to ${dir}: ${error.message}`);
    }
}
// When the first event loop turn comes (the application's synchronous start,
// hooks included, has run and compiled what it needs), or at exit if sooner.
function writeLater(script, dir, file, debug) {
    const write = () => {
        clearImmediate(immediate);
        process.removeListener('exit', write);
        writeCache(script, dir, file, debug);
    };
    const immediate = setImmediate(write);
    immediate.unref();
    process.once('exit', write);
}
/** dist/runtime.js's exports, loaded through the code cache where there is one to use or make. */
function loadRuntime() {
    const existing = require.cache[RUNTIME];
    if (existing?.loaded)
        return existing.exports;
    const dir = cacheDirectory();
    if (dir === undefined)
        return require(RUNTIME);
    let script;
    let file;
    let cached;
    let distrusted;
    try {
        file = (0, node_path_1.join)(dir, cacheFileName((0, node_fs_1.statSync)(RUNTIME)));
        const found = readTrusted(file);
        if (typeof found === 'string')
            distrusted = found;
        else
            cached = found;
        // The same wrapper as Node's CommonJS loader, on the same line, so stack traces keep their line numbers.
        const source = `(function (exports, require, module, __filename, __dirname) { ${(0, node_fs_1.readFileSync)(RUNTIME, 'utf8')}\n})`;
        // The bundle has no import(), but one added later must behave as in a plain require().
        script = new node_vm_1.Script(source, {
            filename: RUNTIME,
            cachedData: cached,
            importModuleDynamically: node_vm_1.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
        });
    }
    catch {
        return require(RUNTIME);
    }
    // A module like the one require() would make: same cache entry, so `require('autowrapt')`
    // from a hook file gets this instance; same node_modules paths (this file sits beside it).
    const runtimeModule = new node_module_1.Module(RUNTIME, module);
    runtimeModule.filename = RUNTIME;
    runtimeModule.paths = module.paths;
    require.cache[RUNTIME] = runtimeModule;
    let threw = true;
    try {
        const wrapper = script.runInThisContext();
        wrapper.call(runtimeModule.exports, runtimeModule.exports, (0, node_module_1.createRequire)(RUNTIME), runtimeModule, RUNTIME, (0, node_path_1.dirname)(RUNTIME));
        threw = false;
    }
    finally {
        if (threw)
            delete require.cache[RUNTIME];
    }
    runtimeModule.loaded = true;
    const runtime = runtimeModule.exports;
    const debug = (message) => runtime.debug('core', message);
    if (cached !== undefined && !script.cachedDataRejected)
        debug(`code cache used: ${file}`);
    else {
        if (distrusted !== undefined)
            debug(`code cache ignored, ${distrusted}: ${file}`);
        else if (cached !== undefined)
            debug(`code cache refused by V8 (another Node build, other V8 flags, or damaged): ${file}`);
        // Written by the main thread only: a worker, or Node 20's loader thread
        // (which runs --require preloads but no bootstrap), would replace it with
        // a file holding the few functions it ran.
        if (runtime.ownsProcessState())
            writeLater(script, dir, file, debug);
    }
    return runtime;
}
