"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withJsonAttribute = withJsonAttribute;
function withJsonAttribute(nextLoad) {
    return (url, context) => {
        if (context?.format !== 'json' || context.importAttributes?.type === 'json')
            return nextLoad(url, context);
        return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
    };
}
