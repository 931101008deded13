/**
 * Every name AUTOWRAPT_BOOTSTRAP could use here: patch packages, `package:group`,
 * and bare group names of the application's dependencies (`dependencies`: only
 * those are searched for a bare group name).
 */
export declare function bootstrapCandidates(bases: readonly string[], dependencies: readonly string[]): string[];
/** `; did you mean "x"?` for an unknown name, or ''. */
export declare function didYouMean(name: string, bases: readonly string[], dependencies: readonly string[]): string;
