"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.commandHelp = commandHelp;
exports.mainHelp = mainHelp;
const output_js_1 = require("./output.js");
function optionRows(options) {
    return options.map((o) => [`${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`, o.description]);
}
function commandHelp(command) {
    return [
        `Usage: ${command.usage}`,
        '',
        `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
        '',
        'Options:',
        ...(0, output_js_1.columns)(optionRows(command.options), '  '),
        '',
        command.details,
    ].join('\n');
}
function mainHelp(commands) {
    return [
        'Usage: autowrapt <command> [options]',
        '',
        'Post-import hooks for Node.js, switched on by AUTOWRAPT_BOOTSTRAP.',
        '',
        'Commands:',
        ...(0, output_js_1.columns)([...commands.map((c) => [c.name, c.summary]), ['help [command]', 'show help for a command']], '  '),
        '',
        'Options:',
        ...(0, output_js_1.columns)([
            ['-h, --help', 'show this help'],
            ['-v, --version', 'print the version of autowrapt'],
        ], '  '),
        '',
        'Run "autowrapt <command> --help" for the options of a command.',
        'The field schema for editors: autowrapt/schema.json (schema/autowrapt.schema.json).',
    ].join('\n');
}
