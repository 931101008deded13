import { type Version } from './semver-version.js';
type Operator = '<' | '<=' | '>' | '>=' | '=';
type Comparator = {
    op: Operator;
    version: Version;
};
/** `||` alternatives, each a list of comparators that must all hold. */
type Alternatives = Comparator[][];
/**
 * The alternatives of `range`, or undefined when it is not in the syntax
 * handled here (semver then decides, including whether it is valid).
 */
export declare function parseRange(range: string): Alternatives | undefined;
/** Whether `version` is in one of the alternatives; false for a string semver reads as no version. */
export declare function testRange(alternatives: Alternatives, version: string): boolean;
export {};
