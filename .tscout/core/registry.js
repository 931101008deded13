"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeHook = describeHook;
exports.createRegistry = createRegistry;
// The post-import hook registry, with wrapt's semantics:
// - a hook registered before its target loads waits, and fires when it loads;
// - a hook registered after the target loaded fires at once (with a warning for
//   non-builtins: references may already have been captured);
// - a hook fires once per module instance (CommonJS and ESM instances of a dual
//   package are two instances) and never twice on the same one;
// - hooks run outside any lock, so a hook may register hooks or load modules.
// Adapters (CommonJS, ESM, builtins) feed it through `moduleLoaded`.
const node_module_1 = require("node:module");
const hook_loader_js_1 = require("./hook-loader.js");
const log_js_1 = require("../report/log.js");
const manifest_js_1 = require("./manifest.js");
const hook_frame_js_1 = require("./hook-frame.js");
const module_instance_js_1 = require("./module-instance.js");
const versions_js_1 = require("./versions.js");
const async_hooks_js_1 = require("./async-hooks.js");
function describeHook(record) {
    const o = record.origin;
    if (!o)
        return `hook on "${record.target.name}"`;
    return `hook "${o.packageName}${o.group ? `:${o.group}` : ''}" on "${record.target.name}" (${(0, manifest_js_1.hookRef)(o)})`;
}
function createRegistry(options = {}) {
    const hooks = new Map();
    const instances = new Map();
    const targetListeners = [];
    const disabled = [];
    const unavailable = [];
    // A hook's replacement stands for the instance it replaced (module-instance.ts).
    const replacements = (0, module_instance_js_1.createReplacements)();
    function channel(info) {
        return info.format === 'builtin' ? 'builtin' : info.format === 'module' ? 'esm' : 'cjs';
    }
    function versionAllows(record, instance) {
        const range = record.versions;
        if (range === undefined || instance.info.format === 'builtin')
            return true;
        if (!(0, versions_js_1.isValidRange)(range)) {
            record.broken = true;
            (0, log_js_1.warn)(log_js_1.WarningCode.InvalidRange, `${describeHook(record)} has an invalid version range "${range}"; the hook is ignored`);
            return false;
        }
        const version = instance.info.version;
        if (version !== undefined && (0, versions_js_1.satisfiesRange)(version, range))
            return true;
        record.outcomes.push({ status: 'skipped-version', format: instance.info.format, version, range });
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)(channel(instance.info), `skip ${describeHook(record)}: version ${version ?? '(unknown)'} does not satisfy "${range}"`);
        return false;
    }
    // Applies one hook to one instance. Errors are contained unless strict.
    function fire(record, instance) {
        if (record.removed || record.broken || record.firedOn.has(instance.key))
            return;
        record.firedOn.add(instance.key);
        if (!versionAllows(record, instance))
            return;
        let hook;
        try {
            hook = record.load();
        }
        catch (error) {
            record.broken = true;
            const loadError = error instanceof hook_loader_js_1.HookLoadError ? error : undefined;
            record.outcomes.push({ status: 'failed', format: instance.info.format, error: loadError ? loadError.message : (0, log_js_1.describeError)(error) });
            if (options.strict)
                throw loadError?.original ?? error;
            (0, log_js_1.warn)(loadError ? loadError.code : log_js_1.WarningCode.HookLoadFailed, loadError ? loadError.message : `${describeHook(record)} could not be loaded: ${(0, log_js_1.describeError)(error)}`);
            return;
        }
        // process.hrtime, not the `performance` global: its first use loads perf_hooks (about 1 ms and 1 MB).
        const start = process.hrtime.bigint();
        let result;
        try {
            result = (0, hook_frame_js_1.withHookStacks)(() => hook(instance.exports, instance.info));
        }
        catch (error) {
            const where = (0, hook_frame_js_1.atFrame)(error, record.origin?.packageDir);
            record.outcomes.push({ status: 'failed', format: instance.info.format, error: `${(0, log_js_1.describeError)(error)}${where}` });
            if (options.strict)
                throw error;
            (0, log_js_1.warn)(log_js_1.WarningCode.HookFailed, `${describeHook(record)} threw${where}: ${(0, log_js_1.describeError)(error)}; the module was loaded unpatched by this hook`);
            return;
        }
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        // An async hook's promise is never a replacement; its rejection is a failure like a throw.
        if ((0, async_hooks_js_1.watchAsyncResult)(result, (error) => asyncHookFailed(record, instance, error)))
            result = undefined;
        record.outcomes.push({
            status: 'fired',
            format: instance.info.format,
            version: instance.info.version,
            ms,
            filename: instance.info.filename,
            late: instance.late,
        });
        if (log_js_1.debugEnabled)
            (0, log_js_1.debug)(channel(instance.info), `fired ${describeHook(record)} on ${instance.info.filename ?? instance.info.name} (${instance.info.format}) in ${ms.toFixed(2)} ms`);
        if (result !== undefined && result !== instance.exports) {
            if (instance.info.format === 'builtin') {
                (0, log_js_1.warn)(log_js_1.WarningCode.BuiltinReplaced, `${describeHook(record)} returned a value; builtins are patched in place, so the value is ignored`);
            }
            else {
                instance.exports = result;
                replacements.record(result, instance.key);
            }
        }
    }
    function asyncHookFailed(record, instance, error) {
        record.outcomes.push({ status: 'failed', format: instance.info.format, error: `rejected: ${(0, log_js_1.describeError)(error)}` });
        (0, log_js_1.warn)(log_js_1.WarningCode.HookFailed, `${describeHook(record)} returned a promise that rejected: ${(0, log_js_1.describeError)(error)}; the hook's synchronous part ran, nothing waited for the rest`);
        // Strict: the rejection reaches the application as an unhandled rejection
        // (it cannot reach the importer, which has already returned).
        if (options.strict)
            throw error;
    }
    function fireAll(instance, records) {
        // Indexing the live array keeps registration order and picks up hooks
        // registered by a hook while we are firing (they fire at once anyway).
        const outer = instance.firing;
        instance.firing = true;
        try {
            for (let i = 0; i < records.length; i++)
                fire(records[i], instance);
        }
        finally {
            instance.firing = outer;
        }
        if (instance.info.format === 'builtin')
            (0, node_module_1.syncBuiltinESMExports)();
    }
    return {
        strict: options.strict === true,
        /** Adds a hook; returns a function that removes it (true if it had not fired). */
        register(target, entry) {
            const record = newRecord(target, entry, false);
            let records = hooks.get(target.name);
            const isNewTarget = records === undefined;
            if (records === undefined)
                hooks.set(target.name, (records = []));
            records.push(record);
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('core', `registered ${describeHook(record)}${record.versions ? ` for versions "${record.versions}"` : ''}`);
            for (const instance of instances.get(target.name) ?? []) {
                if (instance.info.format !== 'builtin') {
                    warnLate(record, instance);
                    instance.late ||= !instance.firing;
                }
                fireAll(instance, [record]);
            }
            // A copy: a listener may install an adapter that subscribes (and already covers this target).
            if (isNewTarget)
                for (const listener of [...targetListeners])
                    listener(target);
            return () => {
                const index = records.indexOf(record);
                if (index !== -1)
                    records.splice(index, 1);
                record.removed = true;
                return record.outcomes.length === 0;
            };
        },
        /**
         * Called by an adapter when a module instance of `target` has loaded.
         * Returns the exports the importer should see (a hook may replace them).
         * `late` marks instances that loaded before their hooks were registered.
         */
        moduleLoaded(target, key, exports, info, late = false) {
            key = replacements.instanceOf(key);
            let list = instances.get(target.name);
            if (list === undefined)
                instances.set(target.name, (list = []));
            let instance = list.find((i) => i.key === key);
            if (instance === undefined)
                list.push((instance = { key, exports, info, firing: false, late }));
            const records = hooks.get(target.name);
            if (records === undefined || records.length === 0)
                return instance.exports;
            if (late && info.format !== 'builtin')
                for (const record of records)
                    warnLate(record, instance);
            fireAll(instance, records);
            return instance.exports;
        },
        /**
         * Called by an adapter when an instance of `target` loaded where autowrapt's
         * hooks could not reach it, because another loader wrapped it (`loader`
         * names it). Recorded on the hooks that met no instance otherwise; returns
         * whether any was.
         */
        moduleMissed(target, info, loader) {
            let recorded = false;
            for (const record of hooks.get(target.name) ?? []) {
                if (record.removed || record.outcomes.length > 0)
                    continue;
                record.outcomes.push({ status: 'wrapped-by-another-loader', format: info.format, filename: info.filename, loader });
                recorded = true;
            }
            return recorded;
        },
        /**
         * A module of `target` loaded where Node lets no hook see it: recorded for
         * the report (the adapter has warned, AUTOWRAPT_UNHOOKABLE).
         */
        unhookable(target, format, reason) {
            for (const record of hooks.get(target.name) ?? [])
                record.outcomes.push({ status: 'unhookable', format, reason });
        },
        targets() {
            return [...hooks.values()].filter((r) => r.length > 0).map((r) => r[0].target);
        },
        /** Every hook, registered or disabled, in registration order (disabled ones last). */
        records() {
            return [...[...hooks.values()].flat(), ...disabled];
        },
        /** Records a declared hook that AUTOWRAPT_DISABLE turned off: reported, never fired, no adapter installed for it. */
        registerDisabled(target, entry) {
            disabled.push(newRecord(target, entry, true));
            if (log_js_1.debugEnabled)
                (0, log_js_1.debug)('core', `AUTOWRAPT_DISABLE turns off the hook of "${entry.origin?.packageName ?? '(code)'}" on "${target.name}"`);
        },
        /**
         * Records that the adapter for `format` could not be installed: every hook
         * on a target it `serves`, now or later, gets an `unavailable` outcome.
         */
        markUnavailable(format, serves, error) {
            const entry = { format, serves, error };
            unavailable.push(entry);
            for (const record of [...hooks.values()].flat())
                if (serves(record.target))
                    record.outcomes.push({ status: 'unavailable', format, error });
        },
        /** Adapters subscribe to learn about targets registered later (to hook them too). */
        onNewTarget(listener) {
            targetListeners.push(listener);
        },
    };
    function newRecord(target, entry, isDisabled) {
        const record = {
            ...entry,
            target,
            outcomes: [],
            firedOn: new WeakSet(),
            removed: false,
            broken: false,
            disabled: isDisabled,
        };
        if (!isDisabled)
            for (const u of unavailable)
                if (u.serves(target))
                    record.outcomes.push({ status: 'unavailable', format: u.format, error: u.error });
        return record;
    }
    function warnLate(record, instance) {
        // A hook registering another hook on the module it is patching is normal.
        if (instance.firing || record.firedOn.has(instance.key) || record.removed || record.broken)
            return;
        (0, log_js_1.warn)(log_js_1.WarningCode.AlreadyLoaded, `${instance.info.filename ?? instance.info.name} was loaded before ${describeHook(record)} was registered; the hook runs now, but references the application already holds stay unpatched`);
    }
}
