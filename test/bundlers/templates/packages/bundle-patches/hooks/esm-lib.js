'use strict'
module.exports = (ns, info) => {
  const shout = ns.shout
  ns.shout = (text) => `${shout(text)}!! (${info.format} ${info.version})`
}
