// The same hook as agents-patch's, for the control runs.
module.exports = require('agents-patch/hooks/http.cjs')
