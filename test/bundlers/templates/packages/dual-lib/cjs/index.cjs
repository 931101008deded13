'use strict'
exports.dualName = () => 'dual-cjs'
