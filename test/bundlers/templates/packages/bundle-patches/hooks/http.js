'use strict'
module.exports = (http) => {
  http.autowraptSawHttp = true
}
