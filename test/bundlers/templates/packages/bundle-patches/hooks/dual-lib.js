'use strict'
module.exports = (ns, info) => {
  const dualName = ns.dualName
  ns.dualName = () => `${dualName()}+hooked-${info.format}`
}
