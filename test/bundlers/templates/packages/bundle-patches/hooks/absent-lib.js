'use strict'
module.exports = () => {}
