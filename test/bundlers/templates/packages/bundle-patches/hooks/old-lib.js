'use strict'
module.exports = (lib) => {
  lib.age = () => 'HOOKED old'
}
