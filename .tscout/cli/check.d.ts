import { type Command } from './args.js';
export declare const checkCommand: Command;
