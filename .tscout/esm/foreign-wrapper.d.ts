/** The URL of the lib/register.js a wrapper's source imports, if it is another copy's. */
export declare function foreignRegisterUrl(source: unknown, ownRegisterUrl: string): string | undefined;
/** The URL of a copy's lib/register.js, from the URL of its hook.mjs. */
export declare function registerUrlOf(hookUrl: string): string;
