"use strict";
// Recognising a wrapper module built by another copy of import-in-the-middle.
// Every copy marks the URLs it wraps with the same `?iitm=true`. When two copies
// are chained, the outer one finds the URL already marked and leaves it to the
// inner one (3.x), or builds its own wrapper and bypasses the inner one (1.x,
// 2.x); either way one copy's wrapper is loaded and only that copy's hooks are
// told. Each wrapper, in every major (1.x to 3.x), starts by importing
// `register` from its own copy's lib/register.js: that import names the copy.
Object.defineProperty(exports, "__esModule", { value: true });
exports.foreignRegisterUrl = foreignRegisterUrl;
exports.registerUrlOf = registerUrlOf;
const REGISTER_IMPORT = /^import \{[^}]*\bregister\b[^}]*\} from (['"])(file:[^'"\n]+\/lib\/register\.js)\1/m;
/** The URL of the lib/register.js a wrapper's source imports, if it is another copy's. */
function foreignRegisterUrl(source, ownRegisterUrl) {
    const text = typeof source === 'string' ? source : source instanceof Uint8Array ? new TextDecoder().decode(source) : undefined;
    if (text === undefined)
        return undefined;
    const url = REGISTER_IMPORT.exec(text)?.[2];
    return url === undefined || url === ownRegisterUrl ? undefined : url;
}
/** The URL of a copy's lib/register.js, from the URL of its hook.mjs. */
function registerUrlOf(hookUrl) {
    return new URL('lib/register.js', hookUrl).href;
}
