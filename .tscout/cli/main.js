#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Entry of the `autowrapt` command: runs the CLI and nothing else (see cli.ts).
const cli_js_1 = require("./cli.js");
void (0, cli_js_1.cli)(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});
