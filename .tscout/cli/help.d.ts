import type { Command } from './args.js';
export declare function commandHelp(command: Command): string;
export declare function mainHelp(commands: readonly Command[]): string;
