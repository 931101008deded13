"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CheckCode = void 0;
exports.wouldRefuse = wouldRefuse;
exports.problemJson = problemJson;
const log_js_1 = require("../report/log.js");
exports.CheckCode = {
    PackageName: 'AUTOWRAPT_CHECK_PACKAGE_NAME',
    FilesField: 'AUTOWRAPT_CHECK_FILES_FIELD',
    NotPublished: 'AUTOWRAPT_CHECK_NOT_PUBLISHED',
    /** npm could not list the files it would publish; reported as a note, since the package may be fine. */
    NpmPack: 'AUTOWRAPT_CHECK_NPM_PACK',
    /** A tracing entry's file is missing from the installed version of the package it names. */
    TracedFile: 'AUTOWRAPT_CHECK_TRACED_FILE',
};
/** The CLI's wording for a hook-file problem: it checks files it will not load. */
function wouldRefuse(problem) {
    return problem.code === log_js_1.WarningCode.UnsafeHookPath ? `${problem.message}; it would be refused` : problem.message;
}
/** A problem in the CLI's JSON: the same three keys, in the same order, from every command. */
function problemJson(problem) {
    return { code: problem.code, message: problem.message, jsonPath: problem.jsonPath };
}
