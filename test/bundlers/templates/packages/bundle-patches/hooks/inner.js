'use strict'
module.exports = (inner) => {
  const double = inner.double
  inner.double = (x) => double(x) + 1000
}
