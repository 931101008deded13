import { type Command } from './args.js';
/** NODE_OPTIONS without preloads of autowrapt by bare specifier, then with this register.cjs by absolute URL. */
export declare function safeNodeOptions(nodeOptions: string | undefined, registerPath: string): string;
/** POSIX shell single quotes: safe for `eval "$(autowrapt env)"`. */
export declare function shellQuote(value: string): string;
export declare const envCommand: Command;
