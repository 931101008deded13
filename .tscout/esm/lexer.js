"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parse = parse;
const own_modules_js_1 = require("../core/own-modules.js");
let lexer;
function parse(source, name) {
    lexer ??= (0, own_modules_js_1.requireOwn)('es-module-lexer');
    return lexer.parse(source, name);
}
