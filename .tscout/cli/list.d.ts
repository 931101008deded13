import { type Command } from './args.js';
export declare const listCommand: Command;
