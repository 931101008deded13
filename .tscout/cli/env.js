"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.envCommand = void 0;
exports.safeNodeOptions = safeNodeOptions;
exports.shellQuote = shellQuote;
// `autowrapt env [--bootstrap names] [--json]`: the environment that switches
// autowrapt on, with NODE_OPTIONS naming this installation's register.cjs by
// absolute file URL. An exported NODE_OPTIONS="--import autowrapt/register"
// breaks every node and npm started where autowrapt cannot be resolved
// (ERR_MODULE_NOT_FOUND); an absolute URL resolves from anywhere.
const config_js_1 = require("../core/config.js");
const args_js_1 = require("./args.js");
const output_js_1 = require("./output.js");
const paths_js_1 = require("./paths.js");
const run_env_js_1 = require("./run-env.js");
const preload_check_js_1 = require("../core/preload-check.js");
const PRELOAD_FLAGS = new Set(['--import', '--require', '-r']);
// Bare specifiers resolve from the working directory, which is the pitfall.
const BARE = new Set(['autowrapt/register', 'autowrapt']);
/** NODE_OPTIONS without preloads of autowrapt by bare specifier, then with this register.cjs by absolute URL. */
function safeNodeOptions(nodeOptions, registerPath) {
    const tokens = (nodeOptions ?? '').split(/\s+/).filter(Boolean);
    const kept = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const pair = PRELOAD_FLAGS.has(token) && i + 1 < tokens.length ? [token, tokens[i + 1]] : [token];
        const [module] = (0, preload_check_js_1.preloadedModules)(pair);
        if (module !== undefined && BARE.has(module)) {
            i += pair.length - 1;
            continue;
        }
        kept.push(token);
    }
    return (0, run_env_js_1.extendNodeOptions)(kept.join(' '), registerPath);
}
/** POSIX shell single quotes: safe for `eval "$(autowrapt env)"`. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function runEnv(args) {
    const option = args.options.get('bootstrap');
    const bootstrap = (0, config_js_1.parseNameList)(typeof option === 'string' ? option : process.env.AUTOWRAPT_BOOTSTRAP).join(',');
    const env = { NODE_OPTIONS: safeNodeOptions(process.env.NODE_OPTIONS, paths_js_1.REGISTER_PATH) };
    if (bootstrap !== '')
        env.AUTOWRAPT_BOOTSTRAP = bootstrap;
    if (args.options.has('json'))
        (0, output_js_1.printJson)(env);
    else
        for (const [name, value] of Object.entries(env))
            (0, output_js_1.print)(`export ${name}=${shellQuote(value)}`);
    return output_js_1.ExitCode.Ok;
}
exports.envCommand = {
    name: 'env',
    summary: 'print NODE_OPTIONS (and AUTOWRAPT_BOOTSTRAP) that preload this autowrapt by absolute path',
    usage: 'autowrapt env [--bootstrap <names>] [--json]',
    options: [
        { name: 'bootstrap', short: 'b', value: '<names>', description: 'patch packages and groups to apply (default: AUTOWRAPT_BOOTSTRAP)' },
        { name: 'json', description: 'print the variables as a JSON object (for container and CI settings)' },
        args_js_1.HELP_OPTION,
    ],
    details: [
        'Prints shell "export" lines: eval "$(npx autowrapt env --bootstrap acme-patches)".',
        'NODE_OPTIONS keeps its other options; a preload of autowrapt by bare specifier',
        '("autowrapt/register") is replaced by this installation\'s register.cjs as a file URL,',
        'which every node process can load from any directory, unlike the bare specifier.',
    ].join('\n'),
    run: runEnv,
};
