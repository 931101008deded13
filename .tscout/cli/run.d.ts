import { type Command } from './args.js';
export declare const runCommand: Command;
