import type * as Lexer from 'es-module-lexer';
export declare function parse(source: string, name?: string): ReturnType<typeof Lexer.parse>;
