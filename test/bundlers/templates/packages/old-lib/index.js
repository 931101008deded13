'use strict'
exports.age = () => 'old'
