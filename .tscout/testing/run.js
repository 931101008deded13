"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runWithHooks = runWithHooks;
// Running an application, or a snippet of code, in a child `node` with
// autowrapt preloaded and a given AUTOWRAPT_BOOTSTRAP, the way an operator
// would start it, and collecting everything a test asserts on: exit code,
// stdout, stderr, coded warnings and the parsed report.
const node_child_process_1 = require("node:child_process");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const node_url_1 = require("node:url");
const output_js_1 = require("./output.js");
// This copy's own register entry, by absolute path: the child preloads exactly
// the autowrapt under test, wherever the working directory would resolve one.
// --import takes a URL (no quoting needed); --require takes a path, quoted the
// way NODE_OPTIONS reads it, so a space in the path survives.
const REGISTER_PATH = (0, node_path_1.resolve)(__dirname, '..', '..', 'register.cjs');
const PRELOAD = { import: `--import ${(0, node_url_1.pathToFileURL)(REGISTER_PATH).href}`, require: `--require ${JSON.stringify(REGISTER_PATH)}` };
function childEnvironment(options, reportFile) {
    const env = {};
    // The child's autowrapt setup is what the test says, not what the test runner inherited.
    for (const [key, value] of Object.entries(process.env))
        if (key !== 'NODE_OPTIONS' && !key.startsWith('AUTOWRAPT_'))
            env[key] = value;
    const preload = options.preload ?? 'import';
    const nodeOptions = [...(preload === 'none' ? [] : [PRELOAD[preload]]), ...(options.nodeOptions ?? [])];
    if (nodeOptions.length > 0)
        env.NODE_OPTIONS = nodeOptions.join(' ');
    env.AUTOWRAPT_BOOTSTRAP = typeof options.bootstrap === 'string' ? options.bootstrap : options.bootstrap.join(',');
    env.AUTOWRAPT_REPORT = reportFile;
    for (const [key, value] of Object.entries(options.env ?? {})) {
        if (value === undefined)
            delete env[key];
        else
            env[key] = value;
    }
    return env;
}
function childArguments(options) {
    if ((options.script === undefined) === (options.code === undefined)) {
        throw new TypeError('autowrapt/testing runWithHooks(): give either `script` (a file to run) or `code` (source text)');
    }
    if (options.script !== undefined)
        return [options.script, ...(options.args ?? [])];
    const format = options.codeFormat === 'module' ? ['--input-type=module'] : [];
    return [...format, '-e', options.code, ...(options.args ?? [])];
}
/**
 * Runs `script` (or `code`) in a child `node` with autowrapt preloaded and
 * AUTOWRAPT_BOOTSTRAP set, and resolves with its exit code, output, coded
 * warnings and report (AUTOWRAPT_REPORT is pointed at a temporary file unless
 * `env` sets it). Never rejects for what the child does; throws for a wrong call.
 *
 * @example
 * const run = await runWithHooks({ script: 'app.js', cwd: fixtureDir, bootstrap: 'acme-patches' })
 * assert.equal(run.code, 0)
 * assert.deepEqual(run.warningCodes, [])
 * assert.equal(run.entries('pg', 'acme-patches')[0]?.outcome, 'fired')
 */
function runWithHooks(options) {
    const args = childArguments(options);
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'autowrapt-test-'));
    const reportFile = (0, node_path_1.join)(dir, 'report.jsonl');
    const env = childEnvironment(options, reportFile);
    return new Promise((resolvePromise) => {
        const child = (0, node_child_process_1.spawn)(options.node ?? process.execPath, args, {
            cwd: options.cwd ?? process.cwd(),
            env,
            timeout: options.timeoutMs ?? 30_000,
            killSignal: 'SIGKILL',
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        child.stdin.on('error', () => { }); // a child that exits without reading stdin
        child.stdin.end(options.input ?? '');
        let finished = false;
        const finish = (code, signal) => {
            if (finished)
                return;
            finished = true;
            // A caller who set AUTOWRAPT_REPORT themselves reads it themselves.
            const reports = env.AUTOWRAPT_REPORT === reportFile ? (0, output_js_1.readReports)(reportFile) : [];
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
            const warnings = (0, output_js_1.parseWarnings)(stderr);
            resolvePromise({
                code,
                signal,
                stdout,
                stderr,
                warnings,
                warningCodes: warnings.map((w) => w.code),
                reports,
                report: reports.find((r) => r.pid === child.pid && r.threadId === 0),
                entries: (target, patchPackage) => (0, output_js_1.entriesFor)(reports, target, patchPackage),
            });
        };
        child.on('error', (error) => {
            stderr += `${error.message}\n`;
            finish(null, null);
        });
        child.on('close', finish);
    });
}
