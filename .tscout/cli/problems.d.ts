import type { Problem } from '../core/problem.js';
import { WarningCode } from '../report/log.js';
export declare const CheckCode: {
    readonly PackageName: "AUTOWRAPT_CHECK_PACKAGE_NAME";
    readonly FilesField: "AUTOWRAPT_CHECK_FILES_FIELD";
    readonly NotPublished: "AUTOWRAPT_CHECK_NOT_PUBLISHED";
    /** npm could not list the files it would publish; reported as a note, since the package may be fine. */
    readonly NpmPack: "AUTOWRAPT_CHECK_NPM_PACK";
    /** A tracing entry's file is missing from the installed version of the package it names. */
    readonly TracedFile: "AUTOWRAPT_CHECK_TRACED_FILE";
};
export type CheckCode = (typeof CheckCode)[keyof typeof CheckCode];
export type CliProblem = Problem<WarningCode | CheckCode>;
/** The CLI's wording for a hook-file problem: it checks files it will not load. */
export declare function wouldRefuse(problem: Problem): string;
/** A problem in the CLI's JSON: the same three keys, in the same order, from every command. */
export declare function problemJson(problem: CliProblem): CliProblem;
