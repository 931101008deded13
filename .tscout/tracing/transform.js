"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TracingError = void 0;
exports.transformFile = transformFile;
const package_info_js_1 = require("../core/package-info.js");
const own_modules_js_1 = require("../core/own-modules.js");
const versions_js_1 = require("../core/versions.js");
const log_js_1 = require("../report/log.js");
const source_maps_js_1 = require("./source-maps.js");
/** Thrown (only under AUTOWRAPT_STRICT) after the outcome is recorded. */
class TracingError extends Error {
}
exports.TracingError = TracingError;
let transformer;
const NO_INJECTION = 'Failed to find injection points';
function classShape(node) {
    if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression')
        return undefined;
    const members = node.body?.body ?? [];
    const ctor = members.find((m) => m.kind === 'constructor');
    return `${members.length}:${ctor?.value?.body?.body?.length ?? -1}`;
}
function configFor(spec, version, path, counter) {
    const countingTransform = (state, node, parent, ancestry) => {
        // Getters and setters are left alone: code-transformer would give them
        // parameters, which is a SyntaxError. An entry naming only one is a no-match.
        if (parent?.type === 'MethodDefinition' && (parent.kind === 'get' || parent.kind === 'set'))
            return;
        const before = classShape(node);
        state.transforms[state.operator](state, node, parent, ancestry);
        if (before === undefined || before !== classShape(node))
            counter.n++;
    };
    // The version range was already checked with autowrapt's semantics
    // (prereleases count); code-transformer checks its own, so give it the exact version.
    const module = { name: spec.moduleName, versionRange: version, filePath: path };
    const functionQuery = spec.functionQuery;
    return spec.astQuery === undefined
        ? { channelName: spec.channelName, module, functionQuery, transform: countingTransform }
        : { channelName: spec.channelName, module, astQuery: spec.astQuery, functionQuery, transform: countingTransform };
}
function versionAllows(record, file, version, sink, format) {
    const range = record.spec.versionRange;
    if (range === undefined)
        return true;
    if (!(0, versions_js_1.isValidRange)(range)) {
        sink(record, { status: 'failed', file, format, error: `invalid version range "${range}"` });
        return false;
    }
    if (version !== undefined && (0, versions_js_1.satisfiesRange)(version, range))
        return true;
    sink(record, { status: 'skipped-version', file, version, range });
    return false;
}
function inlineMap(map) {
    if (map === undefined)
        return '';
    return `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from((0, source_maps_js_1.mapLineStarts)(map)).toString('base64')}\n`;
}
/**
 * Transforms `source` of `filename` for the entries in `match`. Returns the new
 * source, or undefined to keep the original. Reports one outcome per entry.
 */
function transformFile(source, filename, format, match, sink, strict) {
    const json = (0, package_info_js_1.readPackageJson)(match.dir);
    const version = typeof json?.version === 'string' ? json.version : undefined;
    const applicable = match.records.filter((r) => versionAllows(r, filename, version, sink, format));
    if (applicable.length === 0)
        return undefined;
    const started = process.hrtime.bigint();
    const counters = applicable.map(() => ({ n: 0 }));
    let code;
    try {
        transformer ??= (0, own_modules_js_1.requireOwn)('@apm-js-collab/code-transformer');
        const exact = version ?? '0.0.0';
        const configs = applicable.map((r, i) => configFor(r.spec, exact, match.path, counters[i]));
        const result = transformer
            .create(configs)
            .getTransformer(match.packageName, exact, match.path)
            .transform(source, format === 'module' ? 'esm' : 'cjs', undefined, { sourceFile: filename });
        code = result.code + inlineMap(result.map);
    }
    catch (error) {
        const noMatch = counters.every((c) => c.n === 0) && error instanceof Error && error.message.startsWith(NO_INJECTION);
        for (const r of applicable) {
            sink(r, noMatch
                ? { status: 'no-match', file: filename, format, version }
                : { status: 'failed', file: filename, format, error: (0, log_js_1.describeError)(error) });
        }
        if (strict)
            throw new TracingError(`autowrapt: tracing ${filename}: ${(0, log_js_1.describeError)(error)}`, { cause: error });
        return undefined;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    applicable.forEach((r, i) => {
        const functions = counters[i].n;
        sink(r, functions > 0
            ? { status: 'applied', file: filename, format, version, functions, ms }
            : { status: 'no-match', file: filename, format, version });
    });
    if (strict && counters.some((c) => c.n === 0))
        throw new TracingError(`autowrapt: tracing ${filename}: an entry matched no function (AUTOWRAPT_STRICT)`);
    return code;
}
