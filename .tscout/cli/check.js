"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCommand = void 0;
// `autowrapt check [dir]`: validates a patch package before it is published.
// Problems are printed with their JSON paths, one a line; exit 1 if any.
const node_path_1 = require("node:path");
const args_js_1 = require("./args.js");
const check_package_js_1 = require("./check-package.js");
const output_js_1 = require("./output.js");
const problems_js_1 = require("./problems.js");
const DEFAULT_TIMEOUT_MS = 10_000;
function timeoutFrom(args) {
    const value = args.options.get('timeout');
    if (value === undefined)
        return DEFAULT_TIMEOUT_MS;
    const ms = Number(value);
    if (typeof value !== 'string' || !Number.isInteger(ms) || ms <= 0) {
        throw new args_js_1.UsageError(`--timeout takes a whole number of milliseconds, not ${JSON.stringify(value)}`, 'e.g. "autowrapt check --timeout 20000 ."');
    }
    return ms;
}
function title(result) {
    return `${result.name ?? '(unnamed package)'}${result.version ? `@${result.version}` : ''}`;
}
function render(result) {
    for (const note of result.notes)
        (0, output_js_1.print)(`note: ${note}`);
    if (result.problems.length === 0) {
        const groups = result.groups > 0 ? `, ${(0, output_js_1.plural)(result.groups, 'group')}` : '';
        const tracing = result.tracing > 0 ? `, ${result.tracing} tracing entr${result.tracing === 1 ? 'y' : 'ies'}` : '';
        (0, output_js_1.print)(`autowrapt check: ${title(result)} OK (${(0, output_js_1.plural)(result.hooks, 'hook')} in ${(0, output_js_1.plural)(result.hookFiles, 'file')}${tracing}${groups})`);
        return;
    }
    (0, output_js_1.print)(`autowrapt check: ${title(result)} (${result.dir})`);
    for (const problem of result.problems)
        (0, output_js_1.print)(`  ${problem.jsonPath}: ${problem.message}`);
    (0, output_js_1.print)(`${(0, output_js_1.plural)(result.problems.length, 'problem')}`);
}
function runCheck(args) {
    if (args.positionals.length > 1) {
        throw new args_js_1.UsageError(`check takes one package directory, not ${args.positionals.length}`, 'run "autowrapt check <dir>" once per package');
    }
    const timeoutMs = timeoutFrom(args);
    const result = (0, check_package_js_1.checkPatchPackage)((0, node_path_1.resolve)(args.positionals[0] ?? '.'), timeoutMs);
    if (args.options.has('json'))
        (0, output_js_1.printJson)({ ok: result.problems.length === 0, ...result, problems: result.problems.map(problems_js_1.problemJson) });
    else
        render(result);
    return result.problems.length === 0 ? output_js_1.ExitCode.Ok : output_js_1.ExitCode.Problems;
}
exports.checkCommand = {
    name: 'check',
    summary: 'validate a patch package before publishing it',
    usage: 'autowrapt check [--json] [--timeout <ms>] [dir]',
    options: [
        { name: 'json', description: 'print the result as JSON' },
        { name: 'timeout', value: '<ms>', description: `how long loading one hook file may take (default ${DEFAULT_TIMEOUT_MS})` },
        args_js_1.HELP_OPTION,
    ],
    details: [
        'Checks the package in dir (default: the working directory): its "autowrapt" field as the',
        'runtime reads it (the rules of the shipped JSON Schema), its version ranges, and that every',
        'hook file exists inside the package, would be published (npm pack --dry-run), and exports a',
        'function under the declared name. Hook files are loaded to see their exports, each in a',
        'child process. Tracing entries are checked against the package they name, as installed:',
        'the file exists in that version and a dry run of the transformer finds the function.',
        'Exits 1 if there is any problem.',
    ].join('\n'),
    run: runCheck,
};
