"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.preloadsRegister = preloadsRegister;
exports.extendNodeOptions = extendNodeOptions;
exports.runEnvironment = runEnvironment;
// The environment `autowrapt run` gives its command: NODE_OPTIONS with our
// register entry preloaded, and the AUTOWRAPT_* switches. Pure, for testing.
const node_url_1 = require("node:url");
const config_js_1 = require("../core/config.js");
/**
 * Whether NODE_OPTIONS already preloads autowrapt's register entry, by package
 * specifier, path or URL, with --import or --require. A second preload would be
 * harmless (bootstrap is idempotent) but noisy in `ps` and in debugging.
 */
function preloadsRegister(nodeOptions, registerPath) {
    const known = new Set(['autowrapt/register', registerPath, (0, node_url_1.pathToFileURL)(registerPath).href]);
    return nodeOptions
        .split(/\s+/)
        .map((token) => token.replace(/^--(?:import|require)=/, '').replace(/^["']|["']$/g, ''))
        .some((token) => known.has(token));
}
/** NODE_OPTIONS plus `--import <file URL of register.cjs>`; a URL needs no quoting, even with spaces in the path. */
function extendNodeOptions(nodeOptions, registerPath) {
    const existing = (nodeOptions ?? '').trim();
    if (preloadsRegister(existing, registerPath))
        return existing;
    const preload = `--import ${(0, node_url_1.pathToFileURL)(registerPath).href}`;
    return existing === '' ? preload : `${existing} ${preload}`;
}
/** The child's environment, or a string saying what is missing. */
function runEnvironment(env, settings, registerPath) {
    const bootstrap = settings.bootstrap ?? env.AUTOWRAPT_BOOTSTRAP;
    if ((0, config_js_1.parseNameList)(bootstrap).length === 0) {
        return settings.bootstrap === undefined
            ? 'no patch packages to apply: AUTOWRAPT_BOOTSTRAP is not set'
            : '--bootstrap names no patch package';
    }
    const child = {
        ...env,
        AUTOWRAPT_BOOTSTRAP: bootstrap,
        NODE_OPTIONS: extendNodeOptions(env.NODE_OPTIONS, registerPath),
    };
    if (settings.report)
        child.AUTOWRAPT_REPORT = '1';
    return child;
}
