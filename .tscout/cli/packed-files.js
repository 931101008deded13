"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packedFiles = packedFiles;
// Which files npm would publish, asked of npm itself (`npm pack --dry-run
// --json`), so that `files`, `.npmignore` and the files npm always adds or
// leaves out are judged by npm's own rules. Lifecycle scripts are not run.
const node_child_process_1 = require("node:child_process");
const problem_js_1 = require("../core/problem.js");
const problems_js_1 = require("./problems.js");
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The files npm would pack from the package at `dir`, relative to it, or why npm could not say. */
function packedFiles(dir, timeoutMs) {
    const npm = (0, node_child_process_1.spawnSync)(NPM, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: timeoutMs,
        shell: process.platform === 'win32',
        env: { ...process.env, npm_config_loglevel: 'error', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });
    const cannot = (why) => (0, problem_js_1.fail)(problems_js_1.CheckCode.NpmPack, `could not ask npm which files it would publish: ${why}`);
    if (npm.error !== undefined)
        return cannot(npm.error.message);
    if (npm.status !== 0) {
        const reason = (npm.stderr ?? '').split('\n').find((line) => line.startsWith('npm error') && !line.includes('A complete log'));
        return cannot(reason?.replace(/^npm error\s*/, '') || `npm pack exited with code ${npm.status}`);
    }
    try {
        const [packed] = JSON.parse(npm.stdout);
        return (0, problem_js_1.ok)(new Set(packed.files.map((f) => f.path)));
    }
    catch {
        return cannot('npm pack --json printed no result');
    }
}
