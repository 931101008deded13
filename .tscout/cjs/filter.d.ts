import { Module } from 'node:module';
type RequireFn = (this: Module, id: string) => unknown;
/** The package a resolved file belongs to, by its last node_modules segment. */
export declare function packageNameOf(filename: string): string | undefined;
/** `@scope/pkg` of `@scope/pkg/sub`, `pkg` of `pkg/sub`. */
export declare function packageNameOfRequest(id: string): string;
/**
 * Whether `require(id)` from `parent` may load a module of a target package.
 * Errs on the side of yes: a yes costs one RITM pass, a wrong no loses a hook.
 * Builtins are no (a builtin is never a package target; builtins are patched
 * in place, never through RITM), and so are files outside node_modules (RITM
 * cannot name them).
 */
export declare function mayReachTarget(id: string, parent: string | undefined, isTargetPackage: (name: string) => boolean): boolean;
/**
 * Installs the filter over the current Module.prototype.require (`bypass`).
 * A require() that may reach a target goes to `hooked()` (require-in-the-middle's
 * require, made on that first call: adapter.ts); every other goes to `bypass`.
 */
export declare function installRequireFilter(bypass: RequireFn, hooked: () => RequireFn, isTargetPackage: (name: string) => boolean): void;
/**
 * Runs `make` (a require-in-the-middle Hook construction) as if `below` were
 * Module.prototype.require, and returns the require it installed. The
 * functions it replaces are put back at once: Module.prototype.require, so that
 * whatever was installed since (the filter, another agent's wrapper) stays in
 * place, and process.getBuiltinModule, since autowrapt never asks
 * require-in-the-middle for builtins (builtins/adapter.ts patches them in place).
 */
export declare function makeBelow(below: RequireFn, make: () => void): RequireFn;
export {};
