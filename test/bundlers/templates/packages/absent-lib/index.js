'use strict'
exports.never = () => 'never bundled'
