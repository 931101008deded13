'use strict'
module.exports = (lib) => {
  const greet = lib.greet
  lib.greet = (name) => `HOOKED ${greet(name)}`
}
