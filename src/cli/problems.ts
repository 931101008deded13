// Problems as the CLI reports them: the runtime's Problem (code, message, JSON
// path), with a few codes of its own for what only `autowrapt check` looks at
// (publishing), which the runtime never warns about.
import type { Problem } from '../core/problem.js'
import { WarningCode } from '../report/log.js'

export const CheckCode = {
  PackageName: 'AUTOWRAPT_CHECK_PACKAGE_NAME',
  FilesField: 'AUTOWRAPT_CHECK_FILES_FIELD',
  NotPublished: 'AUTOWRAPT_CHECK_NOT_PUBLISHED',
  /** npm could not list the files it would publish; reported as a note, since the package may be fine. */
  NpmPack: 'AUTOWRAPT_CHECK_NPM_PACK',
  /** A tracing entry's file is missing from the installed version of the package it names. */
  TracedFile: 'AUTOWRAPT_CHECK_TRACED_FILE',
  /** A hook target that is not installed, next to a close name that is (a likely typo). */
  TargetTypo: 'AUTOWRAPT_CHECK_TARGET_TYPO',
} as const
export type CheckCode = (typeof CheckCode)[keyof typeof CheckCode]

export type CliProblem = Problem<WarningCode | CheckCode>

/** The CLI's wording for a hook-file problem: it checks files it will not load. */
export function wouldRefuse(problem: Problem): string {
  return problem.code === WarningCode.UnsafeHookPath ? `${problem.message}; it would be refused` : problem.message
}

/** A problem in the CLI's JSON: the same three keys, in the same order, from every command. */
export function problemJson(problem: CliProblem): CliProblem {
  return { code: problem.code, message: problem.message, jsonPath: problem.jsonPath }
}
