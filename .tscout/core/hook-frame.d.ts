/** `file:line:column` of the first frame of `error` inside `packageDir`, or undefined. */
export declare function frameInPackage(error: unknown, packageDir: string): string | undefined;
/** Runs hook code (loading a hook file, calling a hook) with stacks deep enough to reach the hook's frame. */
export declare function withHookStacks<T>(run: () => T): T;
/** ` at hooks/pg.js:12:5` when the error came from inside the package, else ''. */
export declare function atFrame(error: unknown, packageDir: string | undefined): string;
