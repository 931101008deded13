import { type Result } from './problem.js';
export type Target = {
    kind: 'builtin';
    name: string;
}
/** A package: fires for the module that `import 'pkg'` / `require('pkg')` resolves to. */
 | {
    kind: 'package';
    name: string;
    packageName: string;
}
/** A file inside a package, relative to the package root: `pkg/lib/x.js`. */
 | {
    kind: 'file';
    name: string;
    packageName: string;
    subpath: string;
};
export declare function isPackageName(name: string): boolean;
/**
 * Splits `pkg:rest` or `@scope/pkg:rest` at the first colon after the scope
 * (AUTOWRAPT_BOOTSTRAP's `<package>:<group>`, AUTOWRAPT_DISABLE's
 * `<package>:<target>`); undefined when there is no colon.
 */
export declare function splitAtPackageColon(entry: string): {
    packageName: string;
    rest: string;
} | undefined;
/**
 * Normalises a target key, or says (AUTOWRAPT_INVALID_CONFIG) why the key is
 * not a builtin, a package name or a file inside a package.
 */
export declare function parseTarget(key: string): Result<Target>;
/** The target for a key, or throws a TypeError (for the public API: developer misuse). */
export declare function toTarget(key: string): Target;
